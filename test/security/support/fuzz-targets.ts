import {
  getNamedType,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { rootFields } from './sdl-walker';

/** A string, enum or ID argument (or input field) somewhere in an operation's arguments. */
export interface FuzzTarget {
  kind: 'query' | 'mutation';
  operation: string;
  /** Where it sits: `input.title`, `ids[]`, `after`. */
  path: string[];
  /** The GraphQL type of the value: String, ID, or an enum type. */
  scalar: string;
  enumType?: GraphQLEnumType;
  /** The operation as a document, and its variables with the target replaced by `value`. */
  document: string;
  variables(value: unknown): Record<string, unknown>;
}

/** Valid-looking values the seeded world gives, so a fuzzed value reaches past the other fields. */
export interface ValuePool {
  ids: Record<string, string[]>;
  /** A UUID that names nothing. */
  unknownId: string;
}

const ID_TYPES: Record<string, string> = {
  accountId: 'Account',
  onBehalfOf: 'Account',
  proxyHolderId: 'Account',
  authorId: 'Account',
  commentId: 'ProposalComment',
  parentId: 'ProposalComment',
  targetId: 'Proposal',
  worksId: 'WorksProject',
  entryId: 'SolidarityEntryView',
  placeId: 'PlaceDetails',
};

function idFor(name: string, owner: string, pool: ValuePool): string {
  // A report is a detour's (answerDetourReport returns it, hideDetourReport its project) or a
  // place's (its operations return the place).
  const detour = owner === 'DetourReport' || owner === 'WorksProject';
  const report = name === 'reportId' && (detour ? 'DetourReport' : 'PlaceReport');
  const type =
    (report || ID_TYPES[name]) ??
    (name === 'id' ? owner : name.charAt(0).toUpperCase() + name.replace(/Ids?$/, '').slice(1));
  return pool.ids[type]?.[0] ?? pool.unknownId;
}

const SCALARS: Record<string, (name: string) => unknown> = {
  String: (name) =>
    ({
      email: 'personne-inconnue@example.fr',
      password: 'Un mot de passe assez long 42!',
      newPassword: 'Un mot de passe assez long 42!',
      birthDate: '1984-03-12',
      termStart: '2026-01-01',
      slug: 'quartier-inconnu',
      locale: 'fr',
      csv: 'nom;prenoms;date_naissance;quartier\nMartin;Paul;1980-01-01;Centre',
    })[name] ?? 'Un texte ordinaire de test',
  Int: () => 1,
  Float: () => 1.5,
  Boolean: () => false,
  DateTime: () => new Date(Date.now() + 20 * 86_400_000).toISOString(),
  JSONObject: () => ({}),
};

/** A valid-looking value of `type` (required input fields only). */
function baseValue(type: GraphQLInputType, name: string, owner: string, pool: ValuePool): unknown {
  if (isNonNullType(type)) return baseValue(type.ofType, name, owner, pool);
  if (isListType(type)) return [baseValue(type.ofType, name, owner, pool)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, baseValue(f.type, f.name, owner, pool)]),
    );
  if (isScalarType(type)) {
    if (type.name === 'ID') return idFor(name, owner, pool);
    return SCALARS[type.name](name);
  }
  throw new Error(`No base value for ${String(type)}`);
}

/** `value` with the leaf at `path` replaced (lists: their first item). */
function replaced(value: unknown, path: string[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  if (head === '[]') return [replaced((value as unknown[] | undefined)?.[0], rest, leaf)];
  const object = { ...(value as Record<string, unknown>) };
  object[head] = replaced(object[head], rest, leaf);
  return object;
}

/** The paths to every String, ID and enum leaf of an input type. */
function leaves(
  type: GraphQLInputType,
  path: string[],
): { path: string[]; type: GraphQLInputType }[] {
  if (isNonNullType(type)) return leaves(type.ofType, path);
  if (isListType(type)) return leaves(type.ofType, [...path, '[]']);
  if (isInputObjectType(type))
    return Object.values(type.getFields()).flatMap((f) => leaves(f.type, [...path, f.name]));
  if (isEnumType(type) || (isScalarType(type) && ['String', 'ID'].includes(type.name)))
    return [{ path, type }];
  return [];
}

/** Every String, enum, ID and cursor argument of every operation of the committed SDL. */
export function fuzzTargets(pool: ValuePool): FuzzTarget[] {
  const targets: FuzzTarget[] = [];
  for (const kind of ['query', 'mutation'] as const) {
    for (const field of rootFields(kind === 'query' ? 'Query' : 'Mutation')) {
      targets.push(...targetsOf(kind, field, pool));
    }
  }
  return targets;
}

function targetsOf(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  pool: ValuePool,
): FuzzTarget[] {
  const owner = getNamedType(field.type).name;
  const named = getNamedType(field.type);
  const selection = isObjectType(named) ? ' { __typename }' : '';
  return field.args.flatMap((arg) =>
    leaves(arg.type, [arg.name]).map(({ path, type }) => {
      // The target's argument is always passed; the others only when required.
      const passed = field.args.filter((a) => a === arg || isNonNullType(a.type));
      const declarations = passed.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const args = passed.map((a) => `${a.name}: $${a.name}`).join(', ');
      const base = Object.fromEntries(
        passed.map((a) => [a.name, baseValue(a.type, a.name, owner, pool)]),
      );
      const leafType = getNamedType(type);
      return {
        kind,
        operation: field.name,
        path,
        scalar: leafType.name,
        enumType: isEnumType(leafType) ? leafType : undefined,
        document: `${kind}(${declarations}) { ${field.name}(${args})${selection} }`,
        variables: (value: unknown) => replaced(base, path, value) as Record<string, unknown>,
      };
    }),
  );
}
