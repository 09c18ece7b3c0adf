import { loggedUrl } from './logged-url';

describe('loggedUrl', () => {
  it('keeps a plain path as it is', () => {
    expect(loggedUrl('/graphql')).toBe('/graphql');
    expect(loggedUrl('/councils/centre/minutes.atom')).toBe('/councils/centre/minutes.atom');
    expect(loggedUrl(undefined)).toBeUndefined();
  });

  it('keeps the names of the query parameters, never their values', () => {
    expect(loggedUrl('/compte/confirmer?token=abc123')).toBe('/compte/confirmer?token=[redacted]');
    expect(loggedUrl('/compte/mot-de-passe?token=abc&suite=%2F')).toBe(
      '/compte/mot-de-passe?token=[redacted]&suite=[redacted]',
    );
    expect(loggedUrl('/graphql?query=x&variables=%7B%22password%22%3A%22s%22%7D')).toBe(
      '/graphql?query=[redacted]&variables=[redacted]',
    );
    expect(loggedUrl('/propositions?')).toBe('/propositions');
  });

  it('hides the token of an unsubscribe link', () => {
    expect(loggedUrl('/unsubscribe/tok-en_123')).toBe('/unsubscribe/[redacted]');
    expect(loggedUrl('/unsubscribe/tok?x=1')).toBe('/unsubscribe/[redacted]?x=[redacted]');
  });
});
