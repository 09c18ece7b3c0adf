import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  DocumentNode,
  ValueNode,
  GraphQLError,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_PAGE_SIZE } from '@quorum/core';

/**
 * The cost of a request, as the number of values it may return (SPEC §8, README "Query cost"):
 * a field costs 1, plus its selection times how many objects it may hold: a page (`first`,
 * literal or variable; the page size by default), or LIST_SIZE for a plain list. The items of a
 * page (`edges`) are already counted by the page. A page of 100 meetings with their agendas and
 * minutes costs about 20,000; the same page with every field down to the roll calls about 216,000;
 * two of those, or fifteen aliased pages of proposals, are refused.
 */
export const COST_MODEL = {
  /** A plain list's assumed length: agendas, attendance, minutes' versions, comments… */
  listSize: 10,
  maxCost: 250_000,
} as const;

interface CostContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** The variables as the operation runs with them: what the client sent, else their defaults. */
  variables: Record<string, unknown>;
  /** A named fragment costs the same wherever it is spread: counted once, however often used. */
  fragmentCosts: Map<string, number>;
}

function intArgument(node: FieldNode, name: string, variables: Record<string, unknown>) {
  const arg = node.arguments?.find((a) => a.name.value === name);
  const value: ValueNode | undefined = arg?.value;
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' ? given : undefined;
  }
  return undefined;
}

/** How many objects the field's value may hold. */
function sizeOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  parent: GraphQLCompositeType,
  variables: Record<string, unknown>,
): number {
  if (field.args.some((a) => a.name === 'first')) {
    const first = intArgument(node, 'first', variables);
    const fallback = field.args.find((a) => a.name === 'first')?.defaultValue;
    return Math.max(1, first ?? (typeof fallback === 'number' ? fallback : DEFAULT_PAGE_SIZE));
  }
  if (!isListType(getNullableType(field.type))) return 1;
  // The edges of a page: the page counted them.
  return parent.name.endsWith('Connection') ? 1 : COST_MODEL.listSize;
}

function costOfSelection(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  context: CostContext,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += 1;
      if (!selection.selectionSet || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const field = parent.getFields()[selection.name.value];
      const type = field && getNamedType(field.type);
      if (!type || !isCompositeType(type)) continue;
      total +=
        sizeOf(field, selection, parent, context.variables) *
        costOfSelection(selection.selectionSet, type, context);
    } else {
      const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
      const known = name === null ? undefined : context.fragmentCosts.get(name);
      if (known !== undefined) {
        total += known;
        continue;
      }
      const fragment =
        selection.kind === Kind.FRAGMENT_SPREAD
          ? context.fragments[selection.name.value]
          : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition
        ? context.schema.getType(fragment.typeCondition.name.value)
        : parent;
      const cost =
        condition && isCompositeType(condition)
          ? costOfSelection(fragment.selectionSet, condition, context)
          : 0;
      if (name !== null) context.fragmentCosts.set(name, cost);
      total += cost;
    }
  }
  return total;
}

/** The cost of the operation a request runs (validation has already refused fragment cycles). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((definition) =>
      definition.defaultValue?.kind === Kind.INT
        ? [[definition.variable.name.value, Number(definition.defaultValue.value)]]
        : [],
    ),
  );
  return costOfSelection(operation.selectionSet, root, {
    schema,
    fragments,
    variables: { ...defaults, ...variables },
    fragmentCosts: new Map(),
  });
}

/** An operation over COST_MODEL.maxCost: BAD_USER_INPUT, reason QUERY_TOO_COSTLY; else null. */
export function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError | null {
  const cost = queryCost(schema, document, operation, variables);
  if (cost <= COST_MODEL.maxCost) return null;
  return new GraphQLError(`Query cost ${cost} is over the limit of ${COST_MODEL.maxCost}`, {
    // Thrown from a plugin hook, Apollo would answer 500 (a server fault) without the status.
    extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', http: { status: 400 } },
  });
}

/** Refuses, before anything runs, a request over COST_MODEL.maxCost (variables counted). */
export const costGuard: ApolloServerPlugin = {
  requestDidStart: async () => ({
    didResolveOperation: async ({ schema, document, operation, request }) => {
      if (!operation) return;
      const refused = costRefusal(schema, document, operation, request.variables ?? {});
      if (refused) throw refused;
    },
  }),
};
