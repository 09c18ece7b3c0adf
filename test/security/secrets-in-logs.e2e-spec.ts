import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { AppConfig } from '@quorum/core';
import { MailCatcher } from '../../scripts/mail-catcher';
import { freePort } from '../../scripts/ensure-services';
import { bearer, newAgent } from '../support/factories';
import { envOf } from '../support/notification-fixtures';
import {
  createTestDatabase,
  eventually,
  graphql,
  testConfig,
  TestDatabase,
} from '../support/test-env';

const ROOT = join(__dirname, '..', '..');

interface Running {
  child: ChildProcess;
  lines: () => string[];
}

/** An entry point (the API's or the worker's main.ts) as production runs it, its output kept. */
function run(main: string, env: Record<string, string>): Running {
  const output: string[] = [];
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, main)],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  return {
    child,
    lines: () =>
      output
        .join('')
        .split('\n')
        .filter((l) => l.trim() !== ''),
  };
}

async function stop({ child }: Running): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { ok } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;
const tokenIn = (text: string) => /token=([A-Za-z0-9_-]+)/.exec(text)![1];

/**
 * Issue 18, attack 10: whatever the API and the worker write to their logs, at the most verbose
 * level, holds no password, token, secret, census value or e-mail body. Both run as separate
 * processes (their real main.ts) with their output captured; a session of sign-up, e-mailed
 * links, sign-in (right and wrong), refresh, password reset, census import and claim goes through
 * them; then every line is scanned for each of those values.
 */
