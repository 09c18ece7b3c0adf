import { Injectable } from '@nestjs/common';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@quorum/core';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { ProposalCategory, ProposalStatus } from './proposal.entity';
import { ProposalOrder } from './proposal.types';

/**
 * The columns a view needs (the bodies apart: a listing reads them only when asked), with the author's public name (identity's `account_public_name`), and
 * the town's day (the sessions run in its time zone) for what depends on it.
 */
const LISTED_COLUMNS = `p.id, p.council_id, p.author_id, p.title, p.hidden_at, p.category, p.address,
  p.latitude, p.longitude, p.status, p.support_count, p.support_threshold, p.published_at, p.expires_at,
  p.qualified_at, p.hidden_reason, p.created_at, p.last_activity_at, p.decided_at,
  to_char(p.answer_deadline, 'YYYY-MM-DD') AS answer_deadline, to_char(clock_now(), 'YYYY-MM-DD') AS today,
  p.answer, p.answer_justification, p.answered_at, p.implemented_at`;

/**
 * The proposal's council as its card shows it (councils' `council_card`, joined as `c`), so that
 * `Proposal.council` is a plain field of the row rather than a second statement per page. The
 * perimeter (GeoJSON, possibly large) only `withPerimeter`: a listing reads it only when asked.
 */
const councilColumns = (withPerimeter: boolean) =>
  `c.slug AS council_slug, c.name AS council_name, c.neighbourhood AS council_neighbourhood,
  c.neighbourhood_key AS council_neighbourhood_key, c.perimeter_description AS council_perimeter_description,
  ${withPerimeter ? 'c.perimeter_geojson' : 'NULL::jsonb'} AS council_perimeter_geojson, c.created_at AS council_created_at`;

const COLUMNS = `${LISTED_COLUMNS}, p.body_markdown, p.body_html, a.display_name AS author_name, ${councilColumns(true)}`;

const WITH_AUTHOR = `proposal p JOIN account_public_name a ON a.account_id = p.author_id
  JOIN council_card c ON c.council_id = p.council_id`;

export interface ProposalRow {
  id: string;
  council_id: string;
  author_id: string;
  author_name: string;
  title: string;
  /** Null in a listing that selects no body. */
  body_markdown: string | null;
  body_html: string | null;
  hidden_at: Date | null;
  category: ProposalCategory;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  status: ProposalStatus;
  support_count: number;
  support_threshold: number | null;
  published_at: Date | null;
  expires_at: Date | null;
  qualified_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
  last_activity_at: Date;
  decided_at: Date | null;
  /** YYYY-MM-DD */
  answer_deadline: string | null;
  /** The town's day, YYYY-MM-DD. */
  today: string;
  answer: 'ACCEPTED' | 'PARTIALLY_ACCEPTED' | 'DECLINED' | null;
  answer_justification: string | null;
  answered_at: Date | null;
  implemented_at: Date | null;
  council_slug: string;
  council_name: string;
  council_neighbourhood: string;
  council_neighbourhood_key: string;
  council_perimeter_description: string;
  /** Null in a listing that does not select it. */
  council_perimeter_geojson: Record<string, unknown> | null;
  council_created_at: Date;
}

/** A proposal's row as its lock reads it. */
export interface LockedProposalRow {
  status: ProposalStatus;
  council_id: string;
  hidden: boolean;
  author_id: string;
  /** The support window has closed (both instants compared in SQL, to the microsecond). */
  window_closed: boolean;
  /** The town's day of the transaction's time, YYYY-MM-DD. */
  today: string;
  answer: 'ACCEPTED' | 'PARTIALLY_ACCEPTED' | 'DECLINED' | null;
}

export interface NewProposal {
  councilId: string;
  authorId: string;
  title: string;
  bodyMarkdown: string;
  bodyHtml: string;
  category: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
}

/**
 * Allow-listed orders: a sort key (descending) and the shape of its cursor value. Cursors carry
 * the key as PostgreSQL prints it (microseconds kept) and the order they belong to.
 */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const ORDERS: Record<ProposalOrder, { key: string; shape: RegExp }> = {
  NEWEST: { key: 'coalesce(p.published_at, p.created_at)', shape: TIMESTAMP },
  MOST_SUPPORTED: { key: 'p.support_count', shape: /^\d{1,9}$/ },
  RECENTLY_ACTIVE: { key: 'p.last_activity_at', shape: TIMESTAMP },
  RELEVANCE: {
    key: `round(ts_rank(p.search_vector, websearch_to_tsquery('quorum_french', $search))::numeric, 6)`,
    shape: /^\d+(\.\d+)?$/,
  },
};

