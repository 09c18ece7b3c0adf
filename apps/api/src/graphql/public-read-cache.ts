import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * The root fields whose answer to an anonymous caller is a function of the database's content,
 * the town's day and the request alone: the public listings and pages people browse most (the
 * site's home, `/propositions`, a proposal's page, the councils). A field that reads the time,
 * a caller's address or anything outside PostgreSQL has no place here.
 */
export const PUBLIC_READ_ROOTS: ReadonlySet<string> = new Set([
  'proposals',
  'proposal',
  'councils',
  'council',
]);

/** What the cache asks of the database: `TransactionService.version`. */
export interface DatabaseVersion {
  version(): Promise<string | null>;
}

/** The root fields an operation asks for, through its fragments; null if one is not a plain field. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  into: string[] = [],
): string[] | null {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // @include / @skip follow a variable: the variables are in the key, the field in the list.
      into.push(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!rootFields(selection.selectionSet, fragments, into)) return null;
    } else {
      const fragment = fragments[selection.name.value];
      if (!fragment || !rootFields(fragment.selectionSet, fragments, into)) return null;
    }
  }
  return into;
}

/** Whether the operation reads only public roots (and at least one: `{ __typename }` is cheaper as it is). */
export function readsOnlyPublicRoots(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  if (operation.operation !== 'query') return false;
  const fields = rootFields(operation.selectionSet, fragments);
  if (!fields) return false;
  const named = fields.filter((f) => f !== '__typename');
  return named.length > 0 && named.every((f) => PUBLIC_READ_ROOTS.has(f));
}

type Context = GraphQLRequestContext<Record<string, unknown>>;

/**
 * Answers to anonymous public reads, kept while the database is as it was when they were read
 * (issue 14, issue 16: a listing's API CPU is five times `{ __typename }`'s, and the public reads
 * the same pages again and again). Exact, never "fresh enough": an answer is kept under the
 * database's version (`TransactionService.version`: PostgreSQL's snapshot and the town's day)
 * read *before* the query ran, and given again only while the version is the same, which it is
 * no longer once any transaction has ended since (a support, a comment, a moderation, another
 * instance's write, a job of the worker). So a cached answer is the one the resolvers would give,
 * at the cost of one statement per request; under writes it is a miss, which costs that
 * statement more than without the cache.
 *
 * Only for a query sent over HTTP without an `Authorization` header (what a caller sees depends
 * on who they are: drafts, `viewerSupports`, moderators' bodies), whose root fields are all in
 * PUBLIC_READ_ROOTS, and whose answer has no error. It runs after the request's checks (size,
 * depth, cost: didResolveOperation), as every request does. `maxBytes` bounds its memory (the
 * answers' JSON length); 0 turns it off.
 */
export function publicReadCache(database: DatabaseVersion, maxBytes: number): ApolloServerPlugin {
  if (maxBytes <= 0) return {};
  // The answers' JSON, not their objects: a result tree weighs several times its text in the
  // heap, and a text's size is known (two bytes a character at most).
  const answers = new LRUCache<string, string>({
    // Its slots allocated once: a version has a few hundred answers at most in the bench.
    max: 10_000,
    maxSize: maxBytes,
    // An answer larger than an eighth of the cache would push out most of the others.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
  });
  // Only the newest version's answers are of any use: the others are dropped as it changes.
  let current: string | null = null;

  const keyOf = (ctx: Context): string | null => {
    const { operation, document, request } = ctx;
    if (!operation || !document || !request.http) return null;
    if (request.http.headers.get('authorization') !== undefined) return null;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of document.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    if (!readsOnlyPublicRoots(operation, fragments)) return null;
    return `${ctx.queryHash}\n${ctx.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
  };

  return {
    async requestDidStart() {
      let key: string | null = null;
      let version: string | null = null;
      return {
        async responseForOperation(ctx) {
          key = keyOf(ctx as unknown as Context);
          if (key === null) return null;
          version = await database.version();
          if (version === null) return null;
          if (version !== current) {
            // A request that read an older version than the last one seen may still land here
            // and empty the newer answers: a miss, never a wrong answer (keys hold no version).
            answers.clear();
            current = version;
            return null;
          }
          const text = answers.get(key);
          if (text === undefined) return null;
          return {
            http: ctx.response.http,
            body: { kind: 'single', singleResult: { data: JSON.parse(text) } },
          };
        },
        async willSendResponse(ctx) {
          const body = ctx.response.body;
          // Kept only under the version read before the resolvers ran, if it is still the newest.
          if (key === null || version === null || version !== current || body.kind !== 'single')
            return;
          const { data, errors, extensions } = body.singleResult;
          if (!data || errors?.length || extensions || answers.has(key)) return;
          const text = JSON.stringify(data);
          answers.set(key, text, { size: 2 * (text.length + key.length) });
        },
      };
    },
  };
}
