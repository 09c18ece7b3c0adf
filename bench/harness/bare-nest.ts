/**
 * The floor of Quorum's own stack: a Nest 11 application with `@nestjs/graphql`'s Apollo driver on
 * Express (what the design card prescribes), answering `{ hello }` and nothing else: no helmet, no
 * request log, no guard, no plugins, no database. What `{ __typename }` on Quorum costs above this
 * is Quorum's; what this costs above bare Apollo is the framework's. Run in its own process by the
 * harness: `node -r ts-node/register/transpile-only bench/harness/bare-nest.ts <port>`.
 */
import 'reflect-metadata';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';

@Resolver()
class HelloResolver {
  @Query(() => String)
  hello(): string {
    return 'world';
  }
}

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      playground: false,
    }),
  ],
  providers: [HelloResolver],
})
class BareModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(BareModule, { logger: false });
  const port = Number(process.argv[2] ?? 4000);
  await app.listen(port, '127.0.0.1');
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
