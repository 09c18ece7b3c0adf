/**
 * Demo data of issue 19 (libs/associations): partner associations, one proposal awaiting the town
 * hall, and twenty services on the solidarity page, a few of them not checked for over 90 days.
 */
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';

interface DemoAssociation {
  name: string;
  description: string;
  fields: string[];
  email: string;
  status: 'PARTNER' | 'PENDING';
  /** A demo login acting for it. */
  member?: string;
}

const ASSOCIATIONS: DemoAssociation[] = [
  {
    name: 'Épicerie solidaire des Coteaux',
    description: 'Une épicerie à petits prix et des ateliers cuisine pour les familles.',
    fields: ['FOOD_AID'],
    email: 'contact@epicerie-coteaux.example.fr',
    status: 'PARTNER',
    member: 'lea.habitante@demo.quorum.local',
  },
  {
    name: 'Toit Partagé',
    description: 'Accompagnement vers le logement, hébergement d’urgence, aide aux démarches.',
    fields: ['HOUSING', 'ACCESS_TO_RIGHTS'],
    email: 'bonjour@toit-partage.example.fr',
    status: 'PARTNER',
  },
  {
    name: 'Droits Devant',
    description: 'Permanences d’accès aux droits : CAF, santé, titres de séjour, retraites.',
    fields: ['ACCESS_TO_RIGHTS', 'HEALTH'],
    email: 'permanence@droits-devant.example.fr',
    status: 'PARTNER',
  },
  {
    name: 'Roues Libres',
    description:
      'Association de personnes à mobilité réduite : accessibilité de la voirie et des lieux.',
    fields: ['MOBILITY', 'DISABILITY'],
    email: 'contact@roues-libres.example.fr',
    status: 'PARTNER',
    member: 'karim.habitant@demo.quorum.local',
  },
  {
    name: 'Les Jardins du Lien',
    description: 'Jardins partagés et paniers solidaires.',
    fields: ['FOOD_AID', 'OTHER'],
    email: 'jardins@lien.example.fr',
    status: 'PENDING',
    member: 'ines.habitante@demo.quorum.local',
  },
];

/** [title, run by (association or operator), council slug or null, days since checked, facts]. */
type DemoEntry = [string, string, string | null, number, Record<string, string | string[]>];

const ENTRIES: DemoEntry[] = [
  [
    'Épicerie solidaire',
    'Épicerie solidaire des Coteaux',
    'les-coteaux',
    12,
    {
      audience: 'Familles orientées par un travailleur social',
      address: '8 rue des Vignes',
      hours: 'Mardi et vendredi, 14 h – 18 h',
      cost: '10 à 30 % du prix courant',
      languages: ['français', 'arabe'],
    },
  ],
  [
    'Ateliers cuisine petits budgets',
    'Épicerie solidaire des Coteaux',
    'les-coteaux',
    40,
    { address: '8 rue des Vignes', hours: 'Un jeudi sur deux, 10 h – 13 h', cost: 'Gratuit' },
  ],
  [
    'Distribution de colis alimentaires',
    'Restos du Cœur',
    null,
    130,
    {
      address: '3 place de la Gare',
      hours: 'Lundi et jeudi, 9 h – 12 h',
      cost: 'Gratuit',
      access: 'Bus 2, arrêt Gare',
    },
  ],
  [
    'Petits déjeuners solidaires',
    'Secours populaire',
    'centre-ville',
    20,
    { address: '15 rue du Marché', hours: 'Tous les jours, 8 h – 10 h', cost: 'Gratuit' },
  ],
  [
    'Paniers de légumes à prix réduit',
    'Épicerie solidaire des Coteaux',
    'les-coteaux',
    101,
    { address: 'Jardins des Coteaux', hours: 'Samedi, 10 h – 12 h', cost: '3 € le panier' },
  ],
  [
    'Hébergement d’urgence',
    'Toit Partagé',
    null,
    5,
    {
      audience: 'Personnes sans abri, familles',
      contact: '115 (appel gratuit, 24 h sur 24)',
      hours: 'Tous les jours, jour et nuit',
    },
  ],
  [
    'Permanence logement',
    'Toit Partagé',
    'centre-ville',
    33,
    {
      address: 'Maison des associations, 2 rue Haute',
      hours: 'Mercredi, 14 h – 17 h',
      cost: 'Gratuit',
    },
  ],
  [
    'Aide aux impayés de loyer',
    'Toit Partagé',
    'bords-de-loire',
    150,
    {
      address: 'Mairie annexe des Bords de Loire',
      hours: 'Sur rendez-vous',
      contact: '02 00 00 00 01',
    },
  ],
  [
    'Domiciliation administrative',
    'CCAS',
    null,
    60,
    {
      address: 'Hôtel de ville, guichet 3',
      hours: 'Du lundi au vendredi, 9 h – 12 h',
      audience: 'Personnes sans adresse stable',
    },
  ],
  [
    'Accès aux droits CAF et santé',
    'Droits Devant',
    'centre-ville',
    15,
    {
      address: '2 rue Haute',
      hours: 'Lundi, 14 h – 17 h',
      languages: ['français', 'anglais', 'espagnol'],
    },
  ],
  [
    'Écrivain public',
    'Droits Devant',
    'bords-de-loire',
    95,
    { address: 'Médiathèque des Bords de Loire', hours: 'Samedi, 10 h – 12 h', cost: 'Gratuit' },
  ],
  [
    'Aide aux démarches en ligne',
    'France Services',
    null,
    25,
    {
      address: '1 place de la Mairie',
      hours: 'Du mardi au samedi, 9 h – 17 h',
      accessibility: 'Accès de plain-pied, boucle magnétique',
    },
  ],
  [
    'Consultations médicales sans rendez-vous',
    'Droits Devant',
    null,
    200,
    {
      address: 'Centre de santé, 4 avenue Pasteur',
      hours: 'Mercredi, 14 h – 18 h',
      cost: 'Gratuit, sans avance de frais',
    },
  ],
  [
    'Point d’accès aux soins dentaires',
    'CCAS',
    'centre-ville',
    10,
    { address: '4 avenue Pasteur', hours: 'Jeudi matin', cost: 'Selon ressources' },
  ],
  [
    'Douches et laverie',
    'Secours populaire',
    'centre-ville',
    45,
    { address: '15 rue du Marché', hours: 'Mardi et jeudi, 9 h – 12 h', cost: 'Gratuit' },
  ],
  [
    'Vestiaire solidaire',
    'Secours populaire',
    'bords-de-loire',
    120,
    { address: '22 quai de Loire', hours: 'Mercredi, 14 h – 17 h', cost: '1 à 5 €' },
  ],
  [
    'Transport accompagné',
    'Roues Libres',
    null,
    8,
    {
      audience: 'Personnes à mobilité réduite',
      contact: '02 00 00 00 02',
      hours: 'Du lundi au vendredi, sur réservation',
    },
  ],
  [
    'Prêt de fauteuils roulants',
    'Roues Libres',
    null,
    70,
    { address: '6 rue des Écoles', hours: 'Sur rendez-vous', cost: 'Gratuit' },
  ],
  [
    'Cours de français langue étrangère',
    'Droits Devant',
    'les-coteaux',
    30,
    {
      address: 'Centre social des Coteaux',
      hours: 'Lundi et jeudi, 18 h – 20 h',
      languages: ['français'],
    },
  ],
  [
    'Aide alimentaire d’urgence',
    'CCAS',
    null,
    2,
    {
      address: 'Hôtel de ville, guichet 3',
      hours: 'Du lundi au vendredi, 9 h – 12 h',
      audience: 'Sur évaluation d’un travailleur social',
    },
  ],
];

