import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { sign } from 'jsonwebtoken';
import { DataSource } from 'typeorm';
import { PasswordService } from '@quorum/identity';
import { MailCatcher } from '../scripts/mail-catcher';
import { accessToken, bearer, newResident } from './support/factories';
import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
  clock,
  codeOf,
} from './support/test-env';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { ok message } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken account { id email emailVerified } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { id email displayName role emailVerified } }`;

describe('Accounts and tokens', () => {
  let db: TestDatabase;
  let smtp: MailCatcher;
  let config: AppConfig;
  let api: RunningApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    // TRUST_PROXY: tests play callers at several addresses with X-Forwarded-For.
    config = testConfig({ DATABASE_URL: db.url, SMTP_URL: smtp.smtpUrl, TRUST_PROXY: '1' });
    [api, worker] = await Promise.all([startApi(config), startWorker(config)]);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.stop();
    await db.drop();
  });

  const mailTo = async (address: string, subject: RegExp) => {
    for (let i = 0; i < 200; i++) {
      const mail = smtp.messages.find((m) => m.to.includes(address) && subject.test(m.subject));
      if (mail) return mail;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`No e-mail "${subject}" to ${address}`);
  };
  const tokenIn = (text: string) => /token=([A-Za-z0-9_-]+)/.exec(text)![1];
  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    graphql<{ login: { accessToken: string; refreshToken: string } }>(
      api.url,
      LOGIN,
      { input: { email, password } },
      headers,
    );

  it('signs up, e-mails a confirmation link in French, and the link works once', async () => {
    const email = 'Alix.Martin@Example.fr';
    const r = await graphql(api.url, REGISTER, {
      input: { email, password: 'un jardin partagé rue des Lilas', displayName: 'Alix' },
    });
    expect(r.data).toEqual({
      register: { ok: true, message: expect.stringContaining('e-mail de confirmation') },
    });
    const mail = await mailTo('alix.martin@example.fr', /Confirmez votre adresse/);
    expect(mail.text).toContain('Bonjour Alix,');
    expect(mail.text).toMatch(/http:\/\/quorum\.test\/compte\/confirmer\?token=/);
    const token = tokenIn(mail.text);

    const VERIFY = 'mutation($t: String!) { verifyEmail(token: $t) }';
    const verified = await graphql(api.url, VERIFY, { t: token });
    expect(verified.errors).toBeUndefined();
    expect(verified.data).toEqual({ verifyEmail: true });
    const again = await graphql(
      api.url,
      `
        mutation ($t: String!) {
          verifyEmail(token: $t)
        }
      `,
      { t: token },
    );
    expect(codeOf(again)).toBe('BAD_USER_INPUT');

    const session = await login(email, 'un jardin partagé rue des Lilas');
    const me = await graphql(
      api.url,
      ME,
      {},
      { authorization: `Bearer ${session.data!.login.accessToken}` },
    );
    expect(me.data).toEqual({
      me: expect.objectContaining({
        email: 'alix.martin@example.fr',
        role: 'RESIDENT',
        emailVerified: true,
      }),
    });
  });

  it('answers a sign-up with a known address exactly as a new one, and tells the owner by e-mail', async () => {
    const owner = await newResident(config, db.url);
    const known = await graphql(api.url, REGISTER, {
      input: { email: owner.email, password: 'une autre phrase de passe', displayName: 'Intrus' },
    });
    const fresh = await graphql(api.url, REGISTER, {
      input: {
        email: 'nouvelle@example.fr',
        password: 'une autre phrase de passe',
        displayName: 'Nouvelle',
      },
    });
    expect(known).toEqual(fresh);
    await mailTo(owner.email, /déjà un compte/);
  });

  it('refuses short and common passwords, naming the field', async () => {
    for (const password of ['court', 'password1234', '123456789012', 'QWERTYUIOP123']) {
      const r = await graphql(api.url, REGISTER, {
        input: {
          email: `x-${password.length}-${password[0]}@example.fr`,
          password,
          displayName: 'Xavier',
        },
      });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.fields).toEqual([
        { field: 'input.password', message: expect.any(String) },
      ]);
    }
  });

  it('gives one answer, after one password check, for an unknown address and a wrong password', async () => {
    const person = await newResident(config, db.url);
    const verify = jest.spyOn(api.app.get(PasswordService), 'verify');
    const unknown = await login('nobody-here@example.fr', 'whatever password 123');
    const wrong = await login(person.email, 'whatever password 123');
    expect(unknown).toEqual(wrong);
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(verify).toHaveBeenCalledTimes(2);
    expect(verify.mock.calls[0][0]).toBeNull();
    expect(verify.mock.calls[1][0]).toEqual(expect.stringMatching(/^\$argon2id\$/));
    verify.mockRestore();
  });

  it('refuses expired, tampered, wrongly signed, unsigned and revoked access tokens', async () => {
    const person = await newResident(config, db.url);
    expect((await graphql(api.url, ME, {}, bearer(person))).data).toBeTruthy();
    const [header, payload, signature] = person.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    // Tampered: the same account and session, a later expiry, the original signature.
    const forged = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86_400 })).toString(
      'base64url',
    );

    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const bad = {
      expired: accessToken(config, person.id, person.sessionId, { expiresIn: -10 }),
      tampered: `${header}.${forged}.${signature}`,
      wrongSignature: accessToken(config, person.id, person.sessionId, {
        secret: 'another-secret-another-secret-0000',
      }),
      unsigned: `${none}.${payload}.`,
      garbage: 'not-a-token',
      wrongIssuer: sign({ sid: person.sessionId }, config.JWT_SECRET, {
        subject: person.id,
        expiresIn: 600,
        issuer: 'someone-else',
        audience: 'quorum-api',
      }),
      wrongAudience: sign({ sid: person.sessionId }, config.JWT_SECRET, {
        subject: person.id,
        expiresIn: 600,
        issuer: 'quorum',
        audience: 'another-api',
      }),
    };
    for (const [kind, token] of Object.entries(bad)) {
      const r = await graphql(api.url, ME, {}, { authorization: `Bearer ${token}` });
      expect([kind, codeOf(r)]).toEqual([kind, 'UNAUTHENTICATED']);
    }
    expect(
      await graphql(
        api.url,
        `
          mutation {
            logout
          }
        `,
        {},
        bearer(person),
      ),
    ).toMatchObject({ data: { logout: true } });
    expect(codeOf(await graphql(api.url, ME, {}, bearer(person)))).toBe('UNAUTHENTICATED');
    // A stale token does not lock the client out of what anyone may do.
    const stale = { authorization: `Bearer ${bad.expired}` };
    expect((await login(person.email, person.password, stale)).data).toBeTruthy();
  });

  it('refuses without closing the session when two requests trade the same refresh token at once', async () => {
    const person = await newResident(config, db.url);
    const first = (await login(person.email, person.password)).data!.login;
    const [a, b] = await Promise.all([
      graphql<{ refreshToken: { accessToken: string; refreshToken: string } }>(api.url, REFRESH, {
        t: first.refreshToken,
      }),
      graphql<{ refreshToken: { accessToken: string; refreshToken: string } }>(api.url, REFRESH, {
        t: first.refreshToken,
      }),
    ]);
    const winner = a.data?.refreshToken ?? b.data?.refreshToken;
    expect([a, b].filter((r) => r.errors).map(codeOf)).toEqual(['UNAUTHENTICATED']);
    expect(
      (await graphql(api.url, ME, {}, { authorization: `Bearer ${winner!.accessToken}` })).data,
    ).toBeTruthy();
    expect((await graphql(api.url, REFRESH, { t: winner!.refreshToken })).data).toBeTruthy();
  });

  it('rotates refresh tokens; a stolen one replayed after its successor was used closes the whole session', async () => {
    const person = await newResident(config, db.url);
    type Tokens = { refreshToken: { accessToken: string; refreshToken: string } };
    const first = (await login(person.email, person.password)).data!.login;
    const second = (await graphql<Tokens>(api.url, REFRESH, { t: first.refreshToken })).data!
      .refreshToken;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const third = (await graphql<Tokens>(api.url, REFRESH, { t: second.refreshToken })).data!
      .refreshToken;
    expect(
      (await graphql(api.url, ME, {}, { authorization: `Bearer ${third.accessToken}` })).data,
    ).toBeTruthy();

    // The first token again: someone kept a copy. The whole family is revoked.
    expect(codeOf(await graphql(api.url, REFRESH, { t: first.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await graphql(api.url, REFRESH, { t: third.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      codeOf(await graphql(api.url, ME, {}, { authorization: `Bearer ${third.accessToken}` })),
    ).toBe('UNAUTHENTICATED');
    expect(codeOf(await graphql(api.url, REFRESH, { t: 'unknown-token' }))).toBe('UNAUTHENTICATED');
  });

  it('resets a password through a link that works once, and signs out everywhere', async () => {
    const person = await newResident(config, db.url);
    const before = (await login(person.email, person.password)).data!.login;
    const ask = `mutation($e: String!) { requestPasswordReset(email: $e) { ok message } }`;
    const known = await graphql(api.url, ask, { e: person.email });
    const unknown = await graphql(api.url, ask, { e: 'personne@example.fr' });
    expect(known).toEqual(unknown);

    const mail = await mailTo(person.email, /nouveau mot de passe/);
    expect(mail.text).toContain('/compte/mot-de-passe?token=');
    const reset = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
    const input = { token: tokenIn(mail.text), newPassword: 'la fontaine du square Dupleix' };
    expect((await graphql(api.url, reset, { input })).data).toEqual({ resetPassword: true });
    expect(codeOf(await graphql(api.url, reset, { input }))).toBe('BAD_USER_INPUT');

    expect(codeOf(await graphql(api.url, REFRESH, { t: before.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await login(person.email, person.password))).toBe('UNAUTHENTICATED');
    expect((await login(person.email, 'la fontaine du square Dupleix')).data).toBeTruthy();
  });

  it('lets the owner reset their password however often others ask for it', async () => {
    const person = await newResident(config, db.url);
    const ask = `mutation($e: String!) { requestPasswordReset(email: $e) { ok message } }`;
    const from = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}` });
    const answers = [];
    // More than the old per-account limit (3), from two other addresses.
    for (let i = 0; i < 6; i++)
      answers.push(await graphql(api.url, ask, { e: person.email }, from(i % 2)));
    const owner = await graphql(api.url, ask, { e: person.email }, from(9));
    expect(owner.errors).toBeUndefined();
    expect(answers.every((answer) => JSON.stringify(answer) === JSON.stringify(owner))).toBe(true);

    // One e-mail for the window, whoever asked; its link works for the owner.
    const [{ n }]: { n: number }[] = await api.app.get<DataSource>(getDataSourceToken()).query(
      `SELECT count(*)::int AS n FROM outbox_event
        WHERE type = 'account.password-reset-requested' AND payload->>'accountId' = $1`,
      [person.id],
    );
    expect(n).toBe(1);
    const mail = await mailTo(person.email, /nouveau mot de passe/);
    const reset = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
    const input = { token: tokenIn(mail.text), newPassword: 'le kiosque du jardin des Plantes' };
    expect((await graphql(api.url, reset, { input })).data).toEqual({ resetPassword: true });
    expect((await login(person.email, 'le kiosque du jardin des Plantes')).data).toBeTruthy();
  });

  it('lets e-mail links and refresh tokens expire by the clock: an hour for a reset, the TTL for a session', async () => {
    const person = await newResident(config, db.url);
    await graphql(
      api.url,
      `
        mutation ($e: String!) {
          requestPasswordReset(email: $e) {
            ok
          }
        }
      `,
      {
        e: person.email,
      },
    );
    const mail = await mailTo(person.email, /nouveau mot de passe/);
    const session = (await login(person.email, person.password)).data!.login;
    clock.travel(61 * 60_000);
    const reset = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
    const late = await graphql(api.url, reset, {
      input: { token: tokenIn(mail.text), newPassword: 'la grille du parc Montsouris' },
    });
    expect(codeOf(late)).toBe('BAD_USER_INPUT');
    type Tokens = { refreshToken: { refreshToken: string } };
    // Within REFRESH_TOKEN_TTL_DAYS (30) the session goes on; past it, its token is refused.
    clock.travel(29 * 86_400_000);
    const next = (await graphql<Tokens>(api.url, REFRESH, { t: session.refreshToken })).data!
      .refreshToken;
    clock.travel(31 * 86_400_000);
    expect(codeOf(await graphql(api.url, REFRESH, { t: next.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
