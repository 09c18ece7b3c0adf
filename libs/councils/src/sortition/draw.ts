/**
 * The sortition algorithm, "quorum-sortition-v1". Pure and deterministic: anyone can recompute a
 * draw from its public inputs (the pool in its published order, the seats, the seed). Steps:
 *
 * 1. Random numbers: block k is SHA-256(UTF-8 of `${seed}:${k}`), k = 0, 1, 2…; each block gives
 *    eight unsigned 32-bit big-endian integers, used in order.
 * 2. An integer below n is drawn by rejection: take the next integer u; reject it while
 *    u >= 2^32 - (2^32 mod n); answer u mod n.
 * 3. The pool is shuffled with Fisher–Yates: for i from n-1 down to 1, swap positions i and
 *    (integer below i+1).
 * 4. Parity: let D be the smallest |women - men| any full selection of `seats` people from the pool
 *    can reach, and allowed = max(1, D). Candidates are taken in shuffled order; one is skipped
 *    only if taking them would make it impossible to end with |women - men| <= allowed using the
 *    candidates after them. (OTHER and UNDISCLOSED count for neither.)
 * 5. The result is the ids taken, in the order taken: min(seats, pool size) people.
 */
import { createHash } from 'node:crypto';

export const SORTITION_ALGORITHM = 'quorum-sortition-v1';

export interface PoolEntry {
  id: string;
  gender: 'FEMALE' | 'MALE' | 'OTHER' | 'UNDISCLOSED';
}

/** Step 1: the stream of 32-bit integers of a seed. */
export function integerStream(seed: string): () => number {
  let block = 0;
  let buffer = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset >= buffer.length) {
      buffer = createHash('sha256').update(`${seed}:${block}`, 'utf8').digest();
      block += 1;
      offset = 0;
    }
    const value = buffer.readUInt32BE(offset);
    offset += 4;
    return value;
  };
}

/** Step 2: an unbiased integer in [0, n). */
export function integerBelow(next: () => number, n: number): number {
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const u = next();
    if (u < limit) return u % n;
  }
}

interface Tally {
  women: number;
  men: number;
  others: number;
}

const tallyOf = (entries: PoolEntry[]): Tally => ({
  women: entries.filter((e) => e.gender === 'FEMALE').length,
  men: entries.filter((e) => e.gender === 'MALE').length,
  others: entries.filter((e) => e.gender !== 'FEMALE' && e.gender !== 'MALE').length,
});

/** The smallest |women - men| reachable by adding `seats` people from `available` to `taken`. */
function bestImbalance(taken: Tally, available: Tally, seats: number): number {
  let best = Infinity;
  for (let w = 0; w <= Math.min(available.women, seats); w++) {
    for (let m = 0; m <= Math.min(available.men, seats - w); m++) {
      if (seats - w - m > available.others) continue;
      best = Math.min(best, Math.abs(taken.women + w - (taken.men + m)));
    }
  }
  return best;
}

/** Steps 3 to 5. */
export function draw(pool: PoolEntry[], seats: number, seed: string): string[] {
  const next = integerStream(seed);
  const order = [...pool];
  for (let i = order.length - 1; i > 0; i--) {
    const j = integerBelow(next, i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const target = Math.min(seats, pool.length);
  const allowed = Math.max(
    1,
    bestImbalance({ women: 0, men: 0, others: 0 }, tallyOf(pool), target),
  );
  const taken: PoolEntry[] = [];
  for (let i = 0; i < order.length && taken.length < target; i++) {
    const withCandidate = tallyOf([...taken, order[i]]);
    const rest = tallyOf(order.slice(i + 1));
    if (bestImbalance(withCandidate, rest, target - taken.length - 1) <= allowed)
      taken.push(order[i]);
  }
  return taken.map((entry) => entry.id);
}