export async function seedSolidarity(em: EntityManager, audit: AuditService): Promise<void> {
  const [agent]: { id: string }[] = await em.query(
    `SELECT id FROM account WHERE role = 'AGENT' ORDER BY created_at LIMIT 1`,
  );
  const ids = new Map<string, string>();
  for (const a of ASSOCIATIONS) {
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO association (name, description, fields, contact_email, status, approved_by, approved_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $5 = 'PARTNER' THEN $6::uuid END, CASE WHEN $5 = 'PARTNER' THEN now() END)
       RETURNING id`,
      [a.name, a.description, a.fields, a.email, a.status, agent.id],
    );
    ids.set(a.name, id);
    if (a.member)
      await em.query(
        `INSERT INTO association_member (association_id, account_id, added_by)
         SELECT $1, id, $3 FROM account WHERE email = $2`,
        [id, a.member, agent.id],
      );
    await audit.record(em, {
      actorId: agent.id,
      actorRole: 'AGENT',
      action: a.status === 'PARTNER' ? 'association.approved' : 'association.proposed',
      objectType: 'association',
      objectId: id,
      after: { name: a.name, status: a.status },
    });
  }
  for (const [title, runBy, slug, days, facts] of ENTRIES) {
    const associationId = ids.get(runBy) ?? null;
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO solidarity_entry (association_id, operator_name, council_id, title, audience, address, hours,
              access, accessibility, languages, cost, contact, status, last_checked_on, last_checked_by, created_by, published_at)
       VALUES ($1, $2, (SELECT id FROM council WHERE slug = $3), $4, $5, $6, $7, $8, $9, $10, $11, $12, 'PUBLISHED',
               current_date - $13::int, $14, $14, now())
       RETURNING id`,
      [
        associationId,
        associationId ? null : runBy,
        slug,
        title,
        facts.audience ?? '',
        facts.address ?? '',
        facts.hours ?? '',
        facts.access ?? '',
        facts.accessibility ?? '',
        facts.languages ?? [],
        facts.cost ?? '',
        facts.contact ?? '',
        days,
        agent.id,
      ],
    );
    await audit.record(em, {
      actorId: agent.id,
      actorRole: 'AGENT',
      action: 'solidarity-entry.created',
      objectType: 'solidarity_entry',
      objectId: id,
      after: { title, status: 'PUBLISHED' },
    });
  }
}
