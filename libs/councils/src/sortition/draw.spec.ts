import fc from 'fast-check';
import { draw, integerBelow, integerStream, PoolEntry } from './draw';

const genders = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const;
const poolArbitrary = fc
  .array(fc.constantFrom(...genders), { minLength: 0, maxLength: 40 })
  .map((list): PoolEntry[] => list.map((gender, i) => ({ id: `v${i}`, gender })));
const seedArbitrary = fc.string({ minLength: 1, maxLength: 30 });

/** The smallest |women - men| any selection of `seats` people from the pool reaches. */
function closestToParity(pool: PoolEntry[], seats: number): number {
  const women = pool.filter((p) => p.gender === 'FEMALE').length;
  const men = pool.filter((p) => p.gender === 'MALE').length;
  const others = pool.length - women - men;
  let best = Infinity;
  for (let w = 0; w <= Math.min(women, seats); w++) {
    for (let m = 0; m <= Math.min(men, seats - w); m++) {
      if (seats - w - m <= others) best = Math.min(best, Math.abs(w - m));
    }
  }
  return best;
}

/** Whether some selection of `seats` people from the pool keeps women and men within one. */
function parityPossible(pool: PoolEntry[], seats: number): boolean {
  const women = pool.filter((p) => p.gender === 'FEMALE').length;
  const men = pool.filter((p) => p.gender === 'MALE').length;
  const others = pool.length - women - men;
  for (let w = 0; w <= Math.min(women, seats); w++) {
    for (let m = 0; m <= Math.min(men, seats - w); m++) {
      if (seats - w - m <= others && Math.abs(w - m) <= 1) return true;
    }
  }
  return false;
}

describe('sortition draw (quorum-sortition-v1, SPEC §2), over random pools', () => {
  const runs = { numRuns: 300 };

  it('draws people of the pool, nobody twice, and fills every seat the pool can fill', () => {
    fc.assert(
      fc.property(
        poolArbitrary,
        fc.integer({ min: 0, max: 30 }),
        seedArbitrary,
        (pool, seats, seed) => {
          const result = draw(pool, seats, seed);
          expect(new Set(result).size).toBe(result.length);
          expect(result.length).toBe(Math.min(seats, pool.length));
          result.forEach((id) => expect(pool.some((p) => p.id === id)).toBe(true));
        },
      ),
      runs,
    );
  });

  it('puts no gender more than one seat apart when the pool allows it', () => {
    fc.assert(
      fc.property(
        poolArbitrary,
        fc.integer({ min: 0, max: 30 }),
        seedArbitrary,
        (pool, seats, seed) => {
          const target = Math.min(seats, pool.length);
          fc.pre(parityPossible(pool, target));
          const chosen = new Set(draw(pool, seats, seed));
          const women = pool.filter((p) => chosen.has(p.id) && p.gender === 'FEMALE').length;
          const men = pool.filter((p) => chosen.has(p.id) && p.gender === 'MALE').length;
          expect(Math.abs(women - men)).toBeLessThanOrEqual(1);
        },
      ),
      runs,
    );
  });

  it('when the pool does not allow parity, comes as close to it as any selection could', () => {
    fc.assert(
      fc.property(
        poolArbitrary,
        fc.integer({ min: 0, max: 30 }),
        seedArbitrary,
        (pool, seats, seed) => {
          const target = Math.min(seats, pool.length);
          const chosen = new Set(draw(pool, seats, seed));
          const women = pool.filter((p) => chosen.has(p.id) && p.gender === 'FEMALE').length;
          const men = pool.filter((p) => chosen.has(p.id) && p.gender === 'MALE').length;
          expect(Math.abs(women - men)).toBeLessThanOrEqual(
            Math.max(1, closestToParity(pool, target)),
          );
        },
      ),
      runs,
    );
  });

  it('is deterministic: anyone recomputing it from the published pool order, seats and seed gets the same result; another seed gives another one', () => {
    fc.assert(
      fc.property(
        poolArbitrary,
        fc.integer({ min: 1, max: 10 }),
        seedArbitrary,
        (pool, seats, seed) => {
          expect(draw(pool, seats, seed)).toEqual(draw([...pool], seats, seed));
        },
      ),
      runs,
    );
    const pool: PoolEntry[] = Array.from({ length: 30 }, (_, i) => ({
      id: `v${i}`,
      gender: i % 2 ? 'MALE' : 'FEMALE',
    }));
    expect(draw(pool, 10, 'seed A')).not.toEqual(draw(pool, 10, 'seed B'));
  });

  it('draws integers without bias towards small values (rejection sampling)', () => {
    const next = integerStream('uniformity');
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[integerBelow(next, 3)] += 1;
    counts.forEach((c) => expect(Math.abs(c - 10_000)).toBeLessThan(500));
  });

  it('matches a fixed vector of docs/sortition.md (the published algorithm cannot drift silently)', () => {
    // The first four bytes of SHA-256("quorum:0"), as documented in docs/sortition.md.
    expect(integerStream('quorum')()).toBe(3818567052);
    const pool: PoolEntry[] = ['FEMALE', 'MALE', 'FEMALE', 'MALE', 'OTHER', 'FEMALE'].map(
      (gender, i) => ({
        id: `v${i}`,
        gender: gender as PoolEntry['gender'],
      }),
    );
    expect(draw(pool, 4, 'Loto 2026-11-28: 3 17 22 38 41')).toEqual(['v2', 'v0', 'v1', 'v3']);
  });
});
