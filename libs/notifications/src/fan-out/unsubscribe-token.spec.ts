import fc from 'fast-check';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token';

const kind = fc.constantFrom('e' as const, 'd' as const);

describe('unsubscribe tokens', () => {
  it('a link made with the secret reads back as its own kind and row', () =>
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), kind, fc.uuid(), (secret, k, id) =>
        expect(readUnsubscribeToken(secret, unsubscribeToken(secret, k, id))).toEqual({
          kind: k,
          id,
        }),
      ),
    ));

  it('a link made with another secret is not valid', () =>
    fc.assert(
      fc.property(fc.string(), fc.string(), kind, fc.uuid(), (a, b, k, id) => {
        fc.pre(a !== b);
        return readUnsubscribeToken(b, unsubscribeToken(a, k, id)) === null;
      }),
    ));

  it('a link whose row or kind was changed is not valid', () =>
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (id, other) => {
        fc.pre(id !== other);
        const token = unsubscribeToken('s', 'e', id);
        return (
          readUnsubscribeToken('s', token.replace(id, other)) === null &&
          readUnsubscribeToken('s', `d${token.slice(1)}`) === null
        );
      }),
    ));

  it('anything else is not a link', () => {
    expect(readUnsubscribeToken('s', '')).toBeNull();
    expect(readUnsubscribeToken('s', 'x.1.abc')).toBeNull();
  });
});
