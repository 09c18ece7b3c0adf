import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
// A script, not a lib: the same rule the service applies to store a place's overall result.
import {
  FEATURE_FR,
  inaccessibleFeatures,
  overallAccessibility,
} from '../libs/places/src/rules/accessibility';

type Status = 'ACCESSIBLE' | 'NOT_ACCESSIBLE' | 'UNKNOWN';
interface Features {
  entrance: Status;
  toilets: Status;
  hearingLoop: Status;
  parking: Status;
}
interface DemoPlace {
  name: string;
  kind: string;
  address: string;
  council: string | null;
  /** Oldest first: [days ago, features, evidence]. The last one is the place's state. */
  checks: [number, Features, string][];
  works?: [string, number];
}

const all = (s: Status): Features => ({ entrance: s, toilets: s, hearingLoop: s, parking: s });

/**
 * Places in every state (issue 19): accessible, not accessible (with works planned or not), not
 * yet checked, partly checked; a history of checks over the last months (so the progress chart
 * moves), the demo meetings' places registered, and reports, one answered by the town hall.
 */
const PLACES: DemoPlace[] = [
  {
    name: 'Maison des associations, salle Louise-Michel',
    kind: 'HALL',
    address: '8 rue Louise-Michel',
    council: 'centre-ville',
    checks: [
      [
        200,
        { ...all('NOT_ACCESSIBLE'), parking: 'ACCESSIBLE' },
        'Diagnostic du bureau de contrôle',
      ],
      [40, { ...all('ACCESSIBLE'), toilets: 'NOT_ACCESSIBLE' }, 'Visite après la pose de la rampe'],
    ],
    works: ['Toilettes adaptées au rez-de-chaussée', 75],
  },
  {
    name: 'Mairie annexe, salle du conseil',
    kind: 'TOWN_HALL',
    address: '2 place de la République',
    council: 'centre-ville',
    checks: [
      [150, { ...all('ACCESSIBLE'), hearingLoop: 'NOT_ACCESSIBLE' }, 'Visite du service bâtiments'],
      [90, all('ACCESSIBLE'), 'Boucle magnétique installée et testée'],
    ],
  },
  {
    name: 'Mairie, salle des mariages',
    kind: 'TOWN_HALL',
    address: '1 place de l’Hôtel-de-Ville',
    council: null,
    checks: [[120, all('ACCESSIBLE'), 'Ascenseur depuis le hall, visite du service bâtiments']],
  },
  {
    name: 'Gymnase des Tilleuls',
    kind: 'SPORTS',
    address: '14 avenue des Tilleuls',
    council: 'les-coteaux',
    checks: [
      [60, { ...all('NOT_ACCESSIBLE'), toilets: 'ACCESSIBLE' }, 'Visite avec l’APF du quartier'],
    ],
    works: ['Rampe d’accès et boucle magnétique dans la salle', 240],
  },
  {
    name: 'École Jules-Ferry, préau',
    kind: 'SCHOOL',
    address: '5 rue Jules-Ferry',
    council: 'bords-de-loire',
    checks: [],
  },
  {
    name: 'Médiathèque des Bords-de-Loire',
    kind: 'CULTURE',
    address: '30 quai de la Loire',
    council: 'bords-de-loire',
    checks: [
      [180, { ...all('NOT_ACCESSIBLE'), parking: 'UNKNOWN' }, 'Signalement d’une habitante'],
      [20, all('ACCESSIBLE'), 'Réception des travaux'],
    ],
  },
  {
    name: 'Salle polyvalente du Parc',
    kind: 'HALL',
    address: '3 allée du Parc',
    council: 'les-coteaux',
    checks: [[10, { ...all('UNKNOWN'), entrance: 'ACCESSIBLE' }, 'Première visite, à compléter']],
  },
];

