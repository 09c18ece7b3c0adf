import { IncomingMessage, ServerResponse } from 'node:http';
import { NodeHandler } from '../../apps/api/src/http/web-site';
import {
  createTestDatabase,
  startApi,
  testConfig,
  TestDatabase,
  RunningApi,
} from '../support/test-env';

/**
 * The site mounted in the API's HTTP server (production: the built SvelteKit handler, loaded by
 * main.ts with a real import(); here a stand-in handler, since Jest cannot import ES modules):
 * it gets every path but the API's, before the body parsers, with the visitor's address as the
 * API's trust proxy computed it, and without the API's own CSP.
 */
describe('The web site mounted in the API server', () => {
  let db: TestDatabase;
  let api: RunningApi;
  const seen: { url?: string; address?: string; body: string; csp: unknown; referrer: unknown }[] =
    [];

  const site: NodeHandler = (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk) => (body += String(chunk)));
    req.on('end', () => {
      seen.push({
        url: req.url,
        address: req.headers['x-quorum-client-address'] as string | undefined,
        body,
        csp: res.getHeader('content-security-policy'),
        referrer: res.getHeader('referrer-policy'),
      });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>site</title>');
    });
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    // TRUST_PROXY off, as by default: the site's own loopback hop is trusted all the same.
    api = await startApi(
      testConfig({ DATABASE_URL: db.url, TRUST_PROXY: 'off' }),
      [],
      undefined,
      site,
    );
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('hands the site its pages, with the form body unread and no API CSP', async () => {
    seen.length = 0;
    const r = await fetch(`${api.url}/compte/connexion?suite=%2F`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-quorum-client-address': '6.6.6.6',
      },
      body: 'email=a%40b.fr&password=x',
    });
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('<title>site</title>');
    expect(seen).toEqual([
      {
        url: '/compte/connexion?suite=%2F',
        // Set by the API from the connection, never the visitor's own header.
        address: '127.0.0.1',
        body: 'email=a%40b.fr&password=x',
        csp: undefined,
        referrer: undefined,
      },
    ]);
  });

  it('keeps the API paths for the API', async () => {
    seen.length = 0;
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    const gql = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { __typename } }' }),
    });
    expect(gql.status).toBe(200);
    expect((await fetch(`${api.url}/open-data/datapackage.json`)).status).toBe(200);
    expect((await fetch(`${api.url}/meetings.ics`)).status).toBe(200);
    expect((await fetch(`${api.url}/councils/nowhere/minutes.atom`)).status).toBe(404);
    expect(seen).toEqual([]);
  });

  it('believes the X-Forwarded-For of the site’s loopback hop (one bucket per visitor)', async () => {
    seen.length = 0;
    await fetch(`${api.url}/`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    // From loopback, the hop is trusted: the address the site passes on is the visitor's.
    expect(seen[0].address).toBe('203.0.113.9');
  });
});
