// The solidarity page's words and the form of an entry (issue 19), shared by its pages.

/** An entry as the solidarity page shows it. */
export interface SolidarityEntryCard {
  id: string;
  title: string;
  description: string;
  audience: string;
  address: string;
  hours: string;
  access: string;
  accessibility: string;
  languages: string[];
  cost: string;
  contact: string;
  soliguideUrl?: string | null;
  runBy: string;
  councilName?: string | null;
  lastCheckedOn: string;
  stale: boolean;
  viewerCanEdit: boolean;
}

export const ENTRY_STATUS: Record<string, string> = {
  DRAFT: 'Brouillon (à publier par la mairie)',
  PUBLISHED: 'Publiée',
  WITHDRAWN: 'Retirée',
};

/** The entry's text fields, their labels and hints, in the form's order. */
export const ENTRY_FIELDS = [
  { name: 'title', label: 'Service (ce qui est proposé)', required: true, multiline: false },
  { name: 'description', label: 'Description', multiline: true },
  { name: 'audience', label: 'Pour qui', multiline: false },
  { name: 'address', label: 'Où (adresse)', multiline: false },
  { name: 'hours', label: 'Quand (jours et horaires)', multiline: false },
  { name: 'access', label: 'Comment s’y rendre', multiline: false },
  { name: 'accessibility', label: 'Accessibilité', multiline: false },
  { name: 'languages', label: 'Langues parlées (séparées par des virgules)', multiline: false },
  { name: 'cost', label: 'Coût', multiline: false },
  { name: 'contact', label: 'Contact (téléphone, adresse électronique)', multiline: false },
  {
    name: 'soliguideUrl',
    label: 'Fiche Soliguide (adresse https://soliguide.fr/…)',
    multiline: false,
  },
] as const;

export type EntryFieldName = (typeof ENTRY_FIELDS)[number]['name'];

/** An association's fields of action (SPEC §10), in French. */
export const ASSOCIATION_FIELD: Record<string, string> = {
  FOOD_AID: 'Aide alimentaire',
  HOUSING: 'Logement',
  HEALTH: 'Santé',
  ACCESS_TO_RIGHTS: 'Accès aux droits',
  MOBILITY: 'Mobilité',
  DISABILITY: 'Handicap',
  EMPLOYMENT: 'Emploi',
  EDUCATION: 'Éducation',
  CULTURE: 'Culture',
  OTHER: 'Autre',
};

export const ASSOCIATION_STATUS: Record<string, string> = {
  PENDING: 'Demande de partenariat en attente',
  PARTNER: 'Association partenaire',
  DECLINED: 'Demande refusée',
  SUSPENDED: 'Partenariat suspendu',
};
