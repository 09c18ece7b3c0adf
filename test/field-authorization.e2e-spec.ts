import { AppConfig } from '@quorum/core';
import { bearer, newAccount, newAgent, TestAccount } from './support/factories';
import { ProbeModule } from './support/probe.module';
import {
  createTestDatabase,
  graphql,
  GraphQLResponse,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

type Node = {
  name: string;
  agentNote?: string | null;
  ownNote?: string | null;
  undeclaredNote?: string | null;
};
type Answer = GraphQLResponse<{ probeNode: Node & { siblings: Node[] } }>;

const refusals = (r: Answer) =>
  (r.errors ?? []).map((e) => ({ path: e.path, extensions: e.extensions }));

/**
 * Field resolvers are authorised by FieldAuthorization (the schema's wrapper), no longer by Nest's
 * field guards: a restricted field is refused to the wrong caller, on each object of a list too,
 * its parent still answered.
 */
describe('field resolvers: still authorised on the server (SPEC §1)', () => {
  let db: TestDatabase;
  let api: RunningApi;
  let config: AppConfig;
  let agent: TestAccount;
  let resident: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config, [ProbeModule]);
    agent = await newAgent(config, db.url);
    resident = await newAccount(config, db.url, { role: 'RESIDENT', emailVerified: true });
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const ask = (query: string, account?: TestAccount): Promise<Answer> =>
    graphql(api.url, query, {}, account ? bearer(account) : {});

  it('refuses a role-restricted field to an anonymous caller (sign in) and to a resident', async () => {
    const query = '{ probeNode { name agentNote siblings { name agentNote } } }';
    const anonymous = await ask(query);
    expect(anonymous.data!.probeNode).toEqual({
      name: 'root',
      agentNote: null,
      siblings: [
        { name: 'a', agentNote: null },
        { name: 'b', agentNote: null },
        { name: 'c', agentNote: null },
      ],
    });
    const signIn = { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' };
    expect(refusals(anonymous)).toEqual(
      expect.arrayContaining([
        { path: ['probeNode', 'agentNote'], extensions: signIn },
        { path: ['probeNode', 'siblings', 0, 'agentNote'], extensions: signIn },
        { path: ['probeNode', 'siblings', 2, 'agentNote'], extensions: signIn },
      ]),
    );
    expect(anonymous.errors).toHaveLength(4);

    const byResident = await ask(query, resident);
    expect(byResident.data!.probeNode.agentNote).toBeNull();
    expect(byResident.data!.probeNode.siblings.map((node) => node.agentNote)).toEqual([
      null,
      null,
      null,
    ]);
    expect(refusals(byResident)).toHaveLength(4);
    for (const refusal of refusals(byResident)) {
      expect(refusal.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
    }
  });

  it('answers the same field to the caller its rule allows', async () => {
    const r = await ask('{ probeNode { agentNote siblings { agentNote } } }', agent);
    expect(r.errors).toBeUndefined();
    expect(r.data!.probeNode).toEqual({
      agentNote: 'note on root',
      siblings: [
        { agentNote: 'note on a' },
        { agentNote: 'note on b' },
        { agentNote: 'note on c' },
      ],
    });
  });

  it("applies a rule on the field's own arguments (an asynchronous object rule)", async () => {
    const mine = await ask(`{ probeNode { ownNote(of: "${resident.id}") } }`, resident);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.probeNode.ownNote).toBe(`note of ${resident.id}`);

    const theirs = await ask(`{ probeNode { ownNote(of: "${agent.id}") } }`, resident);
    expect(theirs.data!.probeNode.ownNote).toBeNull();
    expect(refusals(theirs)).toEqual([
      {
        path: ['probeNode', 'ownNote'],
        extensions: { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' },
      },
    ]);
  });

  it('refuses a field that declares no rule to everyone, an agent included (default deny)', async () => {
    for (const account of [undefined, resident, agent]) {
      const r = await ask('{ probeNode { name undeclaredNote } }', account);
      expect(r.data!.probeNode).toEqual({ name: 'root', undeclaredNote: null });
      expect(refusals(r)).toEqual([
        {
          path: ['probeNode', 'undeclaredNote'],
          extensions: { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' },
        },
      ]);
    }
  });

  it('refuses a restricted field with a broken token, where an Anyone field still answers', async () => {
    const r = await graphql<{ probeNode: Node & { siblings: Node[] } }>(
      api.url,
      '{ probeNode { name siblings { name } agentNote } }',
      {},
      { authorization: 'Bearer not-a-token' },
    );
    expect(r.data!.probeNode).toEqual({
      name: 'root',
      siblings: [{ name: 'a' }, { name: 'b' }, { name: 'c' }],
      agentNote: null,
    });
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].path).toEqual(['probeNode', 'agentNote']);
    expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