/** The most rows a listing's statement asks for: a page's `first`, plus one to see a next page. */
const LIMIT_MAX = MAX_PAGE_SIZE + 1;

/**
 * Whether a listing goes as a prepared statement (`queryRows`' `prepare: 'shape'`): a page of the
 * default size, without a search. Its text follows the request's shape (filters, order, cursor,
 * total, fields, and the limit), its values are the filters' and the cursor's, so PostgreSQL
 * parses each shape once per connection and, once it finds the generic plan as cheap as its
 * custom ones, stops planning it (0.8 ms per call on the city-scale dataset). Other page sizes
 * would each be a text of their own: they keep a plan per call, as a search does (how many
 * proposals a query's words match is what decides its plan). `test/listing-plans.e2e-spec.ts`
 * plans every shape generically.
 */
export const listingPrepared = (listing: ProposalListing): boolean =>
  !listing.filters.search && listing.limit === DEFAULT_PAGE_SIZE + 1;

/** Whether a cursor's key has the shape its order's key prints in. */
export const cursorKeyFits = (order: ProposalOrder, key: string): boolean =>
  ORDERS[order].shape.test(key);

export interface ProposalFilters {
  /** Drafts are seen by their author only. */
  viewerId: string | null;
  search?: string;
  councilId?: string;
  /** HIDDEN means hidden by moderation, whatever the status. */
  status?: ProposalStatus;
  category?: string;
  authorId?: string;
  /** Only what the viewer supports (nothing for an anonymous viewer): supports are not public. */
  supportedByViewer?: boolean;
}

/** A page of the listing: filters, order, the cursor's key and id, rows wanted, columns wanted. */
export interface ProposalListing {
  filters: ProposalFilters;
  orderBy: ProposalOrder;
  after: { key: string; id: string } | null;
  limit: number;
  /** The two bodies are read only when a body field is selected. */
  withBodies: boolean;
  /** The council's perimeter (GeoJSON) only when `council { perimeterGeojson }` is selected. */
  withPerimeter?: boolean;
  /** `totalCount` (exact, see `countSql`) in the page's own statement, when it is selected. */
  withTotal?: boolean;
}

/**
 * The filters as SQL over `p`, their values pushed on `params`; `visible`: what the viewer may
 * see (drafts only their own), or `own drafts`: the viewer's drafts only. `p` is `proposal`, or
 * `proposal_search` (`on: 'search'`), which has every column the filters test.
 */
function filterSql(
  filters: ProposalFilters,
  params: unknown[],
  scope: 'visible' | 'own drafts' = 'visible',
  on: 'proposal' | 'search' = 'proposal',
): string[] {
  const where: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (scope === 'own drafts') add(`p.author_id = ? AND p.status = 'DRAFT'`, filters.viewerId);
  else if (filters.viewerId) add(`(p.status <> 'DRAFT' OR p.author_id = ?)`, filters.viewerId);
  else where.push(`p.status <> 'DRAFT'`);
  // Hidden text is not searchable: guessing words must not probe what moderation hid.
  const matches = `search_vector @@ websearch_to_tsquery('quorum_french', ?) AND hidden_at IS NULL`;
  if (filters.search && on === 'search') add(`p.${matches}`, filters.search);
  else if (filters.search)
    add(`p.id IN (SELECT id FROM proposal_search WHERE ${matches})`, filters.search);
  if (filters.councilId) add('p.council_id = ?', filters.councilId);
  if (filters.status === 'HIDDEN') where.push('p.hidden_at IS NOT NULL');
  else if (filters.status) add('p.status = ? AND p.hidden_at IS NULL', filters.status);
  if (filters.category) add('p.category = ?', filters.category);
  if (filters.authorId) add('p.author_id = ?', filters.authorId);
  if (filters.supportedByViewer && !filters.viewerId) where.push('false');
  else if (filters.supportedByViewer)
    add(
      'p.id IN (SELECT proposal_id FROM proposal_support WHERE account_id = ?)',
      filters.viewerId,
    );
  return where;
}

/**
 * The page's statement: the ids and sort keys of the page first, in the order's index (or, for
 * RELEVANCE, ranking and sorting only ids and ranks), then the rows of those ids alone, with their
 * authors' public names and their councils' cards joined after the LIMIT. `withTotal`: the exact
 * count of `countSql` in the same statement (one row with the total and no proposal when the page
 * is empty), so a listing is one round trip and its total reads the page's own snapshot.
 */
