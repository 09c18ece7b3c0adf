/**
 * The French words of the city-scale dataset: councils, people's names, proposals' titles and
 * a few fixed Markdown bodies (rendered once each by the app's renderer, then reused).
 */
import type { ProposalCategory } from '@quorum/proposals';

export const COUNCILS = [
  {
    slug: 'centre-ville',
    name: 'Conseil de quartier Centre-Ville',
    neighbourhoodName: 'Centre-Ville',
  },
  {
    slug: 'les-coteaux',
    name: 'Conseil de quartier des Coteaux',
    neighbourhoodName: 'Les Coteaux',
  },
  {
    slug: 'bords-de-loire',
    name: 'Conseil de quartier des Bords de Loire',
    neighbourhoodName: 'Bords de Loire',
  },
  {
    slug: 'saint-martin',
    name: 'Conseil de quartier Saint-Martin',
    neighbourhoodName: 'Saint-Martin',
  },
  { slug: 'la-gare', name: 'Conseil de quartier de la Gare', neighbourhoodName: 'La Gare' },
  { slug: 'les-halles', name: 'Conseil de quartier des Halles', neighbourhoodName: 'Les Halles' },
  {
    slug: 'le-faubourg',
    name: 'Conseil de quartier du Faubourg',
    neighbourhoodName: 'Le Faubourg',
  },
  {
    slug: 'les-prairies',
    name: 'Conseil de quartier des Prairies',
    neighbourhoodName: 'Les Prairies',
  },
  { slug: 'le-plateau', name: 'Conseil de quartier du Plateau', neighbourhoodName: 'Le Plateau' },
  {
    slug: 'les-tanneurs',
    name: 'Conseil de quartier des Tanneurs',
    neighbourhoodName: 'Les Tanneurs',
  },
] as const;

export const FIRST_NAMES = [
  'Léa',
  'Karim',
  'Inès',
  'Tom',
  'Camille',
  'Moussa',
  'Chloé',
  'Hugo',
  'Aïcha',
  'Lucas',
  'Manon',
  'Yanis',
  'Zoé',
  'Nathan',
  'Sarah',
  'Mehdi',
  'Jeanne',
  'Théo',
  'Fatou',
  'Louis',
  'Emma',
  'Rayan',
  'Alice',
  'Gabriel',
  'Nour',
  'Jules',
  'Lina',
  'Arthur',
  'Maëlle',
  'Bilal',
  'Juliette',
  'Adam',
  'Louise',
  'Sacha',
  'Yasmine',
  'Paul',
  'Clémence',
  'Noé',
  'Amira',
  'Victor',
];

export const LAST_INITIALS = 'ABCDEFGHIJKLMNOPRSTVW'.split('');

const PLACES = [
  'rue de la Gare',
  'place du Marché',
  'avenue Victor-Hugo',
  'quai de la Loire',
  'rue des Écoles',
  'square des Lilas',
  'boulevard Jean-Jaurès',
  'rue Haute',
  'parc des Coteaux',
  'passage des Tanneurs',
  'rue de la République',
  'place de la Mairie',
  'chemin des Vignes',
  'rue Pasteur',
  'allée des Tilleuls',
  'rue du Moulin',
  'place Louise-Michel',
  'rue Émile-Zola',
  'cours Gambetta',
  'rue des Halles',
];

const SUBJECTS: Record<ProposalCategory, string[]> = {
  MOBILITY: [
    'Une piste cyclable',
    'Des arceaux vélo',
    'Un garage à vélos sécurisé',
    'Une zone 30',
    'Un passage piéton éclairé',
    'Une station de vélos en libre-service',
  ],
  ENVIRONMENT: [
    'Un composteur collectif',
    'Des arbres',
    'Un jardin partagé',
    'Des jardinières',
    'Une prairie fleurie',
    'Des récupérateurs d’eau de pluie',
  ],
  PUBLIC_SPACE: [
    'Des bancs',
    'Une fontaine à eau',
    'Des toilettes publiques',
    'Un kiosque',
    'Des poubelles de tri',
    'Un abri à la halte de bus',
  ],
  CULTURE_SPORT: [
    'Une boîte à livres',
    'Un terrain de pétanque',
    'Une fête de quartier',
    'Un city-stade',
    'Des concerts en plein air',
    'Une table de ping-pong',
  ],
  SOLIDARITY: [
    'Un frigo solidaire',
    'Une permanence d’écrivain public',
    'Un repair café',
    'Une épicerie solidaire',
    'Des ateliers numériques',
    'Un point d’accueil pour les aînés',
  ],
  SAFETY: [
    'Un éclairage',
    'Un ralentisseur',
    'Un feu tricolore',
    'Une traversée sécurisée',
    'Des potelets contre le stationnement sauvage',
    'Un miroir de carrefour',
  ],
  EDUCATION_YOUTH: [
    'Un espace pour les ados',
    'Une rue aux écoles',
    'Un pédibus',
    'Une aire de jeux',
    'Un accompagnement aux devoirs',
    'Un conseil des jeunes',
  ],
  OTHER: [
    'Une boîte aux lettres',
    'Un panneau d’affichage associatif',
    'Un marché du dimanche',
    'Un plan du quartier',
    'Une horloge',
    'Un nom pour la nouvelle place',
  ],
};

