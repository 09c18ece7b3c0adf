import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Which tables each lib's code touches, read from its source: the SQL in its string literals
 * (FROM and its comma list, JOIN, INTO, UPDATE, USING, TABLE, TRUNCATE) and the entities (or
 * entity names) it hands to TypeORM. The owner of a table is the lib that declares its entity; a
 * lib may also publish read views, named in its `read-views.ts`, that other libs may read.
 *
 * The analysis of one file is `accessesIn(text, catalogue)` and `sqlIn(text, catalogue)`, over
 * the file's text (test/architecture/table-access.spec.ts feeds them fixtures).
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

/**
 * Interpolations that may stand where a table is named (`FROM ${X}`) though the scanner cannot
 * read them, each with the reason it is safe. An interpolated constant written as a literal in the
 * same file needs no entry: the scanner reads it in place (`FROM ${WITH_AUTHOR}`). A subquery
 * `FROM (${audience.sql})` needs none either: its literal is scanned where it is written. Any
 * other interpolation where a table goes is reported as the table `${…}`.
 */
export const ALLOWED_INTERPOLATIONS: Record<string, string> = {
  who: 'libs/db/src/application-role.ts: the role in `REVOKE … FROM ${who}`, not a table',
};

/** Keywords after which a table is named; those after which a comma list of them may follow. */
const KEYWORD = /\b(FROM|JOIN|INTO|UPDATE|TABLE|TRUNCATE|USING)\b/g;
const LIST_KEYWORDS = new Set(['FROM', 'USING', 'TABLE', 'TRUNCATE']);
/** Keywords whose `name(` is a function (`FROM unnest($1)`), not a table and its columns. */
const FUNCTION_KEYWORDS = new Set(['FROM', 'JOIN', 'USING']);
/** A FROM that is no table's: `IS DISTINCT FROM`, `EXTRACT(EPOCH FROM …)`, `trim(BOTH … FROM …)`. */
const NOT_A_TABLE_BEFORE =
  /\b(DISTINCT|EPOCH|YEAR|MONTH|DAY|HOUR|MINUTE|SECOND|DOW|ISODOW|DOY|WEEK|(?:LEADING|TRAILING|BOTH)(?:\s*'[^']*')?|FOR NO KEY|FOR|SKIP LOCKED|NOWAIT)\s*$/i;
const CTE = /\b([a-z_][a-z0-9_]*)\s+AS\s+(?:NOT\s+)?(?:MATERIALIZED\s+)?\(/g;
const NOT_TABLES = new Set([
  'set',
  'select',
  'lateral',
  'values',
  'excluded',
  'now',
  'information_schema',
  // The server's catalogue, schema-qualified (`pg_catalog.pg_class`): no lib's table.
  'pg_catalog',
]);
const TYPEORM_METHOD =
  'getRepository|find|findOne|findOneBy|findBy|findOneOrFail|findAndCount|insert|update|delete|save|count|countBy|exists|existsBy|upsert|increment|decrement|createQueryBuilder|softDelete|remove|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect|withRepository|from|into|InjectRepository';
/** A TypeORM call given an entity class (`find(Account, …)`, `@InjectRepository(Account)`, `.from(Account, 'a')`). */
const TYPEORM_CALL = new RegExp(
  `\\b(?:${TYPEORM_METHOD})(?:<[^>()]*>)?\\(\\s*([A-Z][A-Za-z0-9]*)\\b`,
  'g',
);
/** … or given its name (`getRepository<Account>('account')`, `.from('account', 'a')`). */
const TYPEORM_NAMED = new RegExp(
  `\\b(?:${TYPEORM_METHOD})(?:<[^>()]*>)?\\(\\s*['"\`]([A-Za-z_][A-Za-z0-9_]*)['"\`]`,
  'g',
);

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

/** The constants of a file written as one literal with no interpolation: name → value. */
function literalConstants(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\bconst\s+([A-Za-z_$][\w$]*)\s*(?::\s*string\s*)?=\s*(`[^`$]*`|'[^'\n]*'|"[^"\n]*")/g;
  for (const m of text.matchAll(re)) out.set(m[1], m[2].slice(1, -1));
  return out;
}

/** The index just past the parenthesis (or brace) that closes the one at `at`. */
function closing(sql: string, at: number): number {
  const open = sql[at];
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  for (let i = at; i < sql.length; i++) {
    if (sql[i] === open) depth++;
    else if (sql[i] === close && --depth === 0) return i + 1;
  }
  return sql.length;
}

type Item = { index: number } & ({ table: string } | { interpolated: string });

/** The tables named after a keyword ending at `start`: one, or a comma list after FROM. */
function itemsAfter(sql: string, keyword: string, start: number): Item[] {
  const items: Item[] = [];
  const list = LIST_KEYWORDS.has(keyword);
  let i = start;
  const skip = (re: RegExp): boolean => {
    const m = re.exec(sql.slice(i));
    if (m) i += m[0].length;
    return m !== null;
  };
  for (;;) {
    skip(/^\s*/);
    skip(/^(?:ONLY|LATERAL)\s+/);
    const index = i;
    if (sql[i] === '(')
      i = closing(sql, i); // a subquery: its own FROMs are read where they are
    else if (sql.startsWith('${', i)) {
      i = closing(sql, i + 1);
      items.push({ index, interpolated: sql.slice(index + 2, i - 1).trim() });
    } else {
      const m = /^"?([a-z_][a-z0-9_]*)"?/.exec(sql.slice(i));
      if (!m) break;
      i += m[0].length;
      if (FUNCTION_KEYWORDS.has(keyword) && /^\s*\(/.test(sql.slice(i))) {
        skip(/^\s*/);
        i = closing(sql, i); // a function: unnest(…), generate_series(…)
      } else items.push({ index, table: m[1] });
    }
    if (!list) break;
    if (skip(/^\s+(?:AS\s+)?"?[a-z_][a-z0-9_]*"?/) && /^\s*\(/.test(sql.slice(i))) {
      skip(/^\s*/);
      i = closing(sql, i); // an alias's column names: AS u(id)
    }
    if (!skip(/^\s*,/)) break;
  }
  return items;
}

/** The tables one SQL text names (a literal, with its `${…}` still in it), and where. */
function tablesInSql(
  sql: string,
  constants: Map<string, string>,
  seen: Set<string> = new Set(),
): { index: number; table: string }[] {
  const found: { index: number; table: string }[] = [];
  const ctes = new Set([...sql.matchAll(CTE)].map((m) => m[1]));
  for (const m of sql.matchAll(KEYWORD)) {
    const keyword = m[1];
    const before = sql.slice(0, m.index);
    if (NOT_A_TABLE_BEFORE.test(before)) continue;
    for (const item of itemsAfter(sql, keyword, m.index + keyword.length)) {
      if ('interpolated' in item) {
        const value = constants.get(item.interpolated);
        if (value !== undefined && !seen.has(item.interpolated)) {
          // A fragment written in this file: read it as if it were written here.
          const inner = tablesInSql(
            `${keyword} ${value}`,
            constants,
            new Set([...seen, item.interpolated]),
          );
          found.push(...inner.map(({ table }) => ({ index: item.index, table })));
        } else if (!(item.interpolated in ALLOWED_INTERPOLATIONS))
          found.push({ index: item.index, table: `\${${item.interpolated}}` });
        continue;
      }
      const name = item.table;
      if (ctes.has(name) || NOT_TABLES.has(name)) continue;
      found.push({ index: item.index, table: name });
    }
  }
  return found;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The tables one source file touches, by SQL or by TypeORM, and the line of each. */
export function accessesIn(text: string, cat: Catalogue): { line: number; table: string }[] {
  const found: { line: number; table: string }[] = [];
  const constants = literalConstants(text);
  for (const { value, line } of literals(text)) {
    if (
      !/\b(SELECT|INSERT|UPDATE|DELETE|TRUNCATE|LOCK)\b/.test(value) &&
      !/\b(FROM|JOIN)\s/.test(value)
    )
      continue;
    for (const { index, table } of tablesInSql(value, constants)) {
      if (!cat.owner.has(table) && !/^[a-z]+_[a-z_]+$|^[a-z]+$|^\$\{/.test(table)) continue;
      found.push({ line: line + lineAt(value, index) - 1, table });
    }
  }
  for (const m of text.matchAll(TYPEORM_CALL)) {
    const table = cat.entityTable.get(m[1]);
    if (table) found.push({ line: lineAt(text, m.index), table });
  }
  for (const m of text.matchAll(TYPEORM_NAMED)) {
    const table = cat.entityTable.get(m[1]) ?? (cat.owner.has(m[1]) ? m[1] : undefined);
    if (table) found.push({ line: lineAt(text, m.index), table });
  }
  return found.sort((a, b) => a.line - b.line);
}

const SQL =
  /\b(SELECT\s[\s\S]*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|TRUNCATE|LOCK\s+TABLE|pg_advisory)/;

/** The first line of a source file holding an SQL string or a TypeORM call on an entity, if any. */
export function sqlIn(text: string, cat: Catalogue): number | undefined {
  const hit = literals(text).find(({ value }) => SQL.test(value));
  if (hit) return hit.line;
  const orm = [...text.matchAll(TYPEORM_CALL)].find((m) => cat.entityTable.has(m[1]));
  const named = [...text.matchAll(TYPEORM_NAMED)].find(
    (m) => cat.entityTable.has(m[1]) || cat.owner.has(m[1]),
  );
  const first = [orm, named].filter((m) => m !== undefined).sort((a, b) => a.index - b.index)[0];
  return first ? lineAt(text, first.index) : undefined;
}

/** Files of the domain libs, outside repositories, that hold an SQL string: where and the first line. */
export function sqlOutsideRepositories(cat: Catalogue): { file: string; line: number }[] {
  const found: { file: string; line: number }[] = [];
  for (const lib of libNames()) {
    if (lib === 'db' || lib === 'core') continue;
    for (const file of walk(join(LIBS, lib, 'src'))) {
      if (file.endsWith('.repository.ts')) continue;
      const line = sqlIn(readFileSync(file, 'utf8'), cat);
      if (line !== undefined) found.push({ file: relative(ROOT, file), line });
    }
  }
  return found;
}

export function accesses(cat: Catalogue): Access[] {
  const found: Access[] = [];
  for (const lib of libNames()) {
    for (const file of walk(join(LIBS, lib, 'src'))) {
      const file_ = relative(ROOT, file);
      for (const a of accessesIn(readFileSync(file, 'utf8'), cat))
        found.push({ lib, file: file_, ...a });
    }
  }
  return found;
}
