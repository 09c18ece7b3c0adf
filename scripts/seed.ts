/**
 * Demo data (`npm run seed`): a set of named steps, each applied once in its own transaction and
 * recorded in seed_step, so the command can run again safely and later issues add steps.
 */
import { CHARTER_DEFAULTS, draw, PoolEntry, SORTITION_ALGORITHM } from '@quorum/councils';
import { renderMarkdown } from '@quorum/core';
import { dataSourceOptions, SeedStep } from '@quorum/db';
import { censusEntryHash, normalizeName, PasswordService } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { seedMeetings, seedPracticeMeeting } from './seed-meetings';
import { seedPlaces } from './seed-places';
import { seedSolidarity } from './seed-solidarity';
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
  {
    name: 'demo-councils',
    apply: async ({ em, audit }) => {
      const hash = await new PasswordService().hash(DEMO_PASSWORD);
      const accountId = async (email: string) =>
        (
          (await em.query(`SELECT id FROM account WHERE email = $1`, [email])) as { id: string }[]
        )[0].id;
      const agentId = await accountId(DEMO_LOGINS[1].email);
      const term = (years: number) => {
        const start = new Date().toISOString().slice(0, 10);
        const end = new Date();
        end.setUTCFullYear(end.getUTCFullYear() + years);
        end.setUTCDate(end.getUTCDate() - 1);
        return [start, end.toISOString().slice(0, 10)];
      };
      const [termStart, termEnd] = term(CHARTER_DEFAULTS.termYears);
      const councils = [
        {
          slug: 'centre-ville',
          name: 'Conseil de quartier Centre-Ville',
          neighbourhood: 'centre ville',
          neighbourhoodName: 'Centre-Ville',
          perimeter: 'De la place de la Mairie au canal, rue des Halles incluse.',
        },
        {
          slug: 'les-coteaux',
          name: 'Conseil de quartier des Coteaux',
          neighbourhood: 'les coteaux',
          neighbourhoodName: 'Les Coteaux',
          perimeter: 'Les hauts de la ville, du chemin des Vignes au parc des Coteaux.',
        },
        {
          slug: 'bords-de-loire',
          name: 'Conseil de quartier des Bords de Loire',
          neighbourhood: 'bords de loire',
          neighbourhoodName: 'Bords de Loire',
          perimeter: 'Les quais, de la passerelle au port de plaisance.',
        },
      ];
      let n = 0;
      const newMember = async (neighbourhood: string, name: string) => {
        n += 1;
        const email = `membre${String(n).padStart(2, '0')}@demo.quorum.local`;
        return insertAccount(
          em,
          {
            email,
            displayName: name,
            role: 'RESIDENT',
            verified: true,
            neighbourhood,
            method: 'AGENT',
          },
          hash,
        );
      };
      const seat = (
        councilId: string,
        person: string,
        college: string,
        role: string,
        group: string | null,
        sortitionId: string | null = null,
      ) =>
        em.query(
          `INSERT INTO council_membership (council_id, account_id, college, role, political_group, term_start, term_end, sortition_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [councilId, person, college, role, group, termStart, termEnd, sortitionId],
        );
      const ids: Record<string, string> = {};
      for (const council of councils) {
        const [{ id }]: { id: string }[] = await em.query(
          `INSERT INTO council (slug, name, neighbourhood, neighbourhood_name, perimeter_description, charter_version)
           VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
          [
            council.slug,
            council.name,
            council.neighbourhood,
            council.neighbourhoodName,
            council.perimeter,
          ],
        );
        ids[council.slug] = id;
        await em.query(
          `INSERT INTO council_charter (council_id, version, support_threshold, support_window_days, response_deadline_days,
             convocation_notice_days, quorum, minutes_publication_days, opposition_agenda_quota, term_years,
             resident_co_chair_required, resident_seats, association_seats, majority_seats, opposition_seats, changed_by)
           VALUES ($1, 1, $2, $3, $4, $5, NULL, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          [
            id,
            council.slug === 'centre-ville' ? 10 : CHARTER_DEFAULTS.supportThreshold,
            CHARTER_DEFAULTS.supportWindowDays,
            CHARTER_DEFAULTS.responseDeadlineDays,
            CHARTER_DEFAULTS.convocationNoticeDays,
            CHARTER_DEFAULTS.minutesPublicationDays,
            CHARTER_DEFAULTS.oppositionAgendaQuota,
            CHARTER_DEFAULTS.termYears,
            true,
            6,
            2,
            2,
            1,
            agentId,
          ],
        );
        await seat(
          id,
          await newMember(council.neighbourhood, `Élu·e majorité ${council.slug}`),
          'ELECTED_MAJORITY',
          'CHAIR',
          'Ensemble pour Demoville',
        );
        await seat(
          id,
          await newMember(council.neighbourhood, `Habitant·e ${council.slug}`),
          'RESIDENTS',
          'CO_CHAIR',
          null,
        );
        await seat(
          id,
          await newMember(council.neighbourhood, `Association ${council.slug}`),
          'ASSOCIATIONS',
          'SECRETARY',
          null,
        );
        await seat(
          id,
          await newMember(council.neighbourhood, `Élu·e opposition ${council.slug}`),
          'ELECTED_OPPOSITION',
          'MEMBER',
          'Demoville Autrement',
        );
        await audit.record(em, {
          actorId: agentId,
          actorRole: 'AGENT',
          action: 'council.created',
          objectType: 'council',
          objectId: id,
          after: { slug: council.slug },
        });
      }
      // Léa chairs nothing but sits on her council; residents follow theirs.
      await seat(
        ids['centre-ville'],
        await accountId(DEMO_LOGINS[3].email),
        'RESIDENTS',
        'MEMBER',
        null,
      );
      for (const [email, slug] of [
        [DEMO_LOGINS[3].email, 'centre-ville'],
        [DEMO_LOGINS[4].email, 'les-coteaux'],
        [DEMO_LOGINS[5].email, 'centre-ville'],
      ]) {
        await em.query(`INSERT INTO council_follower (council_id, account_id) VALUES ($1, $2)`, [
          ids[slug],
          await accountId(email),
        ]);
      }

      // A completed draw for Les Coteaux: eight volunteers, three seats, a seed published in advance.
      const genders: PoolEntry['gender'][] = [
        'FEMALE',
        'MALE',
        'FEMALE',
        'MALE',
        'UNDISCLOSED',
        'FEMALE',
        'MALE',
        'FEMALE',
      ];
      const pool: PoolEntry[] = [];
      const volunteerAccount: Record<string, string> = {};
      for (const [i, gender] of genders.entries()) {
        const person =
          i === 0
            ? await accountId(DEMO_LOGINS[4].email)
            : await newMember('les coteaux', `Volontaire ${i + 1}`);
        const [{ id }]: { id: string }[] = await em.query(
          `INSERT INTO sortition_volunteer (council_id, account_id, gender, created_at) VALUES ($1, $2, $3, now() - make_interval(mins => $4)) RETURNING id`,
          [ids['les-coteaux'], person, gender, 100 - i],
        );
        pool.push({ id, gender });
        volunteerAccount[id] = person;
      }
      const seed = 'Loto du samedi 21 novembre 2026 : 4 12 19 33 45, numéro chance 8';
      const result = draw(pool, 3, seed);
      const [{ id: sortitionId }]: { id: string }[] = await em.query(
        `INSERT INTO sortition (council_id, status, seats, algorithm, seed_rule, seed, pool, result, announced_at, drawn_at)
         VALUES ($1, 'DRAWN', 3, $2, $3, $4, $5::jsonb, $6::jsonb, now() - interval '10 days', now() - interval '3 days') RETURNING id`,
        [
          ids['les-coteaux'],
          SORTITION_ALGORITHM,
          'Les numéros du tirage du Loto du samedi 21 novembre 2026',
          seed,
          JSON.stringify(pool),
          JSON.stringify(result),
        ],
      );
      for (const volunteerId of result)
        await seat(
          ids['les-coteaux'],
          volunteerAccount[volunteerId],
          'RESIDENTS',
          'MEMBER',
          null,
          sortitionId,
        );
      await audit.record(em, {
        actorId: agentId,
        actorRole: 'AGENT',
        action: 'sortition.drawn',
        objectType: 'sortition',
        objectId: sortitionId,
        after: { seed, result },
      });
    },
  },
  {
    name: 'demo-proposals',
    apply: async ({ em, audit }) => {
      const hash = await new PasswordService().hash(DEMO_PASSWORD);
      const accountId = async (email: string) =>
        (
          (await em.query(`SELECT id FROM account WHERE email = $1`, [email])) as { id: string }[]
        )[0].id;
      const [centre] = (await em.query(`SELECT id FROM council WHERE slug = 'centre-ville'`)) as {
        id: string;
      }[];
      const lea = await accountId(DEMO_LOGINS[3].email);
      const ines = await accountId(DEMO_LOGINS[5].email);
      const neighbours: string[] = [];
      for (let i = 1; i <= 10; i++) {
        neighbours.push(
          await insertAccount(
            em,
            {
              email: `voisin${String(i).padStart(2, '0')}@demo.quorum.local`,
              displayName: `Voisin·e ${i}`,
              role: 'RESIDENT',
              verified: true,
              neighbourhood: 'centre ville',
              method: 'AGENT',
            },
            hash,
          ),
        );
      }
      const proposals: {
        title: string;
        body: string;
        category: string;
        status: string;
        author: string;
        supports: number;
        extra?: string;
      }[] = [
        {
          title: 'Un composteur collectif au square des Lilas',
          body: 'Un **composteur** partagé, entretenu par les voisin·es volontaires.',
          category: 'ENVIRONMENT',
          status: 'PUBLISHED',
          author: lea,
          supports: 4,
        },
        {
          title: 'Une piste cyclable rue de la Gare',
          body: 'Pour aller au lycée à vélo en sécurité.',
          category: 'MOBILITY',
          status: 'QUALIFIED',
          author: lea,
          supports: 10,
        },
        {
          title: 'Des bancs place du Marché',
          body: 'Pour que chacun·e puisse se reposer.',
          category: 'PUBLIC_SPACE',
          status: 'ON_AGENDA',
          author: neighbours[0],
          supports: 10,
        },
        {
          title: 'Des arceaux vélo devant la médiathèque',
          body: 'Il n’y en a aucun aujourd’hui.',
          category: 'MOBILITY',
          status: 'ADOPTED',
          author: neighbours[1],
          supports: 10,
        },
        {
          title: 'Un éclairage du passage des Tanneurs',
          body: 'Le passage est très sombre l’hiver.',
          category: 'SAFETY',
          status: 'ANSWERED',
          author: neighbours[2],
          supports: 10,
        },
        {
          title: 'Une boîte à livres près de l’école',
          body: 'Échanger des livres entre voisin·es.',
          category: 'CULTURE_SPORT',
          status: 'IMPLEMENTED',
          author: neighbours[3],
          supports: 10,
        },
        {
          title: 'Un parking en sous-sol sous la place',
          body: 'Pour désengorger les rues.',
          category: 'MOBILITY',
          status: 'REJECTED',
          author: neighbours[4],
          supports: 10,
        },
        {
          title: 'Une fête de quartier en juin',
          body: 'Finalement organisée par l’association.',
          category: 'CULTURE_SPORT',
          status: 'WITHDRAWN',
          author: neighbours[5],
          supports: 2,
        },
        {
          title: 'Un terrain de pétanque rue Haute',
          body: 'Pas assez de soutiens à temps.',
          category: 'CULTURE_SPORT',
          status: 'EXPIRED',
          author: neighbours[6],
          supports: 3,
        },
        {
          title: 'Propos hors charte',
          body: 'Contenu masqué par la modération.',
          category: 'OTHER',
          status: 'PUBLISHED',
          author: neighbours[7],
          supports: 0,
          extra: 'Propos injurieux envers une personne (charte, article 3).',
        },
        {
          title: 'Des jardinières rue des Écoles',
          body: 'Brouillon en cours d’écriture.',
          category: 'ENVIRONMENT',
          status: 'DRAFT',
          author: ines,
          supports: 0,
        },
      ];
      for (const p of proposals) {
        const published = p.status !== 'DRAFT';
        const [{ id }]: { id: string }[] = await em.query(
          `INSERT INTO proposal (council_id, author_id, title, body_markdown, body_html, category, status, support_count,
             support_threshold, published_at, expires_at, qualified_at, decided_at, answer_deadline, answer,
             answer_justification, answered_at, implemented_at, withdrawn_at, hidden_at, hidden_reason)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
             CASE WHEN $9 THEN 10 END, CASE WHEN $9 THEN now() - interval '20 days' END,
             CASE WHEN $9 THEN now() + interval '70 days' END,
             CASE WHEN $7 IN ('QUALIFIED','ON_AGENDA','ADOPTED','ANSWERED','IMPLEMENTED','REJECTED') THEN now() - interval '10 days' END,
             CASE WHEN $7 IN ('ADOPTED','ANSWERED','IMPLEMENTED','REJECTED') THEN now() - interval '5 days' END,
             CASE WHEN $7 IN ('ADOPTED','ANSWERED','IMPLEMENTED') THEN current_date + 55 END,
             CASE WHEN $7 = 'ANSWERED' THEN 'PARTIALLY_ACCEPTED' WHEN $7 = 'IMPLEMENTED' THEN 'ACCEPTED' END,
             CASE WHEN $7 IN ('ANSWERED','IMPLEMENTED') THEN 'La mairie prévoit les travaux au budget 2027.' END,
             CASE WHEN $7 IN ('ANSWERED','IMPLEMENTED') THEN now() - interval '2 days' END,
             CASE WHEN $7 = 'IMPLEMENTED' THEN now() - interval '1 day' END,
             CASE WHEN $7 = 'WITHDRAWN' THEN now() - interval '3 days' END,
             CASE WHEN $10::text IS NOT NULL THEN now() - interval '1 day' END,
             $10)
           RETURNING id`,
          [
            centre.id,
            p.author,
            p.title,
            p.body,
            renderMarkdown(p.body),
            p.category,
            p.status,
            p.supports,
            published,
            p.extra ?? null,
          ],
        );
        for (const supporter of neighbours.slice(0, p.supports)) {
          await em.query(`INSERT INTO proposal_support (proposal_id, account_id) VALUES ($1, $2)`, [
            id,
            supporter,
          ]);
        }
        if (p.status === 'PUBLISHED') {
          const [{ id: commentId }]: { id: string }[] = await em.query(
            `INSERT INTO comment (proposal_id, author_id, body_markdown, body_html) VALUES ($1, $2, $3, $4) RETURNING id`,
            [
              id,
              neighbours[8],
              'Très bonne idée, je peux aider le samedi.',
              renderMarkdown('Très bonne idée, je peux aider le samedi.'),
            ],
          );
          await em.query(
            `INSERT INTO comment (proposal_id, author_id, parent_id, body_markdown, body_html) VALUES ($1, $2, $3, $4, $5)`,
            [
              id,
              lea,
              commentId,
              'Merci ! On en parle à la prochaine séance.',
              renderMarkdown('Merci ! On en parle à la prochaine séance.'),
            ],
          );
        }
        await audit.record(em, {
          actorId: p.author,
          action: 'proposal.submitted',
          objectType: 'proposal',
          objectId: id,
          after: { status: p.status },
        });
      }
    },
  },
  {
    name: 'demo-meetings',
    apply: ({ em, audit }) => seedMeetings(em, audit),
  },
  {
    name: 'demo-practice-meeting',
    apply: async ({ em, audit }) => void (await seedPracticeMeeting(em, audit)),
  },
  { name: 'demo-works', apply: ({ em, audit }) => seedWorks(em, audit) },
  // s19-places: the register of public places (scripts/seed-places.ts).
  { name: 'demo-places', apply: ({ em, audit }) => seedPlaces(em, audit) },
  // Issue 19: partner associations and the solidarity page (scripts/seed-solidarity.ts).
  {
    name: 'demo-solidarity',
    apply: ({ em, audit }) => seedSolidarity(em, audit),
  },
];

/**
 * s19-works: a works project under way in the first council's perimeter, its detour in two
 * versions, and two reports on it, one answered by the town hall.
 */
async function seedWorks(em: EntityManager, audit: AuditService): Promise<void> {
  const [agent] = (await em.query(
    `SELECT id FROM account WHERE role IN ('AGENT', 'ADMIN') ORDER BY role DESC, created_at LIMIT 1`,
  )) as { id: string }[];
  const [council] = (await em.query(`SELECT id FROM council ORDER BY created_at LIMIT 1`)) as {
    id: string;
  }[];
  const [resident] = (await em.query(
    `SELECT id FROM account WHERE role = 'RESIDENT' ORDER BY created_at LIMIT 1`,
  )) as { id: string }[];
  if (!agent || !council) return;
  const [works] = (await em.query(
    `INSERT INTO works (title, description, address, geometry, starts_on, ends_on, assessment_due_on, detour_version, created_by)
     VALUES ('Réfection du trottoir de la rue de la Gare',
             'Le trottoir nord est refait à neuf, avec des bateaux abaissés à chaque traversée.',
             'rue de la Gare, du n° 2 au n° 40',
             '{"type":"LineString","coordinates":[[2.3522,48.8566],[2.3547,48.8579]]}',
             current_date - 3, current_date + 25, current_date - 5, 2, $1)
     RETURNING id`,
    [agent.id],
  )) as { id: string }[];
  await em.query(`INSERT INTO works_council (works_id, council_id) VALUES ($1, $2)`, [
    works.id,
    council.id,
  ]);
  await em.query(
    `INSERT INTO works_detour (works_id, version, description, accessible, reason, created_by, created_at) VALUES
       ($1, 1, 'Par le trottoir sud, traversée au passage piéton du n° 2.', false, NULL, $2, now() - interval '3 days'),
       ($1, 2, 'Par la rue Neuve, trottoir abaissé aux deux bouts.', true,
        'Le trottoir sud était trop étroit pour un fauteuil.', $2, now() - interval '1 day')`,
    [works.id, agent.id],
  );
  await em.query(
    `INSERT INTO works_report (works_id, detour_version, author_id, problem, place, description, created_at, answer, answered_at, answered_by) VALUES
       ($1, 1, $2, 'NOT_ACCESSIBLE', 'Passage piéton du n° 2', 'Le trottoir sud est trop étroit pour un fauteuil.',
        now() - interval '2 days', 'Merci : la déviation passe désormais par la rue Neuve, trottoir abaissé.', now() - interval '1 day', $3),
       ($1, 2, $2, 'BLOCKED', 'Angle de la rue Neuve', 'Une benne barre le trottoir le matin.',
        now() - interval '3 hours', NULL, NULL, NULL)`,
    [works.id, resident?.id ?? null, agent.id],
  );
  await audit.record(em, {
    actorId: agent.id,
    action: 'works.posted',
    objectType: 'works',
    objectId: works.id,
  });
}

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
