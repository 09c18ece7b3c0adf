/**
 * Answers that must not tell, by their timing, which path they took (sign-up and reset requests,
 * census claims) come no sooner than this: their work differs (an e-mail to queue, an audit row),
 * their timing must not.
 */
export const ANSWER_FLOOR_MS = 300;

/** Settles like `work`, but no sooner than `ms` after the call, whether it succeeds or fails. */
export async function notBefore<T>(ms: number, work: Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work;
  } finally {
    const left = ms - (Date.now() - started);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
}
