import { AppConfig } from '@quorum/core';
import { bearer, newAccount, newAgent, TestAccount } from '../support/factories';
import { newCouncilWithMembers, sql } from '../support/meeting-fixtures';
import { liveClient } from '../support/notification-fixtures';
import {
  codeOf,
  createTestDatabase,
  fieldsOf,
  graphql,
  GraphQLResponse,
  reasonOf,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from '../support/test-env';
import { TouchProbeModule, TouchProbeResolver } from './support/touch-probe.module';

const MB = 1024 * 1024;
const FOLLOW = `followCouncil(councilId: $id) { following }`;

/** `n` aliases of one selection. */
const aliased = (n: number, selection: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ');

/**
 * Issue 18, attack 2: requests too big for the server (aliases, batches, depth, cost, pages out of
 * range, a 1 MB query, a 1 MB variable, a 10,000-item list) are refused with a stable code BEFORE
 * anything runs: each is tried on a mutation that would change state (a follow, the probe's
 * counter), and the state is the same after.
 */
describe('Limits: refused before execution, with a stable code', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let resident: TestAccount;
  let councilId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config, [TouchProbeModule]);
    const agent = await newAgent(config, db.url);
    councilId = (await newCouncilWithMembers(api.url, config, db.url, agent)).id;
    resident = await newAccount(config, db.url);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const follows = async () =>
    (
      await sql<{ n: number }>(
        db.url,
        `SELECT count(*)::int AS n FROM council_follower WHERE account_id = $1`,
        [resident.id],
      )
    )[0].n;
  const asResident = (query: string, variables: Record<string, unknown> = {}) =>
    graphql(api.url, query, variables, bearer(resident));
  /** Sends it, expects a refusal of that reason with nothing run, and returns the answer. */
  async function refusedBeforeRunning(
    send: () => Promise<GraphQLResponse>,
    reason: string,
  ): Promise<GraphQLResponse> {
    const runs = TouchProbeResolver.runs;
    const followed = await follows();
    const r = await send();
    expect({ code: codeOf(r), reason: reasonOf(r) }).toEqual({ code: 'BAD_USER_INPUT', reason });
    expect(r.data ?? null).toBeNull();
    expect(TouchProbeResolver.runs).toBe(runs);
    expect(await follows()).toBe(followed);
    return r;
  }

  it('runs the probe and the follow when within the limits (the baseline of the tests below)', async () => {
    const before = TouchProbeResolver.runs;
    const r = await asResident(`mutation($id: ID!) { ${FOLLOW} touchProbe(note: "ok") { name } }`, {
      id: councilId,
    });
    expect(r.errors).toBeUndefined();
    expect(TouchProbeResolver.runs).toBe(before + 1);
    expect(await follows()).toBe(1);
    await asResident(`mutation($id: ID!) { unfollowCouncil(councilId: $id) { following } }`, {
      id: councilId,
    });
    expect(await follows()).toBe(0);
  });

  it('aliases: sixteen follows in one mutation', async () => {
    await refusedBeforeRunning(
      () => asResident(`mutation($id: ID!) { ${aliased(16, FOLLOW)} }`, { id: councilId }),
      'TOO_MANY_ALIASES',
    );
  });

  it('batching: two mutations in one HTTP request', async () => {
    const runs = TouchProbeResolver.runs;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(resident) },
      body: JSON.stringify([
        { query: `mutation($id: ID!) { ${FOLLOW} }`, variables: { id: councilId } },
        { query: `mutation { touchProbe { name } }` },
      ]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(TouchProbeResolver.runs).toBe(runs);
    expect(await follows()).toBe(0);
  });

  it('depth: a mutation selecting thirteen levels down', async () => {
    await refusedBeforeRunning(
      () => asResident(`mutation { touchProbe { ${'next { '.repeat(13)}name${' }'.repeat(13)} } }`),
      'QUERY_TOO_DEEP',
    );
  });

  it('cost: a follow whose selection fans out through fragments to a million fields', async () => {
    const spread = (name: string) => Array(100).fill(`...${name}`).join(' ');
    const query = `mutation($id: ID!) { followCouncil(councilId: $id) { ...F1 } }
      fragment F1 on FollowPayload { ${spread('F2')} }
      fragment F2 on FollowPayload { ${spread('F3')} }
      fragment F3 on FollowPayload { ${spread('F4')} }
      fragment F4 on FollowPayload { following }`;
    await refusedBeforeRunning(() => asResident(query, { id: councilId }), 'QUERY_TOO_COSTLY');
  });

  it('pages: `first` out of range is refused with a stable code', async () => {
    for (const first of [0, -1, 101, 2 ** 31 - 1]) {
      const r = await graphql(
        api.url,
        `
          query ($n: Int) {
            proposals(first: $n) {
              totalCount
            }
          }
        `,
        {
          n: first,
        },
      );
      expect({ first, code: codeOf(r), data: r.data ?? null }).toEqual({
        first,
        code: 'BAD_USER_INPUT',
        data: null,
      });
    }
    // Beyond a 32-bit integer: priced as a page of that size first (the cost guard runs before
    // graphql-js coerces the variable), refused all the same.
    const huge = await graphql(
      api.url,
      `
        query ($n: Int) {
          proposals(first: $n) {
            totalCount
          }
        }
      `,
      {
        n: 2 ** 40,
      },
    );
    expect([codeOf(huge), reasonOf(huge)]).toEqual(['BAD_USER_INPUT', 'QUERY_TOO_COSTLY']);
  });

  it('a 1 MB query: a follow padded with a comment, or with a long literal', async () => {
    const padded = `# ${'x'.repeat(MB)}\nmutation($id: ID!) { ${FOLLOW} }`;
    await refusedBeforeRunning(() => asResident(padded, { id: councilId }), 'QUERY_TOO_LARGE');
    const literal = `mutation($id: ID!) { ${FOLLOW} touchProbe(note: "${'x'.repeat(MB)}") { name } }`;
    await refusedBeforeRunning(() => asResident(literal, { id: councilId }), 'QUERY_TOO_LARGE');
  });

  it('a 1 MB variable: in the probe, and as a password to hash', async () => {
    await refusedBeforeRunning(
      () =>
        asResident(
          `mutation($id: ID!, $note: String) { ${FOLLOW} touchProbe(note: $note) { name } }`,
          {
            id: councilId,
            note: 'x'.repeat(MB),
          },
        ),
      'TEXT_TOO_LONG',
    );
    const r = await refusedBeforeRunning(
      () =>
        graphql(
          api.url,
          `
            mutation ($input: LoginInput!) {
              login(input: $input) {
                accessToken
              }
            }
          `,
          {
            input: { email: resident.email, password: 'x'.repeat(MB) },
          },
        ),
      'TEXT_TOO_LONG',
    );
    expect(fieldsOf(r)).toEqual(['input.password']);
  });

  it('a 10,000-item list variable', async () => {
    const ids = Array.from({ length: 10_000 }, () => '00000000-0000-4000-8000-000000000000');
    await refusedBeforeRunning(
      () =>
        asResident(`mutation($id: ID!, $ids: [ID!]) { ${FOLLOW} touchProbe(ids: $ids) { name } }`, {
          id: councilId,
          ids,
        }),
      'LIST_TOO_LONG',
    );
    const read = await graphql(
      api.url,
      `
        mutation ($ids: [ID!]) {
          markNotificationsRead(input: { ids: $ids })
        }
      `,
      { ids },
      bearer(resident),
    );
    expect([codeOf(read), reasonOf(read)]).toEqual(['BAD_USER_INPUT', 'LIST_TOO_LONG']);
  });

  it('lets a census list of several megabytes through importCensus, the one large text', async () => {
    const agent = await newAgent(config, db.url);
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `Nom${i};Prénom Deuxième${i};1980-01-01;Centre-Ville`,
    );
    const csv = ['nom;prenoms;date_naissance;quartier', ...rows].join('\n');
    expect(csv.length).toBeGreaterThan(MB);
    const r = await graphql<{ importCensus: { accepted: number } }>(
      api.url,
      `
        mutation ($csv: String!) {
          importCensus(input: { csv: $csv }) {
            accepted
          }
        }
      `,
      { csv },
      bearer(agent),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.importCensus.accepted).toBe(40_000);
  });
});

