import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  useApi,
  TestDatabase,
} from './support/test-env';
import { ProbeModule } from './support/probe.module';

const codes = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (r.errors ?? []).map((e) => e.extensions?.code);
const reasons = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (r.errors ?? []).map((e) => e.extensions?.reason);

describe('GraphQL: one error path and baseline hardening', () => {
  let db: TestDatabase;
  let api: RunningApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testConfig({ DATABASE_URL: db.url }), [ProbeModule]);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('answers a public query', async () => {
    const r = await graphql(api.url, '{ serverInfo { townName locale } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ serverInfo: { townName: 'Testville', locale: 'fr' } });
  });

  it('rejects a malformed query with BAD_USER_INPUT / SYNTAX_ERROR', async () => {
    const r = await graphql(api.url, '{ serverInfo { townName ');
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(reasons(r)).toEqual(['SYNTAX_ERROR']);
    expect(r.errors![0].message).toMatch(/mal formée/);
    expect(r.errors![0].extensions!.detail).toMatch(/Syntax Error/);
  });

  it('rejects a depth-20 query with QUERY_TOO_DEEP', async () => {
    const query = `{ probeNode { ${'child { '.repeat(19)}name${' }'.repeat(19)} } }`;
    const r = await graphql(api.url, query);
    expect(r.data ?? null).toBeNull();
    expect(codes(r)).toContain('BAD_USER_INPUT');
    expect(reasons(r)).toContain('QUERY_TOO_DEEP');
  });

  it('accepts a query within the depth limit', async () => {
    const r = await graphql(
      api.url,
      `{ probeNode { ${'child { '.repeat(5)}name${' }'.repeat(5)} } }`,
    );
    expect(r.errors).toBeUndefined();
  });

  it('rejects a 100-alias query with TOO_MANY_ALIASES', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `a${i}: serverInfo { townName }`).join(
      ' ',
    );
    const r = await graphql(api.url, `{ ${fields} }`);
    expect(r.data ?? null).toBeNull();
    expect(codes(r)).toContain('BAD_USER_INPUT');
    expect(reasons(r)).toContain('TOO_MANY_ALIASES');
  });

  it('rejects a query of more tokens than allowed', async () => {
    const r = await graphql(api.url, `{ serverInfo { ${'townName '.repeat(3000)} } }`);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a text/plain POST (CSRF prevention) with a stable code', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ serverInfo { townName } }' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BAD_REQUEST',
    });
  });

  it('refuses a simple GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('{ serverInfo { townName } }')}`,
    );
    expect(response.status).toBe(400);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: '{ serverInfo { townName } }' },
        { query: '{ serverInfo { locale } }' },
      ]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('masks an internal error: no SQL, no stack, a request id to quote', async () => {
    const r = await graphql(
      api.url,
      '{ probeInternalError }',
      {},
      { 'x-request-id': 'req-test-0001' },
    );
    expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/SELECT|secret_table|password|stack|at /);
    expect(r.errors![0].extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'req-test-0001',
    });
    expect(r.errors![0].message).toContain('req-test-0001');
  });

  it("maps Nest's HTTP exceptions to their code with a generic sentence, never their text", async () => {
    const r = await graphql(api.url, '{ probeHttpException }');
    expect(r.errors![0]).toMatchObject({
      message: 'Cela entre en conflit avec l’état actuel.',
      extensions: { code: 'CONFLICT' },
    });
    expect(JSON.stringify(r)).not.toMatch(/secret_table|bob/);
  });

  it('masks a GraphQL error raised during execution, whatever code or reason it claims', async () => {
    const r = await graphql(api.url, '{ probeOddGraphQLError }');
    expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(r)).not.toMatch(/duplicate key|account_email_key/);
  });

  it('answers malformed JSON, an oversized body and an unknown route in the same error shape', async () => {
    const post = (body: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const malformed = await post('{"query": "{ serverInfo { townName } }"');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      errors: [{ message: "La requête n'est pas valide.", extensions: { code: 'BAD_USER_INPUT' } }],
    });
    const huge = await post(
      JSON.stringify({ query: '{ serverInfo { townName } }', pad: 'x'.repeat(11 * 1024 * 1024) }),
    );
    expect(huge.status).toBe(413);
    expect(
      ((await huge.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
    });
    const missing = await fetch(`${api.url}/nowhere`, { headers: { 'accept-language': 'en' } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('maps a domain error to its code, in French by default and English on request', async () => {
    const fr = await graphql(api.url, '{ probeNotFound }');
    expect(codes(fr)).toEqual(['NOT_FOUND']);
    expect(fr.errors![0].message).toBe('Conseil de quartier introuvable.');
    const en = await graphql(
      api.url,
      '{ probeNotFound }',
      {},
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(en.errors![0].message).toBe('Neighbourhood council not found.');
  });

  it('reports invalid input as BAD_USER_INPUT naming the field, in French', async () => {
    const r = await graphql(api.url, 'mutation($t: String!) { probeEcho(input: { title: $t }) }', {
      t: 'abc',
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toBe('Champ input.title : doit contenir au moins 5 caractères.');
    expect(r.errors![0].extensions!.fields).toEqual([
      { field: 'input.title', message: 'doit contenir au moins 5 caractères' },
    ]);
    const ok = await graphql(api.url, 'mutation { probeEcho(input: { title: "bonjour" }) }');
    expect(ok.data).toEqual({ probeEcho: 'bonjour' });
  });

  it('names the first invalid field in the message and counts the others, in either language', async () => {
    const register = `mutation($input: RegisterInput!) { register(input: $input) { ok } }`;
    const input = { email: 'pas-une-adresse', password: 'x', displayName: 'x', locale: 'de' };
    const fr = await graphql(api.url, register, { input });
    expect(codes(fr)).toEqual(['BAD_USER_INPUT']);
    expect(fr.errors![0].message).toBe(
      'Champ input.email : doit être une adresse e-mail valide ; 2 autres champs sont aussi à corriger.',
    );
    expect((fr.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'input.email',
      'input.displayName',
      'input.locale',
    ]);
    const en = await graphql(
      api.url,
      register,
      { input: { ...input, email: 'camille@example.fr', locale: 'fr' } },
      { 'accept-language': 'en' },
    );
    expect(en.errors![0].message).toBe(
      'Field input.displayName: must be between 2 and 50 characters long.',
    );
  });

  it('refuses an operation that declares no rule (default deny)', async () => {
    const r = await graphql(api.url, '{ probeUndeclared }');
    expect(r.data ?? null).toBeNull();
    expect(r.errors![0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
  });

  it('reports a wrongly typed variable as BAD_USER_INPUT', async () => {
    const r = await graphql(api.url, 'mutation($t: String!) { probeEcho(input: { title: $t }) }', {
      t: 42,
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('GraphQL: invalid code points in strings', () => {
  const running = useApi();

  const refused = (r: {
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }) => ({
    codes: codes(r),
    reasons: reasons(r),
    fields: r.errors?.[0]?.extensions?.fields,
  });

  it.each([
    [
      'proposals(search)',
      'query($v: String!) { proposals(search: $v) { totalCount } }',
      'v',
      '\u0000',
    ],
    [
      'similarProposals',
      'query($v: String!) { similarProposals(title: $v) { id } }',
      'v',
      'vé\u0000lo',
    ],
    ['council(slug)', 'query($v: String!) { council(slug: $v) { id } }', 'v', '\u0000'],
    [
      'requestPasswordReset',
      'mutation($v: String!) { requestPasswordReset(email: $v) { ok } }',
      'v',
      'a\u0000@b.fr',
    ],
    [
      'council(slug), a lone surrogate',
      'query($v: String!) { council(slug: $v) { id } }',
      'v',
      'x\ud800y',
    ],
  ])('refuses %s before any query, naming the variable', async (_name, query, variable, value) => {
    const r = await graphql(running.api.url, query, { [variable]: value });
    expect(refused(r)).toEqual({
      codes: ['BAD_USER_INPUT'],
      reasons: ['INVALID_CHARACTER'],
      fields: [{ field: variable, message: 'contient un caractère interdit' }],
    });
    expect(r.errors![0].message).toMatch(/caractère interdit/);
  });

  it('finds it deep in an input object, and in a literal of the query', async () => {
    const nested = await graphql(
      running.api.url,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: 'camille@example.fr', password: 'abc\u0000def' } },
    );
    expect(refused(nested).fields).toEqual([
      { field: 'input.password', message: 'contient un caractère interdit' },
    ]);
    const literal = await graphql(running.api.url, '{ council(slug: "a\\u0000b") { id } }');
    expect(refused(literal)).toEqual({
      codes: ['BAD_USER_INPUT'],
      reasons: ['INVALID_CHARACTER'],
      fields: [{ field: 'slug', message: 'contient un caractère interdit' }],
    });
  });

  it('lets characters outside the basic plane through (a pair is one character)', async () => {
    const r = await graphql(
      running.api.url,
      'query($v: String!) { proposals(search: $v) { totalCount } }',
      {
        v: 'vélo 🚲',
      },
    );
    expect(r.errors).toBeUndefined();
  });
});

describe('GraphQL in production', () => {
  const running = useApi({ NODE_ENV: 'production' });

  it('refuses introspection', async () => {
    const r = await graphql(running.api.url, '{ __schema { types { name } } }');
    expect(r.data ?? null).toBeNull();
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it('gives no field suggestions', async () => {
    const r = await graphql(running.api.url, '{ serverInf { townName } }');
    expect(codes(r)).toContain('BAD_USER_INPUT');
    expect(JSON.stringify(r)).not.toMatch(/Did you mean/);
  });

  it('suggests no enum value, in a literal or a variable, and keeps graphql-js wording out', async () => {
    const literal = await graphql(running.api.url, '{ proposals(status: DRAF) { totalCount } }');
    const variable = await graphql(
      running.api.url,
      'query($s: ProposalStatus) { proposals(status: $s) { totalCount } }',
      { s: 'DRAF' },
    );
    for (const r of [literal, variable]) {
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(r)).not.toMatch(/Did you mean|DRAFT|enum|Variable|Expected/);
      expect(r.errors![0].extensions).not.toHaveProperty('detail');
    }
    expect(variable.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'VARIABLE_TYPE',
      fields: [{ field: 's', message: "n'a pas le type attendu" }],
    });
  });
});
