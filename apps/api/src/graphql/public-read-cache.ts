import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
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

/**
 * Whether version `a` comes after version `b` (both from `TransactionService.version`: PostgreSQL's
 * snapshot `xmin:xmax:xip,…`, a space, the day). Snapshots only move forward: xmax grows, and for
 * the same xmax the list of transactions still running only shrinks. Unreadable: false.
 */
export function isNewerVersion(a: string, b: string): boolean {
  const parse = (v: string) => {
    const match = /^(\d+):(\d+):([\d,]*) (\d{4}-\d{2}-\d{2})$/.exec(v);
    return match
      ? {
          xmax: BigInt(match[2]),
          running: match[3] ? match[3].split(',').length : 0,
          day: match[4],
        }
      : null;
  };
  const [x, y] = [parse(a), parse(b)];
  if (!x || !y) return false;
  if (x.day !== y.day) return x.day > y.day;
  if (x.xmax !== y.xmax) return x.xmax > y.xmax;
  return x.running < y.running;
}

/**
 * Answers to anonymous public reads, kept while the database is as it was when they were read
 * (issue 14, issue 16: a listing's API CPU is five times `{ __typename }`'s, and the public reads
 * the same pages again and again). Exact, never "fresh enough":
 * - each request reads the database's version first (`TransactionService.version`: PostgreSQL's
 *   snapshot and the town's day), which changes once any transaction has ended (a support, a
 *   comment, a moderation, another instance's write, a job of the worker, psql);
 * - an answer the resolvers gave is kept only if the version read again after them is still the
 *   one read before them: nothing ended while they ran, so each of their statements read that
 *   very state;
 * - it is given only to a request that reads that same version.
 * So a kept answer is the one the resolvers would give, at the cost of one statement per request
 * (two for a miss); under writes it is a miss.
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
  // Only the newest version's answers are of any use: the older ones are dropped as it moves on.
  let current: string | null = null;
  /** The version now, or null when it cannot be read (the request then runs as without the cache). */
  const versionNow = () => database.version().catch(() => null);

  const keyOf = (ctx: GraphQLRequestContext<BaseContext>): string | null => {
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
      let before: string | null = null;
      return {
        async responseForOperation(ctx) {
          key = keyOf(ctx);
          if (key === null) return null;
          before = await versionNow();
          if (before === null || before !== current) {
            // A request that read an older version (its connection answered late) keeps nothing.
            if (before !== null && (current === null || isNewerVersion(before, current))) {
              answers.clear();
              current = before;
            }
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
          if (key === null || before === null || before !== current || body.kind !== 'single')
            return;
          const { data, errors, extensions } = body.singleResult;
          if (!data || errors?.length || extensions || answers.has(key)) return;
          const text = JSON.stringify(data);
          // Awaited (a miss's answer waits for one more statement): the next request finds it kept.
          const after = await versionNow();
          if (after === before && before === current)
            answers.set(key, text, { size: 2 * (text.length + key.length) });
        },
      };
    },
  };
}