/**
 * Issue 18, attack 3: in production nothing tells a caller the schema's names: no introspection,
 * no "Did you mean" of any kind (field, argument, type, input field, enum value), over HTTP and
 * over the WebSocket, where the same limits hold.
 */
describe('Production discovery: introspection and suggestions off', () => {
  let db: TestDatabase;
  let api: RunningApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(
      testConfig({
        DATABASE_URL: db.url,
        NODE_ENV: 'production',
        PUBLIC_URL: 'http://quorum.test',
      }),
    );
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const INTROSPECTION = [
    '{ __schema { types { name } } }',
    '{ __type(name: "Proposal") { fields { name } } }',
    '{ a: __schema { queryType { name } } }',
    'query { ...F } fragment F on Query { __schema { mutationType { name } } }',
  ];
  const SUGGESTIONS = [
    // A field, an argument, a type, a variable's type, an input field (literal and variable).
    '{ serverInf { townName } }',
    '{ proposals(frist: 1) { totalCount } }',
    '{ ...F } fragment F on Quer { serverInfo { townName } }',
    'query($s: ProposalStatu) { proposals(status: $s) { totalCount } }',
    'mutation { submitProposal(input: { titl: "x", councilId: "1", body: "b", category: PUBLIC_SPACE }) { id } }',
    '{ proposals(status: DRAF) { totalCount } }',
  ];
  const leaksNames = (r: unknown) =>
    /Did you mean|__schema|__type|Proposal\b|ProposalStatus|townName|"title"|first/.test(
      JSON.stringify(r),
    );

  it('over HTTP', async () => {
    for (const query of [...INTROSPECTION, ...SUGGESTIONS]) {
      const r = await graphql(api.url, query);
      expect({ query, code: codeOf(r), data: r.data ?? null, leaks: leaksNames(r) }).toEqual({
        query,
        code: 'BAD_USER_INPUT',
        data: null,
        leaks: false,
      });
    }
    const variable = await graphql(
      api.url,
      'mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }',
      { input: { titl: 'x', councilId: '1', body: 'b', category: 'PUBLIC_SPACE' } },
    );
    expect(codeOf(variable)).toBe('BAD_USER_INPUT');
    expect(leaksNames(variable)).toBe(false);
  });

  it('over the WebSocket, where the HTTP limits hold too', async () => {
    const client = liveClient(api.url);
    const ask = (query: string, variables: Record<string, unknown> = {}) =>
      new Promise<unknown>((resolve) => {
        const results: unknown[] = [];
        client.subscribe(
          { query, variables },
          {
            next: (value) => void results.push(value),
            error: (error) => resolve({ error: Array.isArray(error) ? error : String(error) }),
            complete: () => resolve({ results }),
          },
        );
      });
    try {
      for (const query of [...INTROSPECTION, ...SUGGESTIONS]) {
        const answer = await ask(query);
        expect({ query, answer: JSON.stringify(answer), leaks: leaksNames(answer) }).toMatchObject({
          query,
          leaks: false,
        });
        expect(JSON.stringify(answer)).toContain('BAD_USER_INPUT');
      }
      // What a client may ask is still answered; what HTTP refuses is refused here too.
      const fine = await ask('{ serverInfo { townName } }');
      expect(fine).toEqual({ results: [{ data: { serverInfo: { townName: 'Testville' } } }] });
      const aliases = await ask(`{ ${aliased(16, 'serverInfo { townName }')} }`);
      expect(JSON.stringify(aliases)).toContain('TOO_MANY_ALIASES');
      const huge = await ask(`# ${'x'.repeat(MB)}\n{ serverInfo { townName } }`);
      expect(JSON.stringify(huge)).toContain('QUERY_TOO_LARGE');
      const spread = (name: string) => Array(100).fill(`...${name}`).join(' ');
      const costly = await ask(`{ serverInfo { ...F1 } }
        fragment F1 on ServerInfo { ${spread('F2')} }
        fragment F2 on ServerInfo { ${spread('F3')} }
        fragment F3 on ServerInfo { ${spread('F4')} }
        fragment F4 on ServerInfo { townName }`);
      expect(JSON.stringify(costly)).toContain('QUERY_TOO_COSTLY');
    } finally {
      await client.dispose();
    }
  });
});
