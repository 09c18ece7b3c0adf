import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Which tables each lib's code touches, read from its source: the SQL in its string literals
 * (FROM, JOIN, INTO, UPDATE, TABLE) and the entity classes it hands to TypeORM. The owner of a
 * table is the lib that declares its entity; a lib may also publish read views, named in its
 * `read-views.ts`, that other libs may read.
 */

const ROOT = join(__dirname, '..', '..');
const LIBS = join(ROOT, 'libs');

export interface Access {
  lib: string;
  file: string;
  line: number;
  table: string;
}

export interface Catalogue {
  /** table or view name → the lib that owns it */
  owner: Map<string, string>;
  /** entity class name → table name */
  entityTable: Map<string, string>;
  /** views each lib publishes for the others */
  views: Map<string, string>;
}

const SQL_KEYWORD = /\b(FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?(\s*\()?/g;
const NOT_A_TABLE_BEFORE =
  /(DISTINCT|EPOCH|YEAR|MONTH|DAY|HOUR|MINUTE|SECOND|DOW|ISODOW|DOY|WEEK|LEADING|TRAILING|BOTH|FOR NO KEY|FOR|SKIP LOCKED|DELETE|NOWAIT)\s*$/i;
const CTE = /\b([a-z_][a-z0-9_]*)\s+AS\s+(?:NOT\s+)?(?:MATERIALIZED\s+)?\(/g;
const TYPEORM_CALL =
  /\b(?:getRepository|find|findOne|findOneBy|findBy|findOneOrFail|findAndCount|insert|update|delete|save|count|countBy|exists|existsBy|upsert|increment|decrement|createQueryBuilder|softDelete|remove|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect|withRepository)\(\s*([A-Z][A-Za-z0-9]*)\b/g;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'migrations' && name !== 'node_modules') walk(path, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) out.push(path);
  }
  return out;
}

export const libNames = (): string[] =>
  readdirSync(LIBS).filter((name) => statSync(join(LIBS, name, 'src')).isDirectory());

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export function catalogue(): Catalogue {
  const owner = new Map<string, string>();
  const entityTable = new Map<string, string>();
  const views = new Map<string, string>();
  for (const lib of libNames()) {
    for (const file of walk(join(LIBS, lib, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const entity =
        /@Entity\(\s*(?:\{\s*name:\s*'([a-z_]+)'\s*\}|'([a-z_]+)')?\s*\)[\s\S]*?export class (\w+)/g;
      for (const m of text.matchAll(entity)) {
        const table = m[1] ?? m[2] ?? snake(m[3]);
        owner.set(table, lib);
        entityTable.set(m[3], table);
      }
      const declared = /export const \w+_READ_VIEWS = \[([^\]]*)\]/.exec(text);
      for (const m of declared?.[1].matchAll(/'([a-z_][a-z0-9_]*)'/g) ?? []) {
        owner.set(m[1], lib);
        views.set(m[1], lib);
      }
    }
  }
  owner.set('schema_migration', 'db');
  // Tables written by hand in migrations, with no entity.
  owner.set('audit_chain_head', 'transparency');
  return { owner, entityTable, views };
}

/** The string literals of a source file, with the line each starts on. */
function literals(text: string): { value: string; line: number }[] {
  const out: { value: string; line: number }[] = [];
  const re =
    /`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g;
  for (const m of text.matchAll(re)) {
    if (m[0].startsWith('/')) continue; // a comment
    const line = text.slice(0, m.index).split('\n').length;
    out.push({ value: m[0].slice(1, -1), line });
  }
  return out;
}

const SQL =
  /\b(SELECT\s[\s\S]*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|TRUNCATE|LOCK\s+TABLE|pg_advisory)/;

/** Files of the domain libs, outside repositories, that hold an SQL string: where and the first line. */
export function sqlOutsideRepositories(cat: Catalogue): { file: string; line: number }[] {
  const entityClasses = cat.entityTable;
  const found: { file: string; line: number }[] = [];
  for (const lib of libNames()) {
    if (lib === 'db' || lib === 'core') continue;
    for (const file of walk(join(LIBS, lib, 'src'))) {
      if (file.endsWith('.repository.ts')) continue;
      const text = readFileSync(file, 'utf8');
      const hit = literals(text).find(({ value }) => SQL.test(value));
      const orm = [...text.matchAll(TYPEORM_CALL)].find((m) => entityClasses.has(m[1]));
      if (hit) found.push({ file: relative(ROOT, file), line: hit.line });
      else if (orm)
        found.push({
          file: relative(ROOT, file),
          line: text.slice(0, orm.index).split('\n').length,
        });
    }
  }
  return found;
}

export function accesses(cat: Catalogue): Access[] {
  const found: Access[] = [];
  for (const lib of libNames()) {
    for (const file of walk(join(LIBS, lib, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const rel = relative(ROOT, file);
      for (const { value, line } of literals(text)) {
        if (
          !/\b(SELECT|INSERT|UPDATE|DELETE|TRUNCATE|LOCK)\b/.test(value) &&
          !/\b(FROM|JOIN)\s/.test(value)
        )
          continue;
        const ctes = new Set([...value.matchAll(CTE)].map((m) => m[1]));
        for (const m of value.matchAll(SQL_KEYWORD)) {
          const [, , name, call] = m;
          if (call || ctes.has(name)) continue; // a function (unnest(…)) or a WITH name
          if (NOT_A_TABLE_BEFORE.test(value.slice(0, m.index))) continue;
          if (m[1] === 'UPDATE' && /\bFOR\s+(NO KEY\s+)?$/i.test(value.slice(0, m.index))) continue;
          if (m[1] === 'UPDATE' && /^\s*SET\b/i.test(name)) continue;
          if (!cat.owner.has(name) && !/^[a-z]+_[a-z_]+$|^[a-z]+$/.test(name)) continue;
          if (
            [
              'set',
              'select',
              'lateral',
              'values',
              'excluded',
              'now',
              'information_schema',
            ].includes(name)
          )
            continue;
          found.push({
            lib,
            file: rel,
            line: line + value.slice(0, m.index).split('\n').length - 1,
            table: name,
          });
        }
      }
      for (const m of text.matchAll(TYPEORM_CALL)) {
        const table = cat.entityTable.get(m[1]);
        if (!table) continue;
        const line = text.slice(0, m.index).split('\n').length;
        found.push({ lib, file: rel, line, table });
      }
    }
  }
  return found;
}
