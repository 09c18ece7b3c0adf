/**
 * The ceiling of the GraphQL stack alone: Apollo Server 5's standalone server (Node's http, no
 * Express, no Nest) answering `{ hello }`. Run in its own process by the harness:
 * `node -r ts-node/register/transpile-only bench/harness/bare-apollo.ts <port>`.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'world' } },
  });
  const port = Number(process.argv[2] ?? 4000);
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
