import fc from 'fast-check';
import { isEmailVerified, isMailable, normalizeEmail, verifiedSince } from './email';

describe('e-mail addresses', () => {
  it('are kept trimmed and lower-cased, so one address has one account', () => {
    expect(normalizeEmail('  Camille.Dupont@Example.FR ')).toBe('camille.dupont@example.fr');
    fc.assert(
      fc.property(fc.emailAddress(), fc.string({ unit: fc.constantFrom(' ', '\t') }), (e, pad) => {
        expect(normalizeEmail(pad + e.toUpperCase() + pad)).toBe(normalizeEmail(e));
        expect(normalizeEmail(normalizeEmail(e))).toBe(normalizeEmail(e));
      }),
    );
  });

  it('count as verified once the link mailed to them was followed', () => {
    expect(isEmailVerified({ emailVerifiedAt: null })).toBe(false);
    expect(isEmailVerified({ emailVerifiedAt: new Date() })).toBe(true);
  });

  it('keep the date of their first verification when a link is followed again', () => {
    const first = new Date('2026-01-02T10:00:00Z');
    const later = new Date('2026-02-01T10:00:00Z');
    expect(verifiedSince(null, later)).toBe(later);
    expect(verifiedSince(first, later)).toBe(first);
  });

  it('get the account e-mails while the account exists and has an address', () => {
    expect(isMailable({ email: 'a@b.fr', deletedAt: null })).toBe(true);
    expect(isMailable({ email: null, deletedAt: null })).toBe(false);
    expect(isMailable({ email: 'a@b.fr', deletedAt: new Date() })).toBe(false);
  });
});
