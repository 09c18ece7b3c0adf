/**
 * Demo data (`npm run seed`): a set of named steps, each applied once in its own transaction and
 * recorded in seed_step, so the command can run again safely and later issues add steps.
 */
import { dataSourceOptions, SeedStep } from '@quorum/db';
import { censusEntryHash, normalizeName, PasswordService } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { DataSource, EntityManager } from 'typeorm';

export interface SeedOptions {
  townName: string;
  censusHashKey: string;
}

interface SeedContext extends SeedOptions {
  em: EntityManager;
  audit: AuditService;
}

/** Demo data only: never used outside a demo database. Printed by `npm start`. */
export const DEMO_PASSWORD = 'quorum-demo-2026';

export const DEMO_LOGINS = [
  { email: 'admin@demo.quorum.local', who: 'admin' },
  { email: 'agent.martin@demo.quorum.local', who: 'agent·e de la mairie' },
  { email: 'agent.diallo@demo.quorum.local', who: 'agent·e de la mairie' },
  { email: 'lea.habitante@demo.quorum.local', who: 'habitante vérifiée (par une agente)' },
  { email: 'karim.habitant@demo.quorum.local', who: 'habitant vérifié (recensement)' },
  { email: 'ines.habitante@demo.quorum.local', who: 'habitante, résidence non vérifiée' },
  { email: 'tom.nouveau@demo.quorum.local', who: 'habitant, e-mail non confirmé' },
] as const;

async function insertAccount(
  em: EntityManager,
  fields: {
    email: string;
    displayName: string;
    role: string;
    verified: boolean;
    neighbourhood?: string;
    method?: string;
  },
  passwordHash: string,
): Promise<string> {
  const [row]: { id: string }[] = await em.query(
    `INSERT INTO account (email, display_name, password_hash, role, email_verified_at,
                          residency_neighbourhood, residency_verified_at, residency_method)
     VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END, $6::text,
             CASE WHEN $6::text IS NOT NULL THEN now() END, $7::text)
     RETURNING id`,
    [
      fields.email,
      fields.displayName,
      passwordHash,
      fields.role,
      fields.verified,
      fields.neighbourhood ?? null,
      fields.method ?? null,
    ],
  );
  return row.id;
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
  {
    name: 'demo-accounts',
    apply: async ({ em, audit, censusHashKey }) => {
      const hash = await new PasswordService().hash(DEMO_PASSWORD);
      const ids: Record<string, string> = {};
      const people = [
        {
          email: DEMO_LOGINS[0].email,
          displayName: 'Administratrice Quorum',
          role: 'ADMIN',
          verified: true,
        },
        {
          email: DEMO_LOGINS[1].email,
          displayName: 'Claire Martin (mairie)',
          role: 'AGENT',
          verified: true,
        },
        {
          email: DEMO_LOGINS[2].email,
          displayName: 'Moussa Diallo (mairie)',
          role: 'AGENT',
          verified: true,
        },
        {
          email: DEMO_LOGINS[3].email,
          displayName: 'Léa B.',
          role: 'RESIDENT',
          verified: true,
          neighbourhood: 'centre ville',
          method: 'AGENT',
        },
        {
          email: DEMO_LOGINS[4].email,
          displayName: 'Karim T.',
          role: 'RESIDENT',
          verified: true,
          neighbourhood: 'les coteaux',
          method: 'CENSUS',
        },
        { email: DEMO_LOGINS[5].email, displayName: 'Inès R.', role: 'RESIDENT', verified: true },
        { email: DEMO_LOGINS[6].email, displayName: 'Tom N.', role: 'RESIDENT', verified: false },
      ];
      for (const person of people) ids[person.email] = await insertAccount(em, person, hash);

      // A census list of three people; Karim has claimed his entry, Inès can claim hers.
      const census = [
        {
          lastName: 'Toumi',
          firstNames: 'Karim',
          birthDate: '1988-06-14',
          neighbourhood: 'Les Coteaux',
        },
        {
          lastName: 'Roux',
          firstNames: 'Inès',
          birthDate: '1995-02-03',
          neighbourhood: 'Centre-Ville',
        },
        {
          lastName: 'Girard',
          firstNames: 'Paul André',
          birthDate: '1951-11-30',
          neighbourhood: 'Les Coteaux',
        },
      ];
      const agentId = ids[DEMO_LOGINS[1].email];
      const [{ id: importId }]: { id: string }[] = await em.query(
        `INSERT INTO census_import (imported_by, accepted, rejected) VALUES ($1, $2, 0) RETURNING id`,
        [agentId, census.length],
      );
      for (const person of census) {
        const claimedBy = person.firstNames === 'Karim' ? ids[DEMO_LOGINS[4].email] : null;
        await em.query(
          `INSERT INTO census_entry (entry_hash, import_id, claimed_by, claimed_at)
           VALUES ($1, $2, $3, CASE WHEN $3::uuid IS NOT NULL THEN now() END)`,
          [censusEntryHash(censusHashKey, person, person.birthDate), importId, claimedBy],
        );
      }
      await audit.record(em, {
        actorId: agentId,
        actorRole: 'AGENT',
        action: 'census.imported',
        objectType: 'census_import',
        objectId: importId,
        after: { accepted: census.length, rejected: 0 },
      });
      await audit.record(em, {
        actorId: agentId,
        actorRole: 'AGENT',
        action: 'resident.verified',
        objectType: 'account',
        objectId: ids[DEMO_LOGINS[3].email],
        after: { neighbourhood: normalizeName('Centre-Ville'), method: 'AGENT' },
      });
    },
  },
];

/** Applies the steps not applied yet; returns their names. */
export async function runSeed(databaseUrl: string, options: SeedOptions): Promise<string[]> {
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
        await step.apply({ em, audit, ...options });
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
  const { DATABASE_URL: url, CENSUS_HASH_KEY: censusHashKey, TOWN_NAME: townName } = process.env;
  if (process.env.NODE_ENV === 'production') {
    console.error(
      'Refusing to seed demo accounts (with a public password) when NODE_ENV=production.',
    );
    process.exit(1);
  }
  if (!url || !censusHashKey) {
    console.error(
      'Set DATABASE_URL and CENSUS_HASH_KEY (or run `npm start`, which seeds an empty database).',
    );
    process.exit(78);
  }
  runSeed(url, { townName: townName || 'Ville de démonstration', censusHashKey })
    .then((steps) =>
      console.log(steps.length ? `Seeded: ${steps.join(', ')}` : 'Demo data already present.'),
    )
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
