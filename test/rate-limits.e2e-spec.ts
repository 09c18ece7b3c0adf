import { getDataSourceToken } from '@nestjs/typeorm';
import { RateLimiter, SlowedAttempt } from '@quorum/core';
import { DataSource } from 'typeorm';
import { newResident, TestAccount } from './support/factories';
import {
  codeOf,
  createTestDatabase,
  eventually,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REGISTER = `mutation($i: RegisterInput!) { register(input: $i) { ok message } }`;
const RESET = `mutation($e: String!) { requestPasswordReset(email: $e) { ok message } }`;

/** Small budgets, so each limit is reached in a few requests; the window never ends in a test. */
const BUDGETS = {
  'login:account-ip': 3,
  'login:ip': 8,
  'login:account': 4,
  'register:ip': 12,
  'register:email': 2,
  'password-reset:ip': 4,
};
/** More sign-ins than any sign-in budget here, or than the per-account limit of old (10). */
const MANY = 12;

let lastAddress = 0;
/** A client address of its own (TRUST_PROXY=1: the API believes one X-Forwarded-For hop). */
const newAddress = () => ({ 'x-forwarded-for': `198.51.100.${++lastAddress}` });

describe('Rate limits on sign-in, sign-up and password reset (Redis-backed)', () => {
  let db: TestDatabase;
  let api: RunningApi;
  let second: RunningApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig({
      DATABASE_URL: db.url,
      TRUST_PROXY: '1',
      RATE_LIMIT_BUDGETS: Object.entries(BUDGETS)
        .map(([bucket, budget]) => `${bucket}=${budget}`)
        .join(','),
    });
    // Two API instances sharing Redis: the limits hold across them.
    [api, second] = await Promise.all([startApi(config), startApi(config)]);
  });
  afterAll(async () => {
    await Promise.all([api.close(), second.close()]);
    await db.drop();
  });

  const resident = () => newResident(testConfig({ DATABASE_URL: db.url }), db.url);
  const login = (
    person: Pick<TestAccount, 'email'>,
    password: string,
    from: Record<string, string>,
    instance = api,
  ) => graphql(instance.url, LOGIN, { input: { email: person.email, password } }, from);
  const fail = (person: Pick<TestAccount, 'email'>, from: Record<string, string>, instance = api) =>
    login(person, 'wrong password here', from, instance);

  it('refuses brute force on one account from one address, across instances, saying when to retry', async () => {
    const person = await resident();
    const attacker = newAddress();
    for (let i = 0; i < BUDGETS['login:account-ip']; i++)
      expect(codeOf(await fail(person, attacker, i % 2 ? second : api))).toBe('UNAUTHENTICATED');
    const limited = await fail(person, attacker);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions!.retryAfter).toBeGreaterThanOrEqual(1);
    expect(limited.errors![0].message).toMatch(/Trop de tentatives/);
    // From that address even the right password waits: nothing tells the owner from the attacker.
    expect(codeOf(await login(person, person.password, attacker, second))).toBe('RATE_LIMITED');
    // The owner, elsewhere, is not concerned.
    expect((await login(person, person.password, newAddress())).errors).toBeUndefined();
  });

  it('lets the owner sign in from their address while others fail from many, only slowing the account', async () => {
    const person = await resident();
    const attackers = Array.from({ length: 4 }, newAddress);
    for (const attacker of attackers)
      for (let i = 0; i < BUDGETS['login:account-ip']; i++)
        expect(codeOf(await fail(person, attacker))).toBe('UNAUTHENTICATED');
    expect(attackers.length * BUDGETS['login:account-ip']).toBeGreaterThan(
      BUDGETS['login:account'],
    );
    const slowDown = jest.spyOn(api.app.get(RateLimiter), 'slowDown');
    const owner = await login(person, person.password, newAddress());
    expect(owner.errors).toBeUndefined();
    expect(owner.data).toEqual({ login: { accessToken: expect.any(String) } });
    // Past the account-wide budget the attempt waited (by the rule, not measured here).
    const waited = (await slowDown.mock.results[0].value) as SlowedAttempt;
    expect(waited.waitedMs).toBeGreaterThan(0);
    slowDown.mockRestore();
  });

  it('counts no successful sign-in, and a success clears its address’s failures', async () => {
    const person = await resident();
    const home = newAddress();
    for (let i = 0; i < MANY; i++)
      expect((await login(person, person.password, home)).errors).toBeUndefined();
    for (let i = 0; i < BUDGETS['login:account-ip'] - 1; i++)
      expect(codeOf(await fail(person, home))).toBe('UNAUTHENTICATED');
    expect((await login(person, person.password, home)).errors).toBeUndefined();
    for (let i = 0; i < BUDGETS['login:account-ip']; i++)
      expect(codeOf(await fail(person, home))).toBe('UNAUTHENTICATED');
    expect(codeOf(await fail(person, home))).toBe('RATE_LIMITED');
  });

  it('refuses one address trying many accounts', async () => {
    const sprayer = newAddress();
    for (let i = 0; i < BUDGETS['login:ip']; i++)
      expect(codeOf(await fail({ email: `target-${i}@example.fr` }, sprayer))).toBe(
        'UNAUTHENTICATED',
      );
    expect(codeOf(await fail({ email: 'one-more@example.fr' }, sprayer))).toBe('RATE_LIMITED');
  });

  const register = (email: string, from: Record<string, string>) =>
    graphql(
      api.url,
      REGISTER,
      { i: { email, password: 'une phrase de passe solide', displayName: 'Nouvelle' } },
      from,
    );

  it('lets a help desk sign many residents up from one address, and stops a flood', async () => {
    const desk = newAddress();
    const answers = await Promise.all(
      Array.from({ length: BUDGETS['register:ip'] }, (_, i) =>
        register(`desk-${i}@example.fr`, desk),
      ),
    );
    expect(answers.filter((r) => r.errors)).toEqual([]);
    expect(codeOf(await register('desk-flood@example.fr', desk))).toBe('RATE_LIMITED');
    expect((await register('elsewhere@example.fr', newAddress())).errors).toBeUndefined();
  });

  it('answers every sign-up of one address alike, but e-mails it only within its budget', async () => {
    const answers = [];
    for (let i = 0; i < BUDGETS['register:email'] + 2; i++)
      answers.push(await register('Repeated@Example.fr', newAddress()));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].errors).toBeUndefined();
    const [{ n }]: { n: number }[] = await api.app.get<DataSource>(getDataSourceToken()).query(
      `SELECT count(*)::int AS n FROM outbox_event e JOIN account a ON a.id = (e.payload->>'accountId')::uuid
        WHERE a.email = 'repeated@example.fr'`,
    );
    expect(n).toBe(BUDGETS['register:email']);
  });

  it('limits password-reset requests per caller address, answering the same for any account', async () => {
    const person = await resident();
    const caller = newAddress();
    const first = await graphql(api.url, RESET, { e: person.email }, caller);
    expect(first.errors).toBeUndefined();
    for (let i = 1; i < BUDGETS['password-reset:ip']; i++)
      expect(await graphql(api.url, RESET, { e: person.email }, caller)).toEqual(first);
    expect(codeOf(await graphql(api.url, RESET, { e: person.email }, caller))).toBe('RATE_LIMITED');
    // Others asking for the same account get the same answer as ever (see accounts.e2e-spec).
    expect(await graphql(api.url, RESET, { e: person.email }, newAddress())).toEqual(first);
  });
});

describe('Rate limit windows', () => {
  let db: TestDatabase;
  let api: RunningApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(
      testConfig({
        DATABASE_URL: db.url,
        // Long enough that two failed sign-ins fall in one window even on a loaded machine.
        RATE_LIMIT_WINDOW_S: '3',
        RATE_LIMIT_BUDGETS: 'login:account-ip=1',
      }),
    );
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('forget an address’s failures once RATE_LIMIT_WINDOW_S has passed', async () => {
    const person = await newResident(testConfig({ DATABASE_URL: db.url }), db.url);
    const attempt = (password: string) =>
      graphql(api.url, LOGIN, { input: { email: person.email, password } });
    // Failing until refused: the loop does not depend on how fast the requests go.
    await eventually(async () => codeOf(await attempt('wrong password here')) === 'RATE_LIMITED');
    await eventually(async () => (await attempt(person.password)).errors === undefined);
  });
});
