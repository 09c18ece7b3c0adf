import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

/**
 * Code points no text of ours may hold: NUL (PostgreSQL refuses it in text) and UTF-16 halves of
 * a pair standing alone (not a character; they cannot be encoded in UTF-8).
 */
const INVALID_CODE_POINT =
  // eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasInvalidCodePoint = (text: string): boolean => INVALID_CODE_POINT.test(text);

/** A name as it can be said back: its invalid code points shown as U+FFFD. */
const sayable = (name: string) => name.replace(new RegExp(INVALID_CODE_POINT, 'g'), '\uFFFD');

/** The path (`input.title`, `ids.2`) of the first string, or object key, holding one. */
export function firstInvalidText(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return hasInvalidCodePoint(value) ? path.join('.') : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = firstInvalidText(item, [...path, String(i)]);
      if (found !== null) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (hasInvalidCodePoint(key)) return [...path, sayable(key)].join('.');
      const found = firstInvalidText(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * What firstInvalidLiteral found, per document: Apollo keeps the parsed document of a query it
 * has seen, so its literals are looked at once, not on every request.
 */
const literalsChecked = new WeakMap<DocumentNode, string | null>();

function firstInvalidLiteralOnce(document: DocumentNode): string | null {
  let found = literalsChecked.get(document);
  if (found === undefined) literalsChecked.set(document, (found = firstInvalidLiteral(document)));
  return found;
}

/** The argument of the first string literal of the document holding one. */
function firstInvalidLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  const args: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void args.push(node.name.value), leave: () => void args.pop() },
    StringValue(node) {
      if (found === null && hasInvalidCodePoint(node.value)) found = args.at(-1) ?? 'query';
    },
  });
  return found;
}

/**
 * A request whose strings (variables or literals, every argument of every operation) hold an
 * invalid code point: BAD_USER_INPUT, reason INVALID_CHARACTER; null when there is none.
 */
export function invalidTextRefusal(
  variables: Record<string, unknown>,
  document: DocumentNode,
): GraphQLError | null {
  const field =
    firstInvalidText(variables) ??
    (document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)
      ? firstInvalidLiteralOnce(document)
      : null);
  if (field === null) return null;
  return new GraphQLError('Invalid code point in a string input', {
    extensions: {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CHARACTER',
      field: field || 'variables',
      // Thrown from a plugin hook, Apollo would answer 500 (a server fault) without it.
      http: { status: 400 },
    },
  });
}

/** Refuses, before anything runs, a request invalidTextRefusal finds a forbidden character in. */
export const textGuard: ApolloServerPlugin = {
  requestDidStart: async () => ({
    didResolveOperation: async ({ request, document }) => {
      const refused = invalidTextRefusal(request.variables ?? {}, document);
      if (refused) throw refused;
    },
  }),
};