export function listingSql(listing: ProposalListing): { text: string; values: unknown[] } {
  const params: unknown[] = [];
  // RELEVANCE ranks on the narrow table alone; other orders sort on proposal's own columns.
  const on = listing.orderBy === ProposalOrder.RELEVANCE ? 'search' : 'proposal';
  const where = filterSql(listing.filters, params, 'visible', on);
  let key = ORDERS[listing.orderBy].key;
  if (listing.orderBy === ProposalOrder.RELEVANCE) {
    params.push(listing.filters.search);
    key = key.replace('$search', `$${params.length}`);
  }
  if (listing.after) {
    params.push(listing.after.key, listing.after.id);
    where.push(`(${key}, p.id) < ($${params.length - 1}, $${params.length})`);
  }
  // The limit written in the text, not a parameter: a prepared statement's generic plan reads a
  // `LIMIT $n` as a tenth of the rows, and could sort them all where the order's index gives 21.
  if (!Number.isInteger(listing.limit) || listing.limit < 1 || listing.limit > LIMIT_MAX)
    throw new RangeError(`A listing's limit is an integer from 1 to ${LIMIT_MAX}.`);
  const bodies = listing.withBodies
    ? 'p.body_markdown, p.body_html'
    : 'NULL::text AS body_markdown, NULL::text AS body_html';
  const ranked = on === 'search' ? 'FROM proposal_search p' : 'FROM proposal p';
  const page = `SELECT ${LISTED_COLUMNS}, ${bodies}, a.display_name AS author_name,
        ${councilColumns(listing.withPerimeter ?? false)},
        ${listing.withTotal ? 'page.sort_key, ' : ''}page.sort_key::text AS cursor_key
      FROM (SELECT p.id, ${key} AS sort_key ${ranked} WHERE ${where.join(' AND ')}
             ORDER BY ${key} DESC, p.id DESC LIMIT ${listing.limit}) page
      JOIN proposal p ON p.id = page.id
      JOIN account_public_name a ON a.account_id = p.author_id
      JOIN council_card c ON c.council_id = p.council_id`;
  if (!listing.withTotal)
    return { text: `${page} ORDER BY page.sort_key DESC, page.id DESC`, values: params };
  const count = countSql(listing.filters, params);
  return {
    // The total's row always comes back, joined to the page's rows if there are any.
    text: `SELECT t.n AS total_count, r.* FROM (${count.text}) t
      LEFT JOIN (${page}) r ON true
     ORDER BY r.sort_key DESC, r.id DESC`,
    values: params,
  };
}

/**
 * How many proposals match, exact: from the tally the triggers keep (council, status, category)
 * plus the caller's own drafts, or, with a search or an author, by counting the matches (an index
 * gives them: an author's proposals, the search's). Its values pushed on `params`: it is a part
 * of the page's statement (`listingSql`, `withTotal`).
 */
export function countSql(
  filters: ProposalFilters,
  params: unknown[] = [],
): { text: string; values: unknown[] } {
  if (filters.search) {
    const where = filterSql(filters, params, 'visible', 'search');
    return {
      text: `SELECT count(*)::int AS n FROM proposal_search p WHERE ${where.join(' AND ')}`,
      values: params,
    };
  }
  if (filters.authorId || filters.supportedByViewer) {
    const where = filterSql(filters, params);
    return {
      text: `SELECT count(*)::int AS n FROM proposal p WHERE ${where.join(' AND ')}`,
      values: params,
    };
  }
  const tally: string[] = [`t.status <> 'DRAFT'`];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    tally.push(sql.replace('?', `$${params.length}`));
  };
  if (filters.councilId) add('t.council_id = ?', filters.councilId);
  if (filters.status === 'HIDDEN') tally.push('t.hidden');
  else if (filters.status) add('t.status = ? AND NOT t.hidden', filters.status);
  if (filters.category) add('t.category = ?', filters.category);
  let text = `SELECT (SELECT coalesce(sum(t.n), 0) FROM proposal_tally t WHERE ${tally.join(' AND ')})`;
  if (filters.viewerId) {
    // The caller's own drafts, which the tally does not show to anyone.
    const own = filterSql(filters, params, 'own drafts');
    text += ` + (SELECT count(*) FROM proposal p WHERE ${own.join(' AND ')})`;
  }
  return { text: `${text}::int AS n`, values: params };
}

