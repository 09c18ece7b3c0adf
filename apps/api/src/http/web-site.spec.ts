import { API_PATHS, withLoopbackTrusted } from './web-site';

describe('API_PATHS (what the API answers itself, before the site)', () => {
  it.each([
    '/graphql',
    '/health/ready',
    '/unsubscribe/abc',
    '/open-data/proposals.csv?council=x',
    '/open-data/audit.jsonl',
    '/meetings.ics',
    '/councils/les-tilleuls/meetings.ics',
    '/councils/les-tilleuls/minutes.atom',
  ])('%s is the API’s', (path) => expect(API_PATHS.test(path)).toBe(true));
  it.each([
    '/',
    '/conseils/les-tilleuls',
    '/propositions?q=v%C3%A9lo',
    '/meetings.icsx',
    '/graphqlx',
  ])('%s is the site’s', (path) => expect(API_PATHS.test(path)).toBe(false));
});

describe('withLoopbackTrusted (the site mounted in the API calls it from loopback)', () => {
  it('trusts loopback on top of TRUST_PROXY', () => {
    expect(withLoopbackTrusted(false)).toEqual(['loopback']);
    expect(withLoopbackTrusted(['10.0.0.1'])).toEqual(['loopback', '10.0.0.1']);
  });
  it('keeps a number of hops: the site’s call is one more hop, and carries one address', () => {
    expect(withLoopbackTrusted(1)).toBe(1);
  });
});
