/**
 * Recomputes a draw by lot from its public data alone, as any resident could:
 *   npm run verify-sortition -- <sortition id> [GraphQL URL, default http://localhost:3000/graphql]
 * It reads `sortition(id)` anonymously, runs quorum-sortition-v1 (docs/sortition.md) on the pool in
 * its published order with the published seed, and compares with the published result.
 */
import { draw, PoolEntry, SORTITION_ALGORITHM } from '@quorum/councils';

interface PublicSortition {
  status: string;
  seats: number;
  algorithm: string;
  seedRule: string;
  seed: string | null;
  result: string[] | null;
  pool: {
    position: number;
    volunteerId: string;
    gender: PoolEntry['gender'];
    displayName: string;
  }[];
}

async function main(): Promise<void> {
  const [id, url = 'http://localhost:3000/graphql'] = process.argv.slice(2);
  if (!id) {
    console.error('usage: npm run verify-sortition -- <sortition id> [GraphQL URL]');
    process.exit(2);
  }
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($id: ID!) { sortition(id: $id) { status seats algorithm seedRule seed result
                pool { position volunteerId gender displayName } } }`,
      variables: { id },
    }),
  });
  const body = (await response.json()) as {
    data?: { sortition: PublicSortition };
    errors?: { message: string }[];
  };
  if (!body.data)
    throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  const sortition = body.data.sortition;
  if (sortition.algorithm !== SORTITION_ALGORITHM)
    throw new Error(`Unknown algorithm ${sortition.algorithm}`);
  if (sortition.status !== 'DRAWN' || !sortition.seed || !sortition.result) {
    console.log(
      `Not drawn yet. Pool frozen: ${sortition.pool.length} volunteers; seed rule: ${sortition.seedRule}`,
    );
    return;
  }
  const pool = [...sortition.pool]
    .sort((a, b) => a.position - b.position)
    .map((p) => ({ id: p.volunteerId, gender: p.gender }));
  const recomputed = draw(pool, sortition.seats, sortition.seed);
  const names = new Map(sortition.pool.map((p) => [p.volunteerId, p.displayName]));
  console.log(`Seed: ${sortition.seed}`);
  console.log(`Recomputed: ${recomputed.map((v) => names.get(v)).join(', ')}`);
  if (JSON.stringify(recomputed) !== JSON.stringify(sortition.result)) {
    console.error(`MISMATCH: published ${sortition.result.join(', ')}`);
    process.exit(1);
  }
  console.log('OK: the published result is what the algorithm gives.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
