import { AppConfig } from '@quorum/core';
import { bearer, newAccount, newAgent, TestAccount } from '../support/factories';
import { newCouncilWithMembers, sql } from '../support/meeting-fixtures';
import {
  createTestDatabase,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from '../support/test-env';
import { RunningSite, siteAddress, startSite } from '../web/support/site';

const FOLLOW = `mutation($id: ID!) { followCouncil(councilId: $id) { following } }`;

/**
 * Issue 18, attack 4: a page of another site cannot make a visitor's browser change anything.
 * The API refuses the requests a browser sends without asking first (text/plain, form-encoded,
 * multipart POSTs, GETs) and never runs their mutation; the site refuses a form posted from
 * another origin (or from none). Each refusal is checked on the rows it would have written.
 */
describe('CSRF: cross-site requests are refused and not run', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let site: RunningSite;
  let resident: TestAccount;
  let council: { id: string; slug: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    const address = await siteAddress();
    config = testConfig({ DATABASE_URL: db.url, PUBLIC_URL: address.url });
    api = await startApi(config);
    site = await startSite(address, api.url);
    const agent = await newAgent(config, db.url);
    const c = await newCouncilWithMembers(api.url, config, db.url, agent);
    const [{ slug }] = await sql<{ slug: string }>(
      db.url,
      `SELECT slug FROM council WHERE id = $1`,
      [c.id],
    );
    council = { id: c.id, slug };
    resident = await newAccount(config, db.url);
  });
  afterAll(async () => {
    await site?.close();
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
  const unfollow = () =>
    sql(db.url, `DELETE FROM council_follower WHERE account_id = $1`, [resident.id]);
  const refusal = async (response: Response) => ({
    status: response.status,
    code: ((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]
      ?.extensions?.code,
  });

  describe('the API', () => {
    const graphqlUrl = () => `${api.url}/graphql`;
    const variables = () => JSON.stringify({ id: council.id });

    it('refuses a text/plain POST of a mutation, and does not run it', async () => {
      const r = await fetch(graphqlUrl(), {
        method: 'POST',
        headers: { 'content-type': 'text/plain', ...bearer(resident) },
        body: JSON.stringify({ query: FOLLOW, variables: { id: council.id } }),
      });
      expect(await refusal(r)).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
      expect(await follows()).toBe(0);
    });

    it('refuses a form-encoded POST, and does not run it', async () => {
      const r = await fetch(graphqlUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...bearer(resident) },
        body: new URLSearchParams({ query: FOLLOW, variables: variables() }).toString(),
      });
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(await follows()).toBe(0);
    });

    it('refuses a multipart POST, and does not run it', async () => {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: FOLLOW, variables: { id: council.id } }));
      form.set('map', '{}');
      const r = await fetch(graphqlUrl(), {
        method: 'POST',
        headers: bearer(resident),
        body: form,
      });
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(await follows()).toBe(0);
    });

    it('refuses a mutation over GET, with or without the preflight header', async () => {
      const url = `${graphqlUrl()}?query=${encodeURIComponent(FOLLOW)}&variables=${encodeURIComponent(variables())}`;
      const plain = await fetch(url, { headers: bearer(resident) });
      expect(await refusal(plain)).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
      // Past the CSRF check (a header only a script can set), GET still runs no mutation.
      const preflighted = await fetch(url, {
        headers: { 'apollo-require-preflight': 'true', ...bearer(resident) },
      });
      expect(preflighted.status).toBe(405);
      expect(await follows()).toBe(0);
    });

    it('runs the same mutation posted as JSON (what a page of another origin cannot send unasked)', async () => {
      const r = await fetch(graphqlUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(resident) },
        body: JSON.stringify({ query: FOLLOW, variables: { id: council.id } }),
      });
      expect(r.status).toBe(200);
      expect(await follows()).toBe(1);
      await unfollow();
    });
  });

  describe('the web site', () => {
    const followForm = () => `${site.url}/conseils/${council.slug}?/follow`;
    const signedIn = () => ({ cookie: `quorum-access=${resident.token}` });

    it('refuses a form posted from another origin, or with no origin, in every form encoding', async () => {
      const bodies: [string, () => { body: string | FormData; type?: string }][] = [
        ['urlencoded', () => ({ body: 'x=1', type: 'application/x-www-form-urlencoded' })],
        ['text/plain', () => ({ body: 'x=1', type: 'text/plain' })],
        [
          'multipart',
          () => {
            const form = new FormData();
            form.set('x', '1');
            return { body: form };
          },
        ],
      ];
      for (const origin of ['https://evil.example', 'null', undefined]) {
        for (const [encoding, make] of bodies) {
          const { body, type } = make();
          const r = await fetch(followForm(), {
            method: 'POST',
            redirect: 'manual',
            headers: {
              ...signedIn(),
              accept: 'text/html',
              ...(type ? { 'content-type': type } : {}),
              ...(origin ? { origin } : {}),
            },
            body,
          });
          expect({ origin, encoding, status: r.status }).toEqual({ origin, encoding, status: 403 });
        }
      }
      expect(await follows()).toBe(0);
    });

    it('takes the same form from its own pages', async () => {
      const r = await fetch(followForm(), {
        method: 'POST',
        redirect: 'manual',
        headers: {
          ...signedIn(),
          // As a browser posts a form (without it, SvelteKit answers the action in JSON).
          accept: 'text/html',
          origin: site.url,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'x=1',
      });
      expect(r.status).toBe(303);
      expect(await follows()).toBe(1);
      await unfollow();
    });

    it('sends its own security headers on a page: a strict CSP, no framing, no caching', async () => {
      const r = await fetch(`${site.url}/conseils/${council.slug}`, { headers: signedIn() });
      expect(r.status).toBe(200);
      const csp = r.headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
      ])
        expect(csp).toContain(directive);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(r.headers.get('referrer-policy')).toBe('same-origin');
      expect(r.headers.get('cache-control')).toBe('private, no-store');
    });
  });
});
