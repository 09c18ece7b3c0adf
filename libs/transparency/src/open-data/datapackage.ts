import { DATASET_NAMES, DATASETS, FieldDef } from './datasets';
import { SCDL_FIELDS } from './rules/scdl';

/**
 * The open data's description: a Frictionless Data "tabular data package", one Table Schema per
 * file, under the Licence Ouverte 2.0 (etalab-2.0), the licence French public bodies publish
 * under. Written from DATASETS, as the files are.
 */

export interface TableSchemaField {
  name: string;
  type: string;
  title: string;
  description: string;
  format?: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
}

export interface TableSchema {
  fields: TableSchemaField[];
  primaryKey?: string[];
  missingValues: string[];
}

export interface DataResource {
  profile: 'tabular-data-resource';
  name: string;
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: {
    delimiter: ',';
    header: true;
    lineTerminator: '\n';
    quoteChar: '"';
    doubleQuote: true;
  };
  schema: TableSchema;
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  homepage: string;
  licenses: { name: string; path: string; title: string }[];
  resources: DataResource[];
}

export function tableSchemaField(field: FieldDef): TableSchemaField {
  const constraints: TableSchemaField['constraints'] = {};
  if (field.required) constraints.required = true;
  if (field.enum) constraints.enum = field.enum;
  if (field.pattern) constraints.pattern = field.pattern;
  return {
    name: field.name,
    type: field.type,
    title: field.title,
    description: field.description,
    ...(field.format ? { format: field.format } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

const DIALECT: DataResource['dialect'] = {
  delimiter: ',',
  header: true,
  lineTerminator: '\n',
  quoteChar: '"',
  doubleQuote: true,
};

/**
 * The SCDL columns' Table Schema, with what each means for a neighbourhood council's avis
 * (the schema's own definitions are the municipal council's deliberations).
 */
export const SCDL_SCHEMA_FIELDS: Record<(typeof SCDL_FIELDS)[number], FieldDef> = {
  COLL_NOM: {
    name: 'COLL_NOM',
    type: 'string',
    title: 'Nom de la collectivité',
    description: 'La commune dont relèvent les conseils de quartier (TOWN_NAME).',
    required: true,
  },
  COLL_SIRET: {
    name: 'COLL_SIRET',
    type: 'string',
    title: 'Code SIRET de la collectivité',
    description: 'SIRET de la commune (TOWN_SIRET).',
    required: true,
    pattern: '^\\d{14}$',
  },
  DELIB_ID: {
    name: 'DELIB_ID',
    type: 'string',
    title: 'Identifiant de l’avis',
    description:
      'CQ-<conseil>-<jour de la séance>-<séance>-<rang du point> : un avis de conseil de quartier, pas une délibération du conseil municipal.',
    required: true,
  },
  DELIB_DATE: {
    name: 'DELIB_DATE',
    type: 'date',
    title: 'Date de l’avis',
    description: 'Jour (heure de Paris) de la clôture du scrutin qui a rendu l’avis.',
    required: true,
  },
  DELIB_MATIERE_CODE: {
    name: 'DELIB_MATIERE_CODE',
    type: 'string',
    title: 'Code de matière (nomenclature ACTES)',
    description:
      'Toujours 9.4 (Vœux et motions) : un conseil de quartier émet un avis, il ne décide pas.',
    required: true,
  },
  DELIB_MATIERE_NOM: {
    name: 'DELIB_MATIERE_NOM',
    type: 'string',
    title: 'Nom de matière',
    description: 'Voeux et motions.',
    required: true,
  },
  DELIB_OBJET: {
    name: 'DELIB_OBJET',
    type: 'string',
    title: 'Objet de l’avis',
    description:
      'Le conseil, le point mis au vote et l’issue (avis adopté, non adopté, quorum non atteint ; scrutin secret le cas échéant).',
    required: true,
  },
  BUDGET_ANNEE: {
    name: 'BUDGET_ANNEE',
    type: 'string',
    title: 'Année du budget',
    description: 'Vide : un avis n’engage aucun budget.',
  },
  BUDGET_NOM: {
    name: 'BUDGET_NOM',
    type: 'string',
    title: 'Nom du budget',
    description: 'Vide : un avis n’engage aucun budget.',
  },
  PREF_ID: {
    name: 'PREF_ID',
    type: 'string',
    title: 'Identifiant du contrôle de légalité',
    description: 'Vide : un avis n’est pas transmis au contrôle de légalité.',
  },
  PREF_DATE: {
    name: 'PREF_DATE',
    type: 'date',
    title: 'Date de transmission au contrôle de légalité',
    description: 'Vide, pour la même raison.',
  },
  VOTE_EFFECTIF: {
    name: 'VOTE_EFFECTIF',
    type: 'integer',
    title: 'Effectif théorique des votants',
    description: 'Membres du conseil en fonction à l’ouverture de la séance.',
  },
  VOTE_REEL: {
    name: 'VOTE_REEL',
    type: 'integer',
    title: 'Effectif réel des votants',
    description: 'Membres présents ou représentés (procurations) à la clôture du scrutin.',
  },
  VOTE_POUR: { name: 'VOTE_POUR', type: 'integer', title: 'Pour', description: 'Voix pour.' },
  VOTE_CONTRE: {
    name: 'VOTE_CONTRE',
    type: 'integer',
    title: 'Contre',
    description: 'Voix contre.',
  },
  VOTE_ABSTENTION: {
    name: 'VOTE_ABSTENTION',
    type: 'integer',
    title: 'Abstention',
    description: 'Abstentions.',
  },
  DELIB_URL: {
    name: 'DELIB_URL',
    type: 'string',
    title: 'Lien vers la séance',
    description: 'La page publique de la séance (ordre du jour, résultats, compte rendu).',
    format: 'uri',
  },
};

export function dataPackage(publicUrl: string, townName: string): DataPackage {
  const resource = (
    name: string,
    title: string,
    description: string,
    fields: readonly FieldDef[],
    primaryKey?: readonly string[],
  ): DataResource => ({
    profile: 'tabular-data-resource',
    name,
    path: `${publicUrl}/open-data/${name}.csv`,
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: DIALECT,
    schema: {
      fields: fields.map(tableSchemaField),
      ...(primaryKey ? { primaryKey: [...primaryKey] } : {}),
      missingValues: [''],
    },
  });
  return {
    profile: 'tabular-data-package',
    name: 'quorum-conseils-de-quartier',
    title: `Conseils de quartier — ${townName}`,
    description:
      'Les données publiques des conseils de quartier : conseils, membres, propositions des habitants, séances, ordres du jour, résultats des votes, votes nominatifs des scrutins publics, comptes rendus publiés. Chaque fichier existe aussi en JSON (même adresse, .json) et se filtre par ?council=<code>&since=<AAAA-MM-JJ>&until=<AAAA-MM-JJ>.',
    homepage: publicUrl,
    licenses: [
      {
        name: 'etalab-2.0',
        path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
        title: 'Licence Ouverte / Open Licence version 2.0',
      },
    ],
    resources: [
      ...DATASET_NAMES.map((name) => {
        const def = DATASETS[name];
        return resource(name, def.title, def.description, def.fields, def.primaryKey);
      }),
      resource(
        'deliberations-scdl',
        'Avis des conseils de quartier (schéma SCDL Délibérations)',
        'Les résultats des votes (jeu ballots) dans les noms de champs du Socle Commun des Données Locales « Délibérations » : un avis de conseil de quartier par ligne.',
        SCDL_FIELDS.map((name) => SCDL_SCHEMA_FIELDS[name]),
        ['DELIB_ID'],
      ),
    ],
  };
}
