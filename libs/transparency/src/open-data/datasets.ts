/**
 * The open-data datasets (SPEC §6): each is one read view declared by the lib that owns its
 * tables, the columns it publishes, and their Table Schema (Frictionless Data), the description
 * data.gouv.fr validates. The CSV, the JSON and `datapackage.json` are all written from here, so
 * the description cannot drift from the files.
 */

export type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'datetime';

export interface FieldDef {
  name: string;
  type: FieldType;
  /** French, as the town's open-data portal shows it. */
  title: string;
  description: string;
  required?: boolean;
  enum?: readonly string[];
  pattern?: string;
  format?: 'uuid' | 'uri';
}

export const DATASET_NAMES = [
  'councils',
  'members',
  'proposals',
  'meetings',
  'agenda-items',
  'ballots',
  'votes',
  'minutes',
  'solidarity-services',
  'works',
  'places',
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export const isDatasetName = (name: string): name is DatasetName =>
  (DATASET_NAMES as readonly string[]).includes(name);

export interface DatasetDef {
  name: DatasetName;
  title: string;
  description: string;
  /** The column `since` and `until` filter on (a day in the town, inclusive). */
  dateField: string;
  /** The columns of the stable order, the last one unique. */
  orderBy: readonly string[];
  primaryKey: readonly string[];
  fields: readonly FieldDef[];
  /**
   * Where the `council` filter looks: the view's `council_slug` (one council a row, the default),
   * or its unpublished `council_slug_set` (a row may concern several: a works project).
   */
  councilColumn?: 'council_slug' | 'council_slug_set';
}

const id = (name: string, title: string, description: string, required = true): FieldDef => ({
  name,
  type: 'string',
  format: 'uuid',
  title,
  description,
  required,
});
const council = [
  id('council_id', 'Identifiant du conseil', 'Identifiant du conseil de quartier.'),
  {
    name: 'council_slug',
    type: 'string',
    title: 'Code du conseil',
    description: 'Nom court du conseil de quartier dans les adresses du site.',
    required: true,
  },
] as const satisfies readonly FieldDef[];
const text = (name: string, title: string, description: string, required = false): FieldDef => ({
  name,
  type: 'string',
  title,
  description,
  required,
});
const int = (name: string, title: string, description: string, required = false): FieldDef => ({
  name,
  type: 'integer',
  title,
  description,
  required,
});
const bool = (name: string, title: string, description: string, required = true): FieldDef => ({
  name,
  type: 'boolean',
  title,
  description,
  required,
});
const at = (name: string, title: string, description: string, required = false): FieldDef => ({
  name,
  type: 'datetime',
  title,
  description: `${description} (UTC, ISO 8601).`,
  required,
});
const day = (name: string, title: string, description: string, required = false): FieldDef => ({
  name,
  type: 'date',
  title,
  description: `${description} (AAAA-MM-JJ).`,
  required,
});

const COLLEGES = ['RESIDENTS', 'ASSOCIATIONS', 'ELECTED_MAJORITY', 'ELECTED_OPPOSITION'] as const;
const ROLES = ['CHAIR', 'CO_CHAIR', 'SECRETARY', 'MEMBER'] as const;
// The places lib's values (libs/places/src/place.entity.ts), above this lib: repeated here.
const PLACE_KINDS = ['TOWN_HALL', 'HALL', 'SCHOOL', 'SPORTS', 'CULTURE', 'OTHER'] as const;
const ACCESS = ['ACCESSIBLE', 'NOT_ACCESSIBLE', 'UNKNOWN'] as const;
const access = (name: string, title: string, what: string): FieldDef => ({
  ...text(
    name,
    title,
    `${what} : ACCESSIBLE, NOT_ACCESSIBLE ou UNKNOWN (pas encore vérifié).`,
    true,
  ),
  enum: ACCESS,
});

export const DATASETS: Record<DatasetName, DatasetDef> = {
  councils: {
    name: 'councils',
    title: 'Conseils de quartier',
    description: 'Les conseils de quartier et la charte en vigueur de chacun.',
    dateField: 'created_at',
    orderBy: ['council_slug', 'council_id'],
    primaryKey: ['council_id'],
    fields: [
      ...council,
      text('name', 'Nom', 'Nom du conseil de quartier.', true),
      text('neighbourhood', 'Quartier', 'Quartier couvert, tel que la ville l’écrit.', true),
      text('perimeter_description', 'Périmètre', 'Description du périmètre.', true),
      int('charter_version', 'Version de la charte', 'Version de la charte en vigueur.', true),
      int(
        'support_threshold',
        'Seuil de soutiens',
        'Soutiens qui qualifient une proposition.',
        true,
      ),
      int(
        'support_window_days',
        'Durée de collecte (jours)',
        'Jours pour réunir les soutiens.',
        true,
      ),
      int(
        'response_deadline_days',
        'Délai de réponse (jours)',
        'Jours laissés à la mairie pour répondre à un avis.',
        true,
      ),
      int(
        'convocation_notice_days',
        'Délai de convocation (jours)',
        'Jours minimum entre convocation et séance.',
        true,
      ),
      int(
        'quorum',
        'Quorum',
        'Membres présents ou représentés requis ; vide : la moitié des membres en fonction plus un.',
      ),
      int(
        'minutes_publication_days',
        'Délai de publication des comptes rendus (jours)',
        'Jours entre adoption et publication d’un compte rendu.',
        true,
      ),
      int('term_years', 'Durée du mandat (années)', 'Durée d’un mandat de membre.', true),
      int('resident_seats', 'Sièges habitants', 'Sièges du collège des habitants.', true),
      int('association_seats', 'Sièges associations', 'Sièges du collège des associations.', true),
      int(
        'majority_seats',
        'Sièges élus de la majorité',
        'Sièges du collège des élus de la majorité.',
        true,
      ),
      int(
        'opposition_seats',
        'Sièges élus de l’opposition',
        'Sièges du collège des élus de l’opposition.',
        true,
      ),
      at('created_at', 'Date de création', 'Création du conseil', true),
    ],
  },
  members: {
    name: 'members',
    title: 'Membres des conseils de quartier',
    description:
      'La composition publique de chaque conseil, mandats passés compris : nom public, collège, rôle, groupe politique et mandat. Aucune adresse électronique.',
    dateField: 'term_start',
    orderBy: ['council_slug', 'term_start', 'membership_id'],
    primaryKey: ['membership_id'],
    fields: [
      id('membership_id', 'Identifiant du mandat', 'Identifiant du mandat.'),
      ...council,
      id(
        'account_id',
        'Identifiant public du membre',
        'Identifiant public de la personne (celui de l’API).',
      ),
      text('display_name', 'Nom public', 'Nom public du membre.', true),
      { ...text('college', 'Collège', 'Collège du siège.', true), enum: COLLEGES },
      { ...text('role', 'Rôle', 'Rôle au sein du conseil.', true), enum: ROLES },
      text('political_group', 'Groupe politique', 'Groupe politique (élus).'),
      day('term_start', 'Début du mandat', 'Premier jour du mandat', true),
      day('term_end', 'Fin du mandat', 'Dernier jour prévu du mandat', true),
      day('ended_on', 'Fin anticipée', 'Jour où le mandat a pris fin avant son terme'),
      bool('drawn_by_lot', 'Tiré au sort', 'Siège pourvu par tirage au sort.'),
    ],
  },
  proposals: {
    name: 'proposals',
    title: 'Propositions des habitants',
    description:
      'Les propositions publiées (pas les brouillons), avec leurs soutiens, leur statut, leurs dates, la réponse de la mairie et son échéance. Une proposition masquée par la modération garde son titre et le motif public, jamais son texte.',
    dateField: 'published_at',
    orderBy: ['published_at', 'proposal_id'],
    primaryKey: ['proposal_id'],
    fields: [
      id('proposal_id', 'Identifiant de la proposition', 'Identifiant de la proposition.'),
      ...council,
      text('title', 'Titre', 'Titre de la proposition.', true),
      text('author_name', 'Auteur', 'Nom public de l’auteur.', true),
      {
        ...text('category', 'Thème', 'Thème de la proposition.', true),
        enum: [
          'MOBILITY',
          'ENVIRONMENT',
          'PUBLIC_SPACE',
          'CULTURE_SPORT',
          'SOLIDARITY',
          'SAFETY',
          'EDUCATION_YOUTH',
          'OTHER',
        ],
      },
      text('address', 'Adresse', 'Lieu concerné, s’il y en a un.'),
      {
        ...text('status', 'Statut', 'Statut public (HIDDEN : masquée par la modération).', true),
        enum: [
          'PUBLISHED',
          'QUALIFIED',
          'ON_AGENDA',
          'ADOPTED',
          'REJECTED',
          'ANSWERED',
          'IMPLEMENTED',
          'WITHDRAWN',
          'EXPIRED',
          'HIDDEN',
        ],
      },
      int('support_count', 'Soutiens', 'Nombre de soutiens.', true),
      int('support_threshold', 'Seuil de soutiens', 'Seuil de la charte à la publication.'),
      at('published_at', 'Date de publication', 'Publication', true),
      at('expires_at', 'Fin de la collecte', 'Fin de la collecte des soutiens'),
      at('qualified_at', 'Date de qualification', 'Seuil de soutiens atteint'),
      at('decided_at', 'Date de l’avis', 'Vote du conseil sur la proposition'),
      day('answer_deadline', 'Échéance de la réponse', 'Jour où la réponse de la mairie est due'),
      {
        ...text('answer', 'Réponse de la mairie', 'Réponse officielle.'),
        enum: ['ACCEPTED', 'PARTIALLY_ACCEPTED', 'DECLINED'],
      },
      text(
        'answer_justification',
        'Motivation de la réponse',
        'Motivation de la réponse officielle.',
      ),
      at('answered_at', 'Date de la réponse', 'Réponse de la mairie'),
      at('implemented_at', 'Date de réalisation', 'Réalisation annoncée'),
      at('withdrawn_at', 'Date de retrait', 'Retrait par son auteur'),
      at('hidden_at', 'Date de masquage', 'Masquage par la modération'),
      text('hidden_reason', 'Motif du masquage', 'Motif public de la modération.'),
    ],
  },
  meetings: {
    name: 'meetings',
    title: 'Séances des conseils de quartier',
    description: 'Les séances convoquées, tenues ou annulées (pas les projets de séance).',
    dateField: 'starts_at',
    orderBy: ['starts_at', 'meeting_id'],
    primaryKey: ['meeting_id'],
    fields: [
      id('meeting_id', 'Identifiant de la séance', 'Identifiant de la séance.'),
      ...council,
      {
        ...text('status', 'Statut', 'Statut de la séance.', true),
        enum: ['CONVENED', 'OPEN', 'CLOSED', 'CANCELLED'],
      },
      at('starts_at', 'Début', 'Début de la séance', true),
      text('place', 'Lieu', 'Lieu de la séance.', true),
      bool('accessible', 'Accessible PMR', 'Lieu accessible aux personnes à mobilité réduite.'),
      text('accessibility_details', 'Accessibilité', 'Précisions sur l’accessibilité.'),
      bool('is_public', 'Publique', 'Séance ouverte au public (sinon à huis clos).'),
      at('convened_at', 'Date de convocation', 'Convocation'),
      at('opened_at', 'Ouverture', 'Ouverture de la séance'),
      at('closed_at', 'Clôture', 'Clôture de la séance'),
      at('cancelled_at', 'Date d’annulation', 'Annulation'),
      text('cancel_reason', 'Motif d’annulation', 'Motif de l’annulation.'),
      int('members_in_office', 'Membres en fonction', 'Membres en fonction à l’ouverture.'),
      int('quorum_required', 'Quorum requis', 'Quorum requis à l’ouverture.'),
    ],
  },
  'agenda-items': {
    name: 'agenda-items',
    title: 'Ordres du jour',
    description: 'Les points à l’ordre du jour des séances convoquées.',
    dateField: 'meeting_starts_at',
    orderBy: ['meeting_starts_at', 'meeting_id', 'position', 'agenda_item_id'],
    primaryKey: ['agenda_item_id'],
    fields: [
      id('agenda_item_id', 'Identifiant du point', 'Identifiant du point.'),
      id('meeting_id', 'Identifiant de la séance', 'Séance du point.'),
      ...council,
      at('meeting_starts_at', 'Début de la séance', 'Début de la séance', true),
      int('position', 'Rang', 'Rang du point dans l’ordre du jour.', true),
      {
        ...text('kind', 'Nature', 'Nature du point.', true),
        enum: ['QUALIFIED_PROPOSAL', 'TOWN_HALL', 'OPPOSITION', 'QUESTION', 'MINUTES'],
      },
      text('title', 'Intitulé', 'Intitulé du point.', true),
      text(
        'description_markdown',
        'Description',
        'Description (Markdown) ; vide s’il n’y en a pas.',
      ),
      id(
        'proposal_id',
        'Proposition',
        'Proposition inscrite, pour un point de proposition.',
        false,
      ),
      id(
        'minutes_id',
        'Compte rendu',
        'Compte rendu soumis au vote, pour un point de compte rendu.',
        false,
      ),
    ],
  },
  ballots: {
    name: 'ballots',
    title: 'Votes des conseils de quartier (résultats)',
    description:
      'Le résultat de chaque scrutin clos : présents, quorum, pour, contre, abstentions, adoption.',
    dateField: 'closed_at',
    orderBy: ['closed_at', 'ballot_id'],
    primaryKey: ['ballot_id'],
    fields: [
      id('ballot_id', 'Identifiant du scrutin', 'Identifiant du scrutin.'),
      id('meeting_id', 'Identifiant de la séance', 'Séance du scrutin.'),
      id('agenda_item_id', 'Identifiant du point', 'Point mis au vote.'),
      ...council,
      text('council_name', 'Nom du conseil', 'Nom du conseil de quartier.', true),
      at('meeting_starts_at', 'Début de la séance', 'Début de la séance', true),
      int('agenda_position', 'Rang du point', 'Rang du point dans l’ordre du jour.', true),
      text('agenda_kind', 'Nature du point', 'Nature du point mis au vote.', true),
      text('agenda_title', 'Objet', 'Intitulé du point mis au vote.', true),
      id('proposal_id', 'Proposition', 'Proposition mise au vote, le cas échéant.', false),
      bool('secret', 'Scrutin secret', 'Vote à bulletin secret (aucun vote individuel publié).'),
      at('opened_at', 'Ouverture du scrutin', 'Ouverture du scrutin', true),
      at('closed_at', 'Clôture du scrutin', 'Clôture du scrutin', true),
      int(
        'members_in_office',
        'Membres en fonction',
        'Membres en fonction à l’ouverture de la séance.',
      ),
      int(
        'present_count',
        'Présents ou représentés',
        'Membres présents ou représentés à la clôture.',
      ),
      int('quorum_required', 'Quorum requis', 'Quorum requis.'),
      bool('quorum_held', 'Quorum atteint', 'Le quorum était atteint.', false),
      int('for_count', 'Pour', 'Voix pour.'),
      int('against_count', 'Contre', 'Voix contre.'),
      int('abstain_count', 'Abstentions', 'Abstentions.'),
      bool('adopted', 'Adopté', 'L’avis est adopté.', false),
    ],
  },
  votes: {
    name: 'votes',
    title: 'Votes nominatifs des scrutins publics',
    description:
      'Le vote de chaque membre aux scrutins publics clos. Les scrutins secrets n’ont aucun vote individuel, seulement leur résultat.',
    dateField: 'closed_at',
    orderBy: ['closed_at', 'ballot_id', 'voter_id'],
    primaryKey: ['ballot_id', 'voter_id'],
    fields: [
      id('ballot_id', 'Identifiant du scrutin', 'Scrutin.'),
      id('meeting_id', 'Identifiant de la séance', 'Séance du scrutin.'),
      ...council,
      at('closed_at', 'Clôture du scrutin', 'Clôture du scrutin', true),
      id('voter_id', 'Identifiant public du membre', 'Identifiant public du membre votant.'),
      text('voter_name', 'Nom public du membre', 'Nom public du membre votant.', true),
      {
        ...text('choice', 'Vote', 'Pour, contre ou abstention.', true),
        enum: ['FOR', 'AGAINST', 'ABSTAIN'],
      },
      bool('by_proxy', 'Par procuration', 'Vote exprimé par le porteur d’une procuration.'),
    ],
  },
  minutes: {
    name: 'minutes',
    title: 'Comptes rendus publiés',
    description:
      'Chaque version publiée d’un compte rendu de séance, avec l’empreinte SHA-256 de son document.',
    dateField: 'published_at',
    orderBy: ['published_at', 'minutes_id'],
    primaryKey: ['minutes_id'],
    fields: [
      id('minutes_id', 'Identifiant du compte rendu', 'Identifiant de la version.'),
      id('meeting_id', 'Identifiant de la séance', 'Séance du compte rendu.'),
      ...council,
      at('meeting_starts_at', 'Début de la séance', 'Début de la séance', true),
      int(
        'version',
        'Version',
        'Numéro de version (une correction est une nouvelle version).',
        true,
      ),
      id('previous_version_id', 'Version précédente', 'Version que celle-ci corrige.', false),
      at('adopted_at', 'Date d’adoption', 'Adoption par le conseil'),
      at('published_at', 'Date de publication', 'Publication', true),
      text(
        'content_hash',
        'Empreinte SHA-256',
        'SHA-256 (hexadécimal) des octets UTF-8 du document.',
        true,
      ),
      text('document', 'Document', 'Le compte rendu publié (Markdown).', true),
    ],
  },
  'solidarity-services': {
    name: 'solidarity-services',
    title: 'Services de solidarité',
    description:
      'Les services de la page d’information solidarité (aide alimentaire, logement, santé, accès aux droits…), assurés par les associations partenaires ou des services publics, avec la date de leur dernière vérification.',
    dateField: 'last_checked_on',
    orderBy: ['title', 'entry_id'],
    primaryKey: ['entry_id'],
    fields: [
      id('entry_id', 'Identifiant du service', 'Identifiant de la fiche.'),
      text('title', 'Service', 'Ce que propose le service.', true),
      text('description', 'Description', 'Description du service.'),
      text('audience', 'Public', 'À qui il s’adresse.'),
      text('address', 'Adresse', 'Où.'),
      text('hours', 'Horaires', 'Quand.'),
      text('access', 'Accès', 'Comment s’y rendre.'),
      text(
        'accessibility',
        'Accessibilité',
        'Accessibilité aux personnes à mobilité réduite, etc.',
      ),
      text('languages', 'Langues', 'Langues parlées, séparées par des virgules.'),
      text('cost', 'Coût', 'Gratuit, ou ce qu’il coûte.'),
      text('contact', 'Contact', 'Téléphone ou adresse du service.'),
      { ...text('soliguide_url', 'Fiche Soliguide', 'Sa page sur soliguide.fr.'), format: 'uri' },
      text('run_by', 'Assuré par', 'Association partenaire ou service public qui l’assure.', true),
      id(
        'association_id',
        'Identifiant de l’association',
        'Association partenaire qui l’assure.',
        false,
      ),
      id(
        'council_id',
        'Identifiant du conseil',
        'Conseil de quartier concerné ; vide : toute la ville.',
        false,
      ),
      text('council_slug', 'Code du conseil', 'Nom court du conseil ; vide : toute la ville.'),
      day('last_checked_on', 'Dernière vérification', 'Jour de la dernière vérification', true),
      bool('stale', 'À vérifier', 'Non vérifié depuis 90 jours ou plus.'),
    ],
  },
  works: {
    name: 'works',
    title: 'Travaux et déviations piétonnes',
    description:
      'Les chantiers de voirie annoncés par la mairie : où, quand, la déviation piétonne en vigueur (sa version, si elle est accessible) et le nombre de signalements reçus et de réponses données. Aucune donnée personnelle.',
    dateField: 'starts_on',
    orderBy: ['starts_on', 'works_id'],
    primaryKey: ['works_id'],
    councilColumn: 'council_slug_set',
    fields: [
      id('works_id', 'Identifiant du chantier', 'Identifiant du chantier.'),
      text('title', 'Chantier', 'Ce qui est fait.', true),
      text('description', 'Description', 'Description du chantier.', true),
      text('address', 'Adresse', 'Où.', true),
      text('geometry', 'Géométrie', 'Emprise du chantier (GeoJSON), quand elle est donnée.'),
      day('starts_on', 'Début', 'Premier jour du chantier', true),
      day('ends_on', 'Fin', 'Dernier jour prévu du chantier', true),
      day('assessment_due_on', 'Avis attendu le', 'Jour limite de l’avis des associations'),
      int(
        'detour_version',
        'Version de la déviation',
        'Numéro de la déviation en vigueur (1, puis un de plus à chaque changement).',
        true,
      ),
      text('detour_description', 'Déviation', 'La déviation piétonne en vigueur.'),
      bool(
        'detour_accessible',
        'Déviation accessible',
        'La déviation en vigueur est accessible aux personnes à mobilité réduite.',
        false,
      ),
      text(
        'council_slugs',
        'Conseils concernés',
        'Codes des conseils de quartier concernés, séparés par des virgules ; vide : aucun.',
      ),
      int(
        'reports',
        'Signalements',
        'Signalements reçus sur la déviation, sauf ceux masqués par la modération.',
        true,
      ),
      int(
        'answered_reports',
        'Signalements répondus',
        'Signalements auxquels la mairie a répondu, sauf ceux masqués par la modération.',
        true,
      ),
    ],
  },
  places: {
    name: 'places',
    title: 'Registre des lieux accessibles',
    description:
      'Les lieux publics (à commencer par ceux où les conseils se réunissent) et leur accessibilité aux personnes à mobilité réduite telle que vérifiée la dernière fois, les travaux prévus et le nombre de signalements reçus et de réponses données.',
    dateField: 'checked_on',
    orderBy: ['name', 'place_id'],
    primaryKey: ['place_id'],
    fields: [
      id('place_id', 'Identifiant du lieu', 'Identifiant du lieu.'),
      text('name', 'Lieu', 'Nom du lieu.', true),
      { ...text('kind', 'Type', 'Type de lieu.', true), enum: PLACE_KINDS },
      text('address', 'Adresse', 'Adresse du lieu.', true),
      id(
        'council_id',
        'Identifiant du conseil',
        'Conseil du quartier du lieu ; vide : aucun.',
        false,
      ),
      text('council_slug', 'Code du conseil', 'Nom court du conseil ; vide : aucun.'),
      access('entrance', 'Entrée', 'L’entrée'),
      access('toilets', 'Toilettes', 'Les toilettes'),
      access('hearing_loop', 'Boucle magnétique', 'La boucle magnétique'),
      access('parking', 'Stationnement', 'Le stationnement réservé'),
      access('overall', 'Accessibilité', 'Le lieu dans son ensemble'),
      text('evidence', 'Justificatif', 'Ce sur quoi repose la dernière vérification.'),
      day('checked_on', 'Dernière vérification', 'Jour de la dernière vérification'),
      text('planned_works', 'Travaux prévus', 'Travaux de mise en accessibilité prévus.'),
      day('planned_works_on', 'Travaux prévus le', 'Jour prévu des travaux'),
      int(
        'reports',
        'Signalements',
        'Signalements reçus sur ce lieu, sauf ceux masqués par la modération.',
        true,
      ),
      int(
        'answered_reports',
        'Signalements répondus',
        'Signalements auxquels la mairie a répondu, sauf ceux masqués par la modération.',
        true,
      ),
    ],
  },
};
