import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** The committed SDL (`npm run schema:update` writes it; a test fails when it drifts). */
export const schema: GraphQLSchema = buildSchema(
  readFileSync(join(__dirname, '..', '..', '..', 'apps', 'api', 'schema.graphql'), 'utf8'),
);

export const rootFields = (kind: 'Query' | 'Mutation'): GraphQLField<unknown, unknown>[] =>
  Object.values((schema.getType(kind) as GraphQLObjectType).getFields());

/**
 * Every field of `type`, objects to `depth` levels, no type twice on a path. Unlike
 * test/support/sdl.ts' selectionOf, fields with arguments get them filled from `argsFor` (so
 * `commentPage(first: 100)` reads a whole page).
 */
export function walkSelection(type: GraphQLObjectType, depth: number, path: string[] = []): string {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const first = field.args.find((a) => a.name === 'first');
    const args = first ? '(first: 100)' : '';
    const named = getNamedType(field.type);
    if (!isObjectType(named)) parts.push(field.name + args);
    else if (depth > 0 && !path.includes(named.name))
      parts.push(
        `${field.name}${args} { ${walkSelection(named, depth - 1, [...path, type.name])} }`,
      );
  }
  return parts.join(' ');
}

export interface Read {
  root: string;
  query: string;
  variables: Record<string, unknown>;
}

/** What the seeded world offers as argument values. */
export interface ArgumentPool {
  /** Ids by GraphQL type name (`Meeting`, `Council`, …). */
  ids: Record<string, string[]>;
  slugs: string[];
  /** Texts to search for: the secrets themselves, so that a search for one must find nothing. */
  texts: string[];
}

/** The type an ID argument points at: `id` of `meeting(id)` → Meeting, `councilId` → Council. */
function pointedType(field: GraphQLField<unknown, unknown>, arg: GraphQLArgument): string {
  if (arg.name === 'id') return getNamedType(field.type).name;
  if (arg.name === 'authorId') return 'Account';
  const base = arg.name.replace(/Id$/, '');
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** Candidate values of an argument; `null` first when it may be left out. */
function candidates(
  field: GraphQLField<unknown, unknown>,
  arg: GraphQLArgument,
  pool: ArgumentPool,
): unknown[] {
  const named = getNamedType(arg.type as GraphQLInputType);
  if (arg.name === 'first') return [100];
  if (arg.name === 'after') return [];
  if (arg.name === 'slug') return pool.slugs;
  if (isEnumType(named)) return named.getValues().map((v) => v.value);
  if (isInputObjectType(named)) {
    // A filter: each of its text fields set to each of the texts (e.g. objectType, action).
    return Object.values(named.getFields())
      .filter((f) => getNamedType(f.type).name === 'String')
      .flatMap((f) => pool.texts.map((t) => ({ [f.name]: t })));
  }
  if (isScalarType(named)) {
    if (named.name === 'ID') {
      const ids = pool.ids[pointedType(field, arg)];
      if (!ids) throw new Error(`No seeded ids for ${field.name}(${arg.name})`);
      return ids;
    }
    if (named.name === 'String') return pool.texts;
    if (named.name === 'Boolean') return [true, false];
    if (named.name === 'Int') return [100];
  }
  throw new Error(`No candidates for ${field.name}(${arg.name}: ${String(arg.type)})`);
}

/**
 * For every root query field: reads selecting everything reachable from it (to `depth`), its
 * required arguments set to each candidate in turn, then each optional argument set alone to each
 * of its candidates (varying one at a time keeps the count linear, not a product).
 */
export function readsFromSdl(pool: ArgumentPool, depth: number): Read[] {
  const reads: Read[] = [];
  for (const field of rootFields('Query')) {
    const named = getNamedType(field.type);
    const selection = isObjectType(named) ? ` { ${walkSelection(named, depth)} }` : '';
    const build = (variables: Record<string, unknown>): Read => {
      const passed = field.args.filter((a) => a.name in variables);
      const declarations = passed.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const args = passed.map((a) => `${a.name}: $${a.name}`).join(', ');
      return {
        root: field.name,
        query: `query${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
        variables,
      };
    };
    const required = field.args.filter((a) => isNonNullType(a.type));
    const optional = field.args.filter((a) => !isNonNullType(a.type));
    // Every combination of the required arguments' candidates (at most two of them per field).
    let bases: Record<string, unknown>[] = [{}];
    for (const arg of required)
      bases = bases.flatMap((b) =>
        candidates(field, arg, pool).map((value) => ({ ...b, [arg.name]: value })),
      );
    for (const base of bases) {
      reads.push(build(base));
      for (const arg of optional)
        for (const value of candidates(field, arg, pool))
          reads.push(build({ ...base, [arg.name]: value }));
    }
  }
  return reads;
}

/** Whether a GraphQL type is a list (through non-null wrappers). */
export const isList = (type: GraphQLInputType): boolean =>
  isNonNullType(type) ? isList(type.ofType) : isListType(type);
