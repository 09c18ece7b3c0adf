import fc from 'fast-check';
import { draw, integerBelow, integerStream, PoolEntry } from './draw';

const genders = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const;
const poolArbitrary = fc
  .array(fc.constantFrom(...genders), { minLength: 0, maxLength: 40 })
  .map((list): PoolEntry[] => list.map((gender, i) => ({ id: `v${i}`, gender })));
const seedArbitrary = fc.string({ minLength: 1, maxLength: 30 });

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

describe('sortition draw (quorum-sortition-v1), over random pools', () => {
  const runs = { numRuns: 300 };

  it('never picks anyone twice, and fills the seats when the pool is large enough', () => {
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

  it('never breaks parity when the pool allows it', () => {
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

  it('always gives the same result for the same inputs, and another one for another seed', () => {
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

  it('matches a fixed vector (the published algorithm cannot drift silently)', () => {
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
