import { createHmac } from 'node:crypto';
import { normalizeName } from '../residency/census-normalizer';
/** How well an account matches a search; lower comes first. */
export const SEARCH_RANKS = {
  /** The whole e-mail address, as typed (trimmed, lower-cased). */
  EXACT_EMAIL: 0,
  /** The address, the name or one of its words starts with the text. */
  PREFIX: 1,
  /** The text is somewhere in the address or the name. */
  SUBSTRING: 2,
} as const;

export type SearchRank = (typeof SEARCH_RANKS)[keyof typeof SEARCH_RANKS];

export const isSearchRank = (value: unknown): value is SearchRank =>
  Object.values<unknown>(SEARCH_RANKS).includes(value);

/** The text as a LIKE operand, matched literally: `%`, `_` and `\` typed by the agent are no wildcards. */
export function likeLiteral(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * What the audit trail keeps of a search: a keyed hash of the folded text, not the text (a name,
 * an address), which would outlive the person's erasure in an append-only trail. Whoever holds the
 * key can still check whether an agent searched for a given person.
 */
export const searchFingerprint = (key: string, query: string): string =>
  createHmac('sha256', key)
    .update(`account-search:${normalizeName(query)}`)
    .digest('hex');
