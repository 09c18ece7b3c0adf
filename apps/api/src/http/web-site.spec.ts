import { withLoopbackTrusted } from './web-site';

describe('withLoopbackTrusted (the site mounted in the API calls it from loopback)', () => {
  it('trusts loopback on top of TRUST_PROXY', () => {
    expect(withLoopbackTrusted(false)).toEqual(['loopback']);
    expect(withLoopbackTrusted(['10.0.0.1'])).toEqual(['loopback', '10.0.0.1']);
  });
  it('keeps a number of hops: the site’s call is one more hop, and carries one address', () => {
    expect(withLoopbackTrusted(1)).toBe(1);
  });
});
