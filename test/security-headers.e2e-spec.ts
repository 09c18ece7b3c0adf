import { createHash } from 'node:crypto';
import { graphql, startApi, testConfig, useApi } from './support/test-env';

describe('Security headers', () => {
  const running = useApi();

  it('sends them on GraphQL, health, unknown routes and HTML pages', async () => {
    const responses = [
      await fetch(`${running.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ serverInfo { townName } }' }),
      }),
      await fetch(`${running.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      }),
      await fetch(`${running.api.url}/health/live`),
      await fetch(`${running.api.url}/nowhere`),
      await fetch(`${running.api.url}/unsubscribe/not-a-token`),
    ];
    for (const response of responses) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|script-src/);
      // People reach this one over http: no HSTS.
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('allows the one stylesheet of an HTML page by its hash, and nothing inline besides', async () => {
    const response = await fetch(`${running.api.url}/unsubscribe/not-a-token`);
    const html = await response.text();
    expect(html).toContain('Lien invalide');
    expect(html).not.toMatch(/ style=|<script/);
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]).digest('base64');
    expect(response.headers.get('content-security-policy')).toContain(`style-src 'sha256-${hash}'`);
  });

  it('sends HSTS when the public address is https', async () => {
    const secure = await startApi(
      testConfig({ DATABASE_URL: running.db.url, PUBLIC_URL: 'https://quorum.example.fr' }),
    );
    try {
      const r = await fetch(`${secure.url}/health/live`);
      expect(r.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
      expect((await graphql(secure.url, '{ serverInfo { townName } }')).errors).toBeUndefined();
    } finally {
      await secure.close();
    }
  });
});