export async function seedPlaces(em: EntityManager, audit: AuditService): Promise<void> {
  const councils = new Map<string, string>(
    ((await em.query(`SELECT id, slug FROM council`)) as { id: string; slug: string }[]).map(
      (c) => [c.slug, c.id],
    ),
  );
  const [{ id: agent }]: { id: string }[] = await em.query(
    `SELECT id FROM account WHERE email = 'agent.martin@demo.quorum.local'`,
  );
  const ids = new Map<string, string>();
  for (const p of PLACES) {
    const last = p.checks.at(-1);
    const features = last?.[1] ?? all('UNKNOWN');
    const firstDaysAgo = p.checks[0]?.[0] ?? 5;
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO place (name, kind, address, council_id, entrance, toilets, hearing_loop, parking, overall,
                          evidence, checked_on, planned_works, planned_works_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
               CASE WHEN $11::int IS NULL THEN NULL ELSE (now() - make_interval(days => $11::int))::date END,
               $12, CASE WHEN $13::int IS NULL THEN NULL ELSE (now() + make_interval(days => $13::int))::date END,
               now() - make_interval(days => $14), now())
       RETURNING id`,
      [
        p.name,
        p.kind,
        p.address,
        p.council ? councils.get(p.council) : null,
        features.entrance,
        features.toilets,
        features.hearingLoop,
        features.parking,
        overallAccessibility(features),
        last?.[2] ?? null,
        last?.[0] ?? null,
        p.works?.[0] ?? null,
        p.works?.[1] ?? null,
        firstDaysAgo,
      ],
    );
    ids.set(p.name, id);
    for (const [daysAgo, f, evidence] of p.checks) {
      await em.query(
        `INSERT INTO place_check (place_id, checked_on, entrance, toilets, hearing_loop, parking, overall,
                                  evidence, recorded_by, created_at)
         VALUES ($1, (now() - make_interval(days => $2))::date, $3, $4, $5, $6, $7, $8, $9,
                 now() - make_interval(days => $2))`,
        [
          id,
          daysAgo,
          f.entrance,
          f.toilets,
          f.hearingLoop,
          f.parking,
          overallAccessibility(f),
          evidence,
          agent,
        ],
      );
    }
    await audit.record(em, {
      actorId: agent,
      actorRole: 'AGENT',
      action: 'place.created',
      objectType: 'place',
      objectId: id,
      after: { name: p.name, overall: overallAccessibility(features) },
    });
  }

  // The demo meetings' places, now in the register (their words stay as they were written).
  for (const [name, id] of ids) {
    const p = PLACES.find((place) => place.name === name)!;
    const features = p.checks.at(-1)?.[1] ?? all('UNKNOWN');
    const missing = inaccessibleFeatures(features).map((f) => FEATURE_FR[f]);
    await em.query(
      `UPDATE meeting SET place_id = $2, accessible = $3,
              accessibility_details = COALESCE($4, accessibility_details) WHERE place = $1`,
      [
        name,
        id,
        overallAccessibility(features) === 'ACCESSIBLE',
        missing.length ? `non accessible (${missing.join(', ')})` : null,
      ],
    );
  }

  const people = new Map<string, string>(
    (
      (await em.query(
        `SELECT id, email FROM account WHERE email IN ('lea.habitante@demo.quorum.local', 'karim.habitant@demo.quorum.local')`,
      )) as { id: string; email: string }[]
    ).map((a) => [a.email, a.id]),
  );
  const reports: [string, string, string, string | null][] = [
    [
      'Gymnase des Tilleuls',
      'karim.habitant@demo.quorum.local',
      'Impossible d’entrer en fauteuil : trois marches et pas de rampe, même provisoire.',
      'Une rampe provisoire sera posée avant la prochaine séance ; la rampe définitive est prévue avec les travaux.',
    ],
    [
      'Maison des associations, salle Louise-Michel',
      'lea.habitante@demo.quorum.local',
      'Les toilettes sont à l’étage, sans ascenseur.',
      null,
    ],
  ];
  for (const [place, email, body, answer] of reports) {
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO place_report (place_id, author_id, body, created_at, answer, answered_by, answered_at)
       VALUES ($1, $2, $3, now() - interval '6 days', $4::text,
               CASE WHEN $4::text IS NOT NULL THEN $5::uuid END,
               CASE WHEN $4::text IS NOT NULL THEN now() - interval '2 days' END)
       RETURNING id`,
      [ids.get(place), people.get(email), body, answer, agent],
    );
    await audit.record(em, {
      actorId: people.get(email)!,
      action: 'place.reported',
      objectType: 'place_report',
      objectId: id,
      after: { placeId: ids.get(place) },
    });
  }
}