export const titleOf = (category: ProposalCategory, subject: number, place: number): string =>
  `${SUBJECTS[category][subject % SUBJECTS[category].length]} ${PLACES[place % PLACES.length]}`;

export const PLACE_COUNT = PLACES.length;
export const SUBJECT_COUNT = 6;

/** Five bodies per category; « vélo » appears in several, so searches have matches. */
const BODY_TEMPLATES = [
  (topic: string) =>
    `## Le constat\n\nAujourd’hui, ${topic}. Les habitant·es du quartier le disent à chaque réunion.\n\n## La proposition\n\n- un aménagement **simple** et peu coûteux ;\n- des travaux pendant les vacances scolaires ;\n- un bilan au bout d’un an.`,
  (topic: string) =>
    `Nous sommes plusieurs voisin·es à constater que ${topic}.\n\nNous proposons d’y remédier, avec l’aide des services techniques de la mairie. On peut venir à vélo, à pied ou en bus : tout le monde y gagnera.`,
  (topic: string) =>
    `**Pourquoi ?** Parce que ${topic}.\n\n**Comment ?** En concertation avec les commerçant·es et les écoles, et en respectant les arbres existants.\n\n> Une idée née lors de la fête de quartier.`,
  (topic: string) =>
    `### Proposition\n\n${topic.charAt(0).toUpperCase()}${topic.slice(1)} : c’est le problème que nous voulons régler.\n\n1. Recenser les besoins avec les habitant·es.\n2. Tester pendant trois mois.\n3. Pérenniser si le bilan est bon.`,
  (topic: string) =>
    `Constat partagé : ${topic}.\n\nLa proposition tient en une phrase : faire simple, vite, et ensemble. Les familles, les cyclistes et les personnes âgées en profiteront.`,
];

const TOPICS: Record<ProposalCategory, string> = {
  MOBILITY: 'les trajets à vélo vers le lycée et la gare sont dangereux',
  ENVIRONMENT: 'le quartier manque d’espaces verts et de lieux pour composter',
  PUBLIC_SPACE: 'il n’y a nulle part où s’asseoir ni boire de l’eau sur la place',
  CULTURE_SPORT: 'les jeunes et les familles manquent de lieux pour se retrouver',
  SOLIDARITY: 'beaucoup de voisin·es isolé·es n’ont pas accès aux services',
  SAFETY: 'la traversée est sombre et les voitures roulent trop vite, même pour les vélos',
  EDUCATION_YOUTH: 'la sortie de l’école est encombrée et peu sûre pour les enfants',
  OTHER: 'les informations du quartier sont difficiles à trouver',
};

export const BODY_VARIANTS = BODY_TEMPLATES.length;

export const bodyMarkdown = (category: ProposalCategory, variant: number): string =>
  BODY_TEMPLATES[variant % BODY_TEMPLATES.length](TOPICS[category]);

export const COMMENTS = [
  'Très bonne idée, je peux aider le samedi.',
  'Je soutiens ! Avec les enfants, on passe là **tous les jours**.',
  'Et pour les vélos cargo, il y aurait de la place ?',
  'Il faudrait en parler avec l’association des commerçant·es.',
  'Bonne idée, mais qui paiera l’entretien ?',
  'Merci ! On en parle à la prochaine séance.',
  'Enfin quelqu’un qui le propose.',
  'Je ne suis pas d’accord : la rue est déjà trop étroite.',
  'Une pétition circule aussi à l’école.',
  'À compléter avec un éclairage, le soir c’est sombre.',
  'Le même aménagement existe dans le quartier voisin, et ça marche.',
  'On pourrait commencer par un test de trois mois ?',
  'Attention au stationnement des livraisons.',
  'Je viens au travail à vélo : ce serait un vrai progrès.',
  'Les aîné·es de la résidence seront ravi·es.',
  '*Question* : est-ce compatible avec les travaux prévus ?',
  'Oui, et vite !',
  'Je propose d’en discuter au café associatif jeudi.',
  'Bravo pour la proposition, très claire.',
  'Pensez aux personnes en fauteuil : un accès de plain-pied, s’il vous plaît.',
];

export const STATEMENTS = [
  'Nous demandons que la mairie s’engage **par écrit** sur le calendrier des travaux.',
  'Le groupe regrette que le budget ne soit pas présenté en détail aux habitant·es.',
  'Nous votons pour, mais demandons un bilan public dans un an.',
];

export const ANSWER_JUSTIFICATIONS = [
  'La mairie prévoit les travaux au budget de l’an prochain.',
  'Les services techniques réaliseront une première tranche cet été.',
  'Le projet n’est pas compatible avec le plan de circulation en vigueur.',
  'Une partie de la proposition sera reprise dans le plan vélo.',
];

export const CANCEL_REASONS = [
  'Salle indisponible (dégât des eaux).',
  'Quorum impossible à réunir pendant les vacances scolaires.',
];

export const PLACES_OF_MEETINGS = [
  'Maison des associations, salle Louise-Michel',
  'Mairie annexe, salle du conseil',
  'École Jules-Ferry, préau',
];

export const TOWN_HALL_ITEMS = [
  'Budget participatif : calendrier',
  'Travaux de voirie : point d’étape',
  'Plan vélo : présentation',
  'Propreté des rues : bilan',
];

export const OPPOSITION_ITEMS = ['Horaires de la médiathèque', 'Fermeture du bureau de poste'];
