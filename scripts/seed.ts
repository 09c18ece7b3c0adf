/**
 * Demo data (`npm run seed`): a set of named steps, each applied once in its own transaction and
 * recorded in seed_step, so the command can run again safely and later issues add steps.
 */
import { dataSourceOptions, SeedStep } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { DataSource, EntityManager } from 'typeorm';

interface SeedContext {
  em: EntityManager;
  audit: AuditService;
  townName: string;
}

interface Step {
  name: string;
  apply(context: SeedContext): Promise<void>;
}

const STEPS: Step[] = [
  {
    name: 'demo-town',
    apply: async ({ em, audit, townName }) => {
      await audit.record(em, {
        action: 'town.demo-seeded',
        objectType: 'town',
        objectId: 'demo',
        after: { name: townName },
      });
    },
  },
];

/** Applies the steps not applied yet; returns their names. */
export async function runSeed(
  databaseUrl: string,
  townName = 'Ville de démonstration',
): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  const audit = new AuditService(dataSource);
  const applied: string[] = [];
  try {
    for (const step of STEPS) {
      const done = await dataSource.transaction(async (em) => {
        const inserted: unknown[] = await em.query(
          'INSERT INTO seed_step (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING name',
          [step.name],
        );
        if (inserted.length === 0) return false;
        await step.apply({ em, audit, townName });
        return true;
      });
      if (done) applied.push(step.name);
    }
  } finally {
    await dataSource.destroy();
  }
  return applied;
}

/** Whether the database has never been seeded (what `npm start` checks). */
export async function isSeeded(databaseUrl: string): Promise<boolean> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    return (await dataSource.getRepository(SeedStep).count()) > 0;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'DATABASE_URL is not set. Run `npm start` (which seeds an empty database) or export it.',
    );
    process.exit(78);
  }
  runSeed(url, process.env.TOWN_NAME || undefined)
    .then((steps) =>
      console.log(steps.length ? `Seeded: ${steps.join(', ')}` : 'Demo data already present.'),
    )
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
