import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * One-click unsubscribe links (RFC 8058): `<kind>.<id>.<hmac>`, where the id is the e-mail row
 * (kind `e`: that event type) or the digest (kind `d`: every type the person gets in digests).
 * The link names no account: the row does, so a link only ever acts for its own person.
 */
export function unsubscribeToken(secret: string, kind: 'e' | 'd', id: string): string {
  return `${kind}.${id}.${sign(secret, `${kind}.${id}`)}`;
}

export function readUnsubscribeToken(
  secret: string,
  token: string,
): { kind: 'e' | 'd'; id: string } | null {
  const match = /^([ed])\.([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const expected = Buffer.from(sign(secret, `${match[1]}.${match[2]}`));
  const given = Buffer.from(match[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { kind: match[1] as 'e' | 'd', id: match[2] };
}

function sign(secret: string, value: string): string {
  return createHmac('sha256', `unsubscribe:${secret}`).update(value).digest('base64url');
}