/** The proposal aggregate's SQL: its row, its lifecycle's writes and its read model. */
@Injectable()
export class ProposalRepository {
  async insertDraft(em: EntityManager, p: NewProposal): Promise<string> {
    const [created] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO proposal (council_id, author_id, title, body_markdown, body_html, category, address, latitude, longitude, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'DRAFT') RETURNING id`,
      [
        p.councilId,
        p.authorId,
        p.title,
        p.bodyMarkdown,
        p.bodyHtml,
        p.category,
        p.address,
        p.latitude,
        p.longitude,
      ],
    );
    return created.id;
  }

  /** Locks the row for the few statements of the caller's transaction (never anything wider). */
  async lock(em: EntityManager, id: string): Promise<LockedProposalRow | undefined> {
    const [row] = await queryRows<LockedProposalRow>(
      em,
      `SELECT status, council_id, hidden_at IS NOT NULL AS hidden, author_id,
              coalesce(expires_at <= clock_now(), false) AS window_closed,
              to_char(clock_now(), 'YYYY-MM-DD') AS today, answer
         FROM proposal WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  /**
   * DRAFT → PUBLISHED with the charter of today. The window's end is counted by PostgreSQL in the
   * town's time zone (days of the calendar, the same hour across a change of summer time).
   */
  async publish(
    em: EntityManager,
    id: string,
    supportThreshold: number,
    supportWindowDays: number,
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE proposal SET status = 'PUBLISHED', published_at = clock_now(), last_activity_at = clock_now(),
              support_threshold = $2, expires_at = clock_now() + make_interval(days => $3)
        WHERE id = $1`,
      [id, supportThreshold, supportWindowDays],
    );
  }

  async withdraw(em: EntityManager, id: string): Promise<void> {
    await queryRows(
      em,
      `UPDATE proposal SET status = 'WITHDRAWN', withdrawn_at = clock_now(), last_activity_at = clock_now() WHERE id = $1`,
      [id],
    );
  }

  async markQualified(em: EntityManager, id: string): Promise<void> {
    await queryRows(
      em,
      `UPDATE proposal SET status = 'QUALIFIED', qualified_at = clock_now() WHERE id = $1`,
      [id],
    );
  }

  /** The council's ballot decided; an adopted proposal gets the day its answer is due. */
  async recordDecision(
    em: EntityManager,
    id: string,
    status: ProposalStatus,
    answerDeadline: string | null,
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE proposal SET status = $2, decided_at = clock_now(), last_activity_at = clock_now(),
              answer_deadline = $3::date
        WHERE id = $1`,
      [id, status, answerDeadline],
    );
  }

  /** A council's qualified proposals waiting for an agenda, oldest first, locked; hidden ones wait. */
  async waitingForAgenda(
    em: EntityManager,
    councilId: string,
  ): Promise<{ id: string; title: string }[]> {
    return queryRows<{ id: string; title: string }>(
      em,
      `SELECT id, title FROM proposal WHERE council_id = $1 AND status = 'QUALIFIED' AND hidden_at IS NULL
        ORDER BY qualified_at, id FOR UPDATE`,
      [councilId],
    );
  }

  /** ON_AGENDA or back to QUALIFIED; returns the title. */
  async setAgendaStatus(em: EntityManager, id: string, status: ProposalStatus): Promise<string> {
    const [row] = await queryRows<{ title: string }>(
      em,
      `UPDATE proposal SET status = $2, last_activity_at = clock_now() WHERE id = $1 RETURNING title`,
      [id, status],
    );
    return row.title;
  }

  async stateOf(
    em: EntityManager,
    id: string,
  ): Promise<{ status: ProposalStatus; council_id: string } | undefined> {
    const [row] = await queryRows<{ status: ProposalStatus; council_id: string }>(
      em,
      `SELECT status, council_id FROM proposal WHERE id = $1`,
      [id],
    );
    return row;
  }

