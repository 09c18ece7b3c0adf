import { PROPOSAL_CATEGORIES } from '../proposal.entity';

/**
 * What a proposal says (SPEC §3): a title of 5 to 140 characters (spaces around it do not count),
 * a body of Markdown up to 20,000 characters (rendered and sanitized by the server: core's
 * `renderMarkdown`), a category from a fixed list, and optionally an address and a point. The
 * input `SubmitProposalInput` validates with these bounds.
 */

export const TITLE_LENGTH = { min: 5, max: 140 } as const;

/** A body says something: at least one character, at most 20,000. */
export const BODY_LENGTH = { min: 1, max: 20_000 } as const;

export const ADDRESS_MAX_LENGTH = 300;

/** The fixed list of categories. */
export { PROPOSAL_CATEGORIES };
