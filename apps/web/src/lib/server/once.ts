// A double tap counts once (WEB.md): a form that creates something carries a one-time key, drawn
// when the page is rendered. The first post with a key runs; a second post with the same key, even
// one arriving while the first is still running, gets the first one's redirect instead of creating
// a second meeting or agenda item. A post that fails (a field error, a refusal) frees its key, so
// the corrected form can be sent again. Kept in this process's memory for a while: the site runs as
// one Node process; several instances behind a balancer would need a shared store (Redis).
import { randomUUID } from 'node:crypto';

/** How long a used key is remembered: longer than any double tap or reload of a slow network. */
const KEEP_MS = 15 * 60_000;
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Used {
  until: number;
  /** Where the first post redirected, or null once it failed. */
  location: Promise<string | null>;
}
const used = new Map<string, Used>();

/** A fresh key for one rendering of a form (its hidden `key` field). */
export const formKey = () => randomUUID();

/** What an action returns when it succeeded: where to redirect. */
export interface Done {
  location: string;
}
const isDone = (r: unknown): r is Done =>
  typeof r === 'object' && r !== null && 'location' in r && typeof r.location === 'string';

/**
 * Runs `run` once per `key` (within `scope`, e.g. the action and the item it acts on). Without a
 * well-formed key (an old page), it simply runs.
 */
export async function once<F>(
  scope: string,
  key: string,
  run: () => Promise<Done | F>,
): Promise<Done | F> {
  if (!KEY.test(key)) return run();
  const now = Date.now();
  for (const [k, u] of used) if (u.until < now) used.delete(k);
  const id = `${scope}:${key}`;
  const earlier = used.get(id);
  if (earlier) {
    const location = await earlier.location;
    if (location) return { location };
  }
  let settle: (location: string | null) => void = () => {};
  const entry: Used = {
    until: now + KEEP_MS,
    location: new Promise((resolve) => (settle = resolve)),
  };
  used.set(id, entry);
  try {
    const r = await run();
    settle(isDone(r) ? r.location : null);
    if (!isDone(r) && used.get(id) === entry) used.delete(id);
    return r;
  } catch (e) {
    settle(null);
    if (used.get(id) === entry) used.delete(id);
    throw e;
  }
}