  async recordAnswer(
    em: EntityManager,
    id: string,
    answer: string,
    justification: string,
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE proposal SET status = 'ANSWERED', answer = $2, answer_justification = $3, answered_at = clock_now(),
              last_activity_at = clock_now() WHERE id = $1`,
      [id, answer, justification],
    );
  }

  async markImplemented(em: EntityManager, id: string): Promise<void> {
    await queryRows(
      em,
      `UPDATE proposal SET status = 'IMPLEMENTED', implemented_at = clock_now(), last_activity_at = clock_now() WHERE id = $1`,
      [id],
    );
  }

  /**
   * PUBLISHED → EXPIRED for every proposal whose window closed, in one statement: the atomic form
   * of `nextStatus(…, 'EXPIRE')` with `currentStatus`, so a support locking the row either comes
   * first or sees it expired. Returns the ids.
   */
  async expireLapsed(em: EntityManager): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      em,
      `UPDATE proposal SET status = 'EXPIRED', last_activity_at = clock_now()
        WHERE status = 'PUBLISHED' AND expires_at < clock_now() RETURNING id`,
    );
    return rows.map((row) => row.id);
  }

  async touch(em: EntityManager, id: string): Promise<void> {
    await queryRows(em, `UPDATE proposal SET last_activity_at = clock_now() WHERE id = $1`, [id]);
  }

  async byId(em: EntityManager, id: string): Promise<ProposalRow | undefined> {
    const [row] = await queryRows<ProposalRow>(
      em,
      `SELECT ${COLUMNS} FROM ${WITH_AUTHOR} WHERE p.id = $1`,
      [id],
      { prepare: true },
    );
    return row;
  }

  async authorOf(em: EntityManager, id: string): Promise<string | null> {
    const [row] = await queryRows<{ author_id: string }>(
      em,
      `SELECT author_id FROM proposal WHERE id = $1`,
      [id],
    );
    return row?.author_id ?? null;
  }

  /** The status and whether moderation hides it, unlocked (a comment needs no more). */
  async statusOf(
    em: EntityManager,
    id: string,
  ): Promise<{ status: ProposalStatus; hidden: boolean } | undefined> {
    const [row] = await queryRows<{ status: ProposalStatus; hidden: boolean }>(
      em,
      `SELECT status, hidden_at IS NOT NULL AS hidden FROM proposal WHERE id = $1`,
      [id],
    );
    return row;
  }

  /** Reports are about what others can see: a published proposal (hidden or not). */
  async existsPublicly(em: EntityManager, id: string): Promise<boolean> {
    const rows = await queryRows(em, `SELECT 1 FROM proposal WHERE id = $1 AND status <> 'DRAFT'`, [
      id,
    ]);
    return rows.length > 0;
  }

  /** Hides, or with `overwrite` also replaces the reason of one already hidden; whether it changed. */
  async hide(em: EntityManager, id: string, reason: string, overwrite: boolean): Promise<boolean> {
    const rows = await queryRows(
      em,
      `UPDATE proposal SET hidden_at = coalesce(hidden_at, clock_now()), hidden_reason = $2
        WHERE id = $1${overwrite ? '' : ' AND hidden_at IS NULL'} RETURNING id`,
      [id, reason],
    );
    return rows.length > 0;
  }

  async restore(em: EntityManager, id: string): Promise<boolean> {
    const rows = await queryRows(
      em,
      `UPDATE proposal SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1 AND hidden_at IS NOT NULL RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  /** For each proposal, whether the account supports and follows it (one query for a page). */
  async viewerStates(
    em: EntityManager,
    accountId: string,
    ids: readonly string[],
  ): Promise<{ id: string; supports: boolean; follows: boolean }[]> {
    return queryRows(
      em,
      `SELECT p.id,
              EXISTS (SELECT 1 FROM proposal_support s WHERE s.proposal_id = p.id AND s.account_id = $1) AS supports,
              EXISTS (SELECT 1 FROM proposal_follower f WHERE f.proposal_id = p.id AND f.account_id = $1) AS follows
         FROM unnest($2::uuid[]) AS p(id)`,
      [accountId, ids],
    );
  }

  /**
   * One page in an allow-listed order, after a cursor (its key and id), and `withTotal` how many
   * match: one statement.
   */
  async page(
    em: EntityManager,
    listing: ProposalListing,
  ): Promise<{ rows: (ProposalRow & { cursor_key: string })[]; total: number | null }> {
    const { text, values } = listingSql(listing);
    const rows = await queryRows<ProposalRow & { cursor_key: string; total_count?: number }>(
      em,
      text,
      values,
      { prepare: listingPrepared(listing) && 'shape' },
    );
    if (!listing.withTotal) return { rows, total: null };
    // An empty page is the total's row alone, without a proposal.
    return { rows: rows.filter((row) => row.id !== null), total: rows[0].total_count! };
  }

  /** Published proposals whose title looks like this one (trigram similarity, accents folded). */
  async similar(
    em: EntityManager,
    title: string,
    councilId: string | null,
  ): Promise<ProposalRow[]> {
    return queryRows<ProposalRow>(
      em,
      `SELECT ${COLUMNS} FROM ${WITH_AUTHOR}
        WHERE quorum_fold(p.title) % quorum_fold($1)
          AND p.status NOT IN ('DRAFT', 'WITHDRAWN', 'EXPIRED') AND p.hidden_at IS NULL
          AND ($2::uuid IS NULL OR p.council_id = $2)
        ORDER BY similarity(quorum_fold(p.title), quorum_fold($1)) DESC, p.id LIMIT 5`,
      [title, councilId],
    );
  }
}
