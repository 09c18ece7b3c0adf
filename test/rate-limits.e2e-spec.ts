import { RATE_LIMITS } from '@quorum/core';
import { newResident } from './support/factories';
import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
  codeOf,
} from './support/test-env';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

describe('Rate limits on sign-in, sign-up and password reset (Redis-backed)', () => {
  let db: TestDatabase;
  let api: RunningApi;
  let second: RunningApi;
  const window = 2;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig({ DATABASE_URL: db.url, RATE_LIMIT_WINDOW_S: String(window) });
    // Two API instances sharing Redis: the limit holds across them.
    [api, second] = await Promise.all([startApi(config), startApi(config)]);
  });
  afterAll(async () => {
    await Promise.all([api.close(), second.close()]);
    await db.drop();
  });

  it('limits sign-in attempts per account across instances, says when to retry, and forgets after the window', async () => {
    const person = await newResident(testConfig({ DATABASE_URL: db.url }), db.url);
    const attempt = (instance: RunningApi) =>
      graphql(instance.url, LOGIN, {
        input: { email: person.email, password: 'wrong password here' },
      });
    for (let i = 0; i < RATE_LIMITS['login:account']; i++) {
      expect(codeOf(await attempt(i % 2 ? second : api))).toBe('UNAUTHENTICATED');
    }
    const limited = await attempt(api);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions!.retryAfter).toBeGreaterThanOrEqual(1);
    expect(limited.errors![0].message).toMatch(/Trop de tentatives/);
    // Even the right password waits: the limit is on attempts, not on failures.
    const right = await graphql(api.url, LOGIN, {
      input: { email: person.email, password: person.password },
    });
    expect(codeOf(right)).toBe('RATE_LIMITED');

    await new Promise((r) => setTimeout(r, window * 1000 + 200));
    const later = await graphql(api.url, LOGIN, {
      input: { email: person.email, password: person.password },
    });
    expect(later.errors).toBeUndefined();
  });

  it('limits password reset requests per address', async () => {
    const ask = (email: string) =>
      graphql(
        api.url,
        `
          mutation ($e: String!) {
            requestPasswordReset(email: $e) {
              ok
            }
          }
        `,
        { e: email },
      );
    for (let i = 0; i < RATE_LIMITS['password-reset:account']; i++) {
      expect((await ask('someone@example.fr')).errors).toBeUndefined();
    }
    expect(codeOf(await ask('someone@example.fr'))).toBe('RATE_LIMITED');
    expect((await ask('someone-else@example.fr')).errors).toBeUndefined();
  });

  it('limits sign-ups per IP address', async () => {
    const register = (n: number) =>
      graphql(
        api.url,
        `
          mutation ($i: RegisterInput!) {
            register(input: $i) {
              ok
            }
          }
        `,
        {
          i: {
            email: `new-${n}@example.fr`,
            password: 'une phrase de passe solide',
            displayName: `Nouveau ${n}`,
          },
        },
      );
    await new Promise((r) => setTimeout(r, window * 1000 + 200));
    // At once: each answer takes at least 300 ms, longer than this file's 2-second window allows in a row.
    const answers = await Promise.all(
      Array.from({ length: RATE_LIMITS['register:ip'] + 1 }, (_, i) => register(i)),
    );
    expect(answers.map(codeOf).filter((code) => code === 'RATE_LIMITED')).toHaveLength(1);
    expect(answers.filter((r) => !r.errors)).toHaveLength(RATE_LIMITS['register:ip']);
  });
});
