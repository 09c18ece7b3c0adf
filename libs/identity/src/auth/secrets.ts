import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret for links and refresh tokens (256 bits). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** How tokens are stored: their SHA-256, so a database leak does not hand them out. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
