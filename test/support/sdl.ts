import { getNamedType, GraphQLObjectType, isNonNullType, isObjectType } from 'graphql';

/** Every field of `type` without required arguments, objects to `depth` levels, no type twice on a path. */
export function selectionOf(
  type: GraphQLObjectType,
  depth: number,
  path: string[] = [type.name],
): string {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) {
      parts.push(field.name);
    } else if (depth > 0 && !path.includes(named.name)) {
      parts.push(`${field.name} { ${selectionOf(named, depth - 1, [...path, named.name])} }`);
    }
  }
  return parts.join(' ');
}