describe('Secrets in logs: none in any line the API and the worker write', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let smtp: MailCatcher;
  let api: Running;
  let worker: Running;
  let url: string;
  const secrets: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    config = testConfig({ DATABASE_URL: db.url, SMTP_URL: smtp.smtpUrl, PUBLIC_URL: url });
    const env = { ...envOf(config), LOG_LEVEL: 'trace', PORT: String(port), WEB_SITE: 'off' };
    api = run('apps/api/src/main.ts', env);
    worker = run('apps/worker/src/main.ts', env);
    await eventually(async () => {
      try {
        return (await fetch(`${url}/health/live`)).ok;
      } catch {
        return false;
      }
      // Two ts-node processes compiling at once on a busy machine: a start, not a timing.
    }, 150_000);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([api && stop(api), worker && stop(worker)]);
    await smtp?.stop();
    await db?.drop();
  });

  const mailTo = (address: string, subject: RegExp) =>
    eventually(async () =>
      smtp.messages.find((m) => m.to.includes(address) && subject.test(m.subject)),
    );

  it('goes through a session that handles every kind of secret', async () => {
    const email = `secret.${Date.now()}@example.fr`;
    secrets.password = 'mon mot de passe très secret 7391';
    secrets.wrongPassword = 'un essai de mot de passe faux 5512';
    secrets.newPassword = 'le nouveau secret du square 8824';
    expect(
      (
        await graphql(url, REGISTER, {
          input: { email, password: secrets.password, displayName: 'Sidonie' },
        })
      ).errors,
    ).toBeUndefined();
    const confirmation = await mailTo(email, /Confirmez votre adresse/);
    secrets.confirmationToken = tokenIn(confirmation.text);
    secrets.confirmationBody = confirmation.text;
    // The link as a browser follows it: the site's page, mounted in the API in production.
    await fetch(`${url}/compte/confirmer?token=${secrets.confirmationToken}`);
    await graphql(url, 'mutation($t: String!) { verifyEmail(token: $t) }', {
      t: secrets.confirmationToken,
    });

    await graphql(url, LOGIN, { input: { email, password: secrets.wrongPassword } });
    const signedIn = await graphql<{ login: { accessToken: string; refreshToken: string } }>(
      url,
      LOGIN,
      { input: { email, password: secrets.password } },
    );
    expect(signedIn.errors).toBeUndefined();
    secrets.accessToken = signedIn.data!.login.accessToken;
    secrets.refreshToken = signedIn.data!.login.refreshToken;
    const refreshed = await graphql<{
      refreshToken: { accessToken: string; refreshToken: string };
    }>(url, REFRESH, { t: secrets.refreshToken });
    secrets.refreshedAccess = refreshed.data!.refreshToken.accessToken;
    secrets.refreshedRefresh = refreshed.data!.refreshToken.refreshToken;
    // A replayed refresh token and a forged bearer: refusals are logged too.
    await graphql(url, REFRESH, { t: secrets.refreshToken });
    await graphql(url, '{ me { id } }', {}, { authorization: `Bearer ${secrets.accessToken}x` });

    await graphql(
      url,
      `
        mutation ($e: String!) {
          requestPasswordReset(email: $e) {
            ok
          }
        }
      `,
      {
        e: email,
      },
    );
    const reset = await mailTo(email, /nouveau mot de passe/);
    secrets.resetToken = tokenIn(reset.text);
    secrets.resetBody = reset.text;
    await fetch(`${url}/compte/mot-de-passe?token=${secrets.resetToken}&suite=%2F`);
    // An unsubscribe link carries its token in the path.
    secrets.unsubscribeToken = 'jeton-de-desabonnement-4471';
    await fetch(`${url}/unsubscribe/${secrets.unsubscribeToken}`);
    // A client sending its variables in a GET (refused: a mutation), the password in the address.
    await fetch(
      `${url}/graphql?query=${encodeURIComponent(LOGIN)}&variables=${encodeURIComponent(
        JSON.stringify({ input: { email, password: secrets.password } }),
      )}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    const done = await graphql(
      url,
      `
        mutation ($input: ResetPasswordInput!) {
          resetPassword(input: $input)
        }
      `,
      {
        input: { token: secrets.resetToken, newPassword: secrets.newPassword },
      },
    );
    expect(done.errors).toBeUndefined();
    const again = await graphql<{ login: { accessToken: string } }>(url, LOGIN, {
      input: { email, password: secrets.newPassword },
    });
    secrets.lastAccess = again.data!.login.accessToken;

    // The census: the names and dates of a town's residents.
    const agent = await newAgent(config, db.url);
    secrets.censusLastName = 'Quenouillère';
    secrets.censusFirstNames = 'Séraphine Aglaé';
    secrets.censusBirthDate = '1979-06-15';
    const imported = await graphql(
      url,
      `
        mutation ($csv: String!) {
          importCensus(input: { csv: $csv }) {
            accepted
          }
        }
      `,
      {
        csv: `nom;prenoms;date_naissance;quartier\n${secrets.censusLastName};${secrets.censusFirstNames};${secrets.censusBirthDate};Centre-Ville`,
      },
      bearer(agent),
    );
    expect(imported.errors).toBeUndefined();
    const claimed = await graphql(
      url,
      `
        mutation ($input: ClaimResidencyInput!) {
          claimResidency(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          lastName: secrets.censusLastName,
          firstNames: secrets.censusFirstNames,
          birthDate: '15/06/1979',
          neighbourhood: 'Centre-Ville',
        },
      },
      { authorization: `Bearer ${secrets.lastAccess}` },
    );
    expect(claimed.errors).toBeUndefined();
    secrets.agentToken = agent.token;
  });

  it('finds none of them, nor the configured secrets, in any line of either log', async () => {
    // The processes flush what they hold before they exit.
    await Promise.all([stop(api), stop(worker)]);
    const lines = [...api.lines(), ...worker.lines()];
    // The capture works: each wrote its start and the requests it served.
    expect(api.lines().some((l) => l.includes('"url":"/graphql"'))).toBe(true);
    expect(worker.lines().length).toBeGreaterThan(0);

    const needles: Record<string, string> = {
      ...secrets,
      JWT_SECRET: config.JWT_SECRET,
      CENSUS_HASH_KEY: config.CENSUS_HASH_KEY,
      // The application role's password as it stands in DATABASE_URL.
      databasePassword: new URL(config.DATABASE_URL).password + '@',
    };
    // An e-mail body is checked line by line (a template line alone, "Bonjour,", is not personal).
    for (const body of ['confirmationBody', 'resetBody']) {
      delete needles[body];
      for (const [i, line] of secrets[body]
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length >= 40)
        .entries())
        needles[`${body} line ${i}`] = line;
    }
    // As they stand in an address too (a query string, a path), percent-encoded.
    for (const [name, value] of Object.entries(needles))
      if (encodeURIComponent(value) !== value)
        needles[`${name} (encoded)`] = encodeURIComponent(value);
    const found = Object.entries(needles).flatMap(([name, value]) =>
      lines
        .filter((line) => line.includes(value))
        .map((line) => ({ name, line: line.slice(0, 300) })),
    );
    expect(found).toEqual([]);
  });
});
