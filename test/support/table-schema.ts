import { parse } from 'csv-parse/sync';

/**
 * A small checker of the Frictionless Data rules the open data must keep: a Tabular Data Package
 * descriptor (Data Package 1.0 and Table Schema 1.0, the parts we use), and a CSV against its
 * Table Schema (header, types in their default formats, required, enum, pattern, primary key).
 * Returns the problems found, empty when the data keeps the rules.
 */

const NAME = /^[a-z0-9._-]+$/;
const TYPES = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
]);
const STRING_FORMATS = new Set(['default', 'email', 'uri', 'binary', 'uuid']);
const CONSTRAINTS = new Set([
  'required',
  'unique',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'pattern',
  'enum',
]);

interface Field {
  name: string;
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; [key: string]: unknown };
}
interface Schema {
  fields: Field[];
  primaryKey?: string[] | string;
  missingValues?: string[];
}
interface Resource {
  name: string;
  path?: string | string[];
  data?: unknown;
  profile?: string;
  schema?: Schema;
  [key: string]: unknown;
}
export interface Package {
  profile?: string;
  name?: string;
  licenses?: { name?: string; path?: string; title?: string }[];
  resources: Resource[];
  [key: string]: unknown;
}

export function tableSchemaProblems(schema: Schema, where: string): string[] {
  const problems: string[] = [];
  if (!Array.isArray(schema?.fields) || schema.fields.length === 0)
    return [`${where}: schema.fields must be a non-empty array`];
  const names = new Set<string>();
  for (const field of schema.fields) {
    const at = `${where}.${field.name}`;
    if (typeof field.name !== 'string' || field.name === '') problems.push(`${at}: no name`);
    if (names.has(field.name)) problems.push(`${at}: name repeated`);
    names.add(field.name);
    const type = field.type ?? 'string';
    if (!TYPES.has(type)) problems.push(`${at}: unknown type ${type}`);
    if (field.format !== undefined) {
      if (type === 'string' && !STRING_FORMATS.has(field.format))
        problems.push(`${at}: unknown string format ${field.format}`);
      if (type !== 'string' && field.format !== 'default' && field.format !== 'any')
        problems.push(`${at}: format ${field.format} on a ${type}`);
    }
    for (const key of Object.keys(field.constraints ?? {}))
      if (!CONSTRAINTS.has(key)) problems.push(`${at}: unknown constraint ${key}`);
    if (field.constraints?.enum !== undefined && !Array.isArray(field.constraints.enum))
      problems.push(`${at}: enum must be an array`);
    if (field.constraints?.pattern !== undefined) {
      try {
        new RegExp(field.constraints.pattern);
      } catch {
        problems.push(`${at}: pattern is not a regular expression`);
      }
    }
  }
  const keys = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey;
  for (const key of keys ?? [])
    if (!names.has(key)) problems.push(`${where}: primaryKey ${key} is not a field`);
  if (
    schema.missingValues !== undefined &&
    !schema.missingValues.every((v) => typeof v === 'string')
  )
    problems.push(`${where}: missingValues must be strings`);
  return problems;
}

export function dataPackageProblems(pkg: Package): string[] {
  const problems: string[] = [];
  if (pkg.profile !== 'tabular-data-package')
    problems.push('profile: tabular-data-package expected');
  if (pkg.name !== undefined && !NAME.test(pkg.name))
    problems.push(`name: ${pkg.name} not allowed`);
  if (pkg.licenses !== undefined) {
    if (!Array.isArray(pkg.licenses) || pkg.licenses.length === 0)
      problems.push('licenses: a non-empty array expected');
    for (const licence of pkg.licenses ?? [])
      if (!licence.name && !licence.path) problems.push('licenses: each needs a name or a path');
  }
  if (!Array.isArray(pkg.resources) || pkg.resources.length === 0)
    return [...problems, 'resources: a non-empty array expected'];
  const names = new Set<string>();
  for (const resource of pkg.resources) {
    const at = `resources.${resource.name}`;
    if (!NAME.test(resource.name ?? '')) problems.push(`${at}: name not allowed`);
    if (names.has(resource.name)) problems.push(`${at}: name repeated`);
    names.add(resource.name);
    if (resource.path === undefined && resource.data === undefined)
      problems.push(`${at}: path or data required`);
    if (resource.path !== undefined && resource.data !== undefined)
      problems.push(`${at}: path and data both given`);
    if (resource.profile !== 'tabular-data-resource')
      problems.push(`${at}: profile tabular-data-resource expected`);
    if (!resource.schema) problems.push(`${at}: a tabular resource needs a schema`);
    else problems.push(...tableSchemaProblems(resource.schema, at));
  }
  return problems;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRUE = new Set(['true', 'True', 'TRUE', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', '0']);

function realDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function cellProblem(field: Field, value: string): string | null {
  const type = field.type ?? 'string';
  switch (type) {
    case 'integer':
      if (!/^[+-]?\d+$/.test(value)) return 'not an integer';
      break;
    case 'number':
      if (Number.isNaN(Number(value))) return 'not a number';
      break;
    case 'boolean':
      if (!TRUE.has(value) && !FALSE.has(value)) return 'not a boolean';
      break;
    case 'date':
      if (!realDay(value)) return 'not a date YYYY-MM-DD';
      break;
    case 'datetime':
      if (
        !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value) ||
        !realDay(value.slice(0, 10)) ||
        Number.isNaN(Date.parse(value))
      )
        return 'not a datetime YYYY-MM-DDThh:mm:ssZ';
      break;
    case 'string':
      if (field.format === 'uuid' && !UUID.test(value)) return 'not a uuid';
      if (field.format === 'uri') {
        try {
          new URL(value);
        } catch {
          return 'not a uri';
        }
      }
      break;
  }
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) return 'not in enum';
  if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(value))
    return 'does not match the pattern';
  return null;
}

/** A CSV (header row first) against its Table Schema. */
export function csvProblems(schema: Schema, csv: string, where: string): string[] {
  const rows = parse(csv, { relax_column_count: false }) as string[][];
  const [header, ...records] = rows;
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names))
    return [
      `${where}: header ${JSON.stringify(header)} is not the schema's ${JSON.stringify(names)}`,
    ];
  const missing = new Set(schema.missingValues ?? ['']);
  const problems: string[] = [];
  const keys =
    typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey ?? []);
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const line = `${where} row ${i + 2}`;
    schema.fields.forEach((field, j) => {
      const value = record[j];
      if (missing.has(value)) {
        if (field.constraints?.required || keys.includes(field.name))
          problems.push(`${line}, ${field.name}: required`);
        return;
      }
      const problem = cellProblem(field, value);
      if (problem) problems.push(`${line}, ${field.name}: ${problem} (${JSON.stringify(value)})`);
    });
    if (keys.length > 0) {
      const key = JSON.stringify(keys.map((k) => record[names.indexOf(k)]));
      if (seen.has(key)) problems.push(`${line}: primary key ${key} repeated`);
      seen.add(key);
    }
  });
  return problems;
}
