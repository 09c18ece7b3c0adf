import { DomainError } from './domain-error';

/**
 * PostgreSQL's classes and codes that say "the server is not there (now)", not "your request is
 * wrong": connection exceptions (08…), operator intervention (57P01 admin shutdown, 57P02 crash
 * shutdown, 57P03 cannot connect now), and too many connections (53300).
 */
const POSTGRES_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;
/** Node's socket errors when the peer is gone or never answered. */
const SOCKET_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * What node-postgres and ioredis say when a connection ends or cannot be had (they give no code):
 * pg's "Connection terminated…" and pool timeout, ioredis's closed connection, offline queue and
 * retries exhausted.
 */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /^Connection is closed\.?$/,
  /enableOfflineQueue options is false/,
  /^Reached the max retries per request limit/,
];

/** Does `error` (or what it wraps: TypeORM's driverError, a cause) say a backing service is down? */
export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, driverError, cause, name } = error as Record<string, unknown>;
  if (typeof code === 'string' && (POSTGRES_UNAVAILABLE.test(code) || SOCKET_ERRORS.has(code)))
    return true;
  // ioredis gave up on a command; TypeORM's connection was dropped under the transaction (PostgreSQL
  // went away before COMMIT was sent, so nothing was committed).
  if (name === 'MaxRetriesPerRequestError' || name === 'QueryRunnerAlreadyReleasedError')
    return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(message))) return true;
  return isServiceUnavailable(driverError, depth + 1) || isServiceUnavailable(cause, depth + 1);
}

/**
 * SERVICE_UNAVAILABLE: the database or Redis is down. Usually nothing was done, but a connection
 * lost while its COMMIT was on the way leaves the outcome unknown: a change may have been saved.
 * So the message asks to check before trying again (a support, a vote, a follow are one per person
 * and safe to resend; a new proposal, comment or report is not).
 */
export const serviceUnavailable = (): DomainError =>
  new DomainError('SERVICE_UNAVAILABLE', {
    fr: 'Le service est momentanément indisponible. Si vous enregistriez quelque chose, vérifiez dans quelques instants s’il l’a été avant de réessayer.',
    en: 'The service is temporarily unavailable. If you were saving something, check in a moment whether it was saved before trying again.',
  });
