import { connect, Socket } from 'node:net';
import { AppConfig } from '@quorum/core';
import { bearer, newAccount, newAgent, TestAccount } from '../support/factories';
import { newCouncilWithMembers, sql } from '../support/meeting-fixtures';
import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from '../support/test-env';

const ALLOWED = 'https://carte.mairie.example';
const FOLLOW = `mutation($id: ID!) { followCouncil(councilId: $id) { following } }`;

/** Opens a raw connection, writes `text` and resolves with what came back once the server closes it. */
function untilClosed(port: number, text: string): Promise<{ received: string; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += String(chunk)));
    socket.on('error', reject);
    socket.on('close', () => resolve({ received, socket }));
    socket.write(text);
  });
}

/**
 * Issue 18, attack 11: the API's HTTP surface. Security headers on every answer (the API's own
 * test/security-headers.e2e-spec.ts covers their values; here on refusals too), CORS only for the
 * origins CORS_ORIGINS lists, bodies over the limit refused unread (and their mutation not run),
 * and slow clients (slow-loris) cut off: the server's headersTimeout and requestTimeout are set
 * and a partial request is closed.
 */
describe('HTTP: headers, CORS allow-list, body limits, slow clients', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let slow: RunningApi;
  let resident: TestAccount;
  let councilId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({
      DATABASE_URL: db.url,
      CORS_ORIGINS: `${ALLOWED}, http://localhost:5173`,
    });
    api = await startApi(config);
    // Short timeouts, so that the slow clients below are cut off within the test's time; on an
    // API of its own, since an 11 MB body may take longer than that to send on a busy machine.
    slow = await startApi(
      testConfig({
        DATABASE_URL: db.url,
        HTTP_HEADERS_TIMEOUT_MS: '300',
        HTTP_REQUEST_TIMEOUT_MS: '600',
      }),
    );
    const agent = await newAgent(config, db.url);
    councilId = (await newCouncilWithMembers(api.url, config, db.url, agent)).id;
    resident = await newAccount(config, db.url);
  });
  afterAll(async () => {
    await slow?.close();
    await api?.close();
    await db?.drop();
  });

  const port = () => Number(new URL(slow.url).port);
  const follows = async () =>
    (
      await sql<{ n: number }>(
        db.url,
        `SELECT count(*)::int AS n FROM council_follower WHERE account_id = $1`,
        [resident.id],
      )
    )[0].n;

  it('sets the timeouts from the configuration, with the defaults otherwise', () => {
    const server = slow.app.getHttpServer() as import('node:http').Server;
    expect([server.headersTimeout, server.requestTimeout]).toEqual([300, 600]);
    const byDefault = api.app.getHttpServer() as import('node:http').Server;
    expect([byDefault.headersTimeout, byDefault.requestTimeout]).toEqual([10_000, 120_000]);
  });

  it('closes a connection whose headers never end (slow-loris), answering 408', async () => {
    const { received } = await untilClosed(
      port(),
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Slow: 1',
    );
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection whose body never ends, without running its mutation', async () => {
    const body = JSON.stringify({ query: FOLLOW, variables: { id: councilId } });
    const { received } = await untilClosed(
      port(),
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Authorization: Bearer ${resident.token}\r\nContent-Length: ${body.length + 10}\r\n\r\n${body}`,
    );
    expect(received === '' || /^HTTP\/1\.1 408 /.test(received)).toBe(true);
    expect(await follows()).toBe(0);
  });

  it('refuses a body over the limit unread, with the security headers, and runs nothing', async () => {
    const r = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(resident) },
      body: JSON.stringify({
        query: FOLLOW,
        variables: { id: councilId, pad: 'x'.repeat(11 * 1024 * 1024) },
      }),
    });
    expect(r.status).toBe(413);
    expect(
      ((await r.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions,
    ).toEqual({ code: 'BAD_USER_INPUT' });
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await follows()).toBe(0);
  });

  it('answers CORS for a listed origin only, and never with credentials', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
    const allowed = await preflight(ALLOWED);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect(allowed.headers.get('vary')).toMatch(/origin/i);

    for (const origin of ['https://evil.example', `${ALLOWED}.evil.example`, 'null']) {
      const refused = await preflight(origin);
      expect({ origin, allow: refused.headers.get('access-control-allow-origin') }).toEqual({
        origin,
        allow: null,
      });
    }
    // The answer itself: readable by the listed origin's page, not by another's.
    const query = '{ serverInfo { townName } }';
    const listed = await graphql(api.url, query, {}, { origin: 'http://localhost:5173' });
    expect(listed.errors).toBeUndefined();
    const fromListed = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' },
      body: JSON.stringify({ query }),
    });
    expect(fromListed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const fromOther = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query }),
    });
    expect(fromOther.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no origin when CORS_ORIGINS is empty (the default), and refuses a malformed list', async () => {
    const none = await startApi(testConfig({ DATABASE_URL: db.url }));
    try {
      const r = await fetch(`${none.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: ALLOWED, 'access-control-request-method': 'POST' },
      });
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await none.close();
    }
    expect(() => testConfig({ DATABASE_URL: db.url, CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(() =>
      testConfig({ DATABASE_URL: db.url, CORS_ORIGINS: 'https://a.example/path' }),
    ).toThrow(/CORS_ORIGINS/);
  });
});
