import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { EntryStatus, SolidarityEntry } from './solidarity-entry.entity';

/** What an entry says of its service (created, edited, imported). */
export type EntryContent = Pick<
  SolidarityEntry,
  | 'associationId'
  | 'operatorName'
  | 'councilId'
  | 'title'
  | 'description'
  | 'audience'
  | 'address'
  | 'hours'
  | 'access'
  | 'accessibility'
  | 'languages'
  | 'cost'
  | 'contact'
  | 'soliguideUrl'
>;

/** An entry with the names it is shown with. */
export interface EntryRow extends SolidarityEntry {
  associationName: string | null;
  councilSlug: string | null;
  councilName: string | null;
}

/** An entry whose check is due soon or past, for the reminders. */
export interface CheckDueRow {
  id: string;
  lastCheckedOn: string;
  /** Its association, when a PARTNER (a suspended or declined one's members cannot act). */
  partnerId: string | null;
}

export interface EntryFilter {
  statuses: EntryStatus[] | null;
  /** Entries of a council's neighbourhood, with the town-wide ones. */
  councilId: string | null;
  /** Only the entries of these associations (a partner's own), or null. */
  associationIds: string[] | null;
}

/** The filter's conditions on `e`, with its three parameters first. */
const ENTRY_FILTER = `($1::text[] IS NULL OR e.status = ANY($1))
          AND ($2::uuid IS NULL OR e.council_id IS NULL OR e.council_id = $2)
          AND ($3::uuid[] IS NULL OR e.association_id = ANY($3))`;

const SELECT = `SELECT e.id, e.association_id AS "associationId", e.operator_name AS "operatorName",
         e.council_id AS "councilId", e.title, e.description, e.audience, e.address, e.hours, e.access,
         e.accessibility, e.languages, e.cost, e.contact, e.soliguide_url AS "soliguideUrl", e.status,
         to_char(e.last_checked_on, 'YYYY-MM-DD') AS "lastCheckedOn", e.last_checked_by AS "lastCheckedBy",
         e.created_by AS "createdBy", e.published_at AS "publishedAt", e.created_at AS "createdAt",
         e.updated_at AS "updatedAt", a.name AS "associationName", c.slug AS "councilSlug", c.name AS "councilName"
    FROM solidarity_entry e
    LEFT JOIN association a ON a.id = e.association_id
    LEFT JOIN council_directory c ON c.council_id = e.council_id`;

/** The members of the association that runs the entry `$1` (a notification's audience). */
/**
 * The members of a partner association ($1), for its reminders: none once it is suspended or
 * declined (they can no longer act on its entries).
 */
export const PARTNER_MEMBERS_AUDIENCE = `SELECT m.account_id, 'ASSOCIATION' AS relation
  FROM association_member m JOIN association a ON a.id = m.association_id
 WHERE a.id = $1::uuid AND a.status = 'PARTNER'`;

/** The solidarity page's entries. */
@Injectable()
export class SolidarityEntryRepository {
  async insert(
    em: EntityManager,
    content: EntryContent,
    extra: { status: EntryStatus; lastCheckedOn: string; by: string | null },
  ): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO solidarity_entry (association_id, operator_name, council_id, title, description, audience,
              address, hours, access, accessibility, languages, cost, contact, soliguide_url, status,
              last_checked_on, last_checked_by, created_by, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17,
               CASE WHEN $15 = 'PUBLISHED' THEN clock_now() END)
       RETURNING id`,
      [
        content.associationId,
        content.operatorName,
        content.councilId,
        content.title,
        content.description,
        content.audience,
        content.address,
        content.hours,
        content.access,
        content.accessibility,
        content.languages,
        content.cost,
        content.contact,
        content.soliguideUrl,
        extra.status,
        extra.lastCheckedOn,
        extra.by,
      ],
    );
    return row.id;
  }

  async byId(em: EntityManager, id: string): Promise<EntryRow | null> {
    const [row] = await queryRows<EntryRow>(em, `${SELECT} WHERE e.id = $1`, [id]);
    return row ?? null;
  }

  async lock(em: EntityManager, id: string): Promise<SolidarityEntry | null> {
    return em.findOne(SolidarityEntry, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The entries in French order of their titles (ICU's French collation: "Épicerie" before
   * "Vestiaire", whatever the database's own), then by id; with a window, from the one after
   * `after`, at most `limit` of them.
   */
  list(
    em: EntityManager,
    filter: EntryFilter,
    window: { after: { title: string; id: string } | null; limit: number } | null = null,
  ): Promise<EntryRow[]> {
    return queryRows<EntryRow>(
      em,
      `${SELECT}
        WHERE ${ENTRY_FILTER}
          AND ($4::text IS NULL OR (e.title COLLATE "fr-x-icu", e.id) > ($4::text COLLATE "fr-x-icu", $5::uuid))
        ORDER BY e.title COLLATE "fr-x-icu", e.id
        LIMIT $6`,
      [
        filter.statuses,
        filter.councilId,
        filter.associationIds,
        window?.after?.title ?? null,
        window?.after?.id ?? null,
        window?.limit ?? null,
      ],
    );
  }

  /** How many entries the filter finds (a page's total). */
  async count(em: EntityManager, filter: EntryFilter): Promise<number> {
    const [{ n }] = await queryRows<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM solidarity_entry e WHERE ${ENTRY_FILTER}`,
      [filter.statuses, filter.councilId, filter.associationIds],
    );
    return n;
  }

  /** A change of content by an editor: it counts as a check of the entry on that day. */
  async update(
    em: EntityManager,
    id: string,
    content: EntryContent,
    checkedOn: string,
    by: string,
  ): Promise<void> {
    await em.update(
      SolidarityEntry,
      { id },
      { ...content, lastCheckedOn: checkedOn, lastCheckedBy: by },
    );
  }

  async markChecked(em: EntityManager, id: string, checkedOn: string, by: string): Promise<void> {
    await em.update(SolidarityEntry, { id }, { lastCheckedOn: checkedOn, lastCheckedBy: by });
  }

  async setStatus(em: EntityManager, id: string, status: EntryStatus): Promise<void> {
    await queryRows(
      em,
      `UPDATE solidarity_entry SET status = $2, updated_at = clock_now(),
              published_at = CASE WHEN $2 = 'PUBLISHED' THEN coalesce(published_at, clock_now()) ELSE published_at END
        WHERE id = $1`,
      [id, status],
    );
  }

  /** Published entries last checked `sinceDays` before `today` or earlier (the reminders). */
  checksDue(em: EntityManager, today: string, sinceDays: number): Promise<CheckDueRow[]> {
    return queryRows<CheckDueRow>(
      em,
      `SELECT e.id, to_char(e.last_checked_on, 'YYYY-MM-DD') AS "lastCheckedOn",
              CASE WHEN a.status = 'PARTNER' THEN a.id END AS "partnerId"
         FROM solidarity_entry e LEFT JOIN association a ON a.id = e.association_id
        WHERE e.status = 'PUBLISHED' AND e.last_checked_on <= $1::date - $2::int
        ORDER BY lower(e.title), e.id`,
      [today, sinceDays],
    );
  }

  /** What a reminder about some entries says: their titles and last checks, by title. */
  noticeFacts(
    em: EntityManager,
    ids: readonly string[],
  ): Promise<
    { id: string; title: string; association: string | null; last_checked_date: string }[]
  > {
    return queryRows(
      em,
      `SELECT e.id, e.title, a.name AS association, to_char(e.last_checked_on, 'YYYY-MM-DD') AS last_checked_date
         FROM solidarity_entry e LEFT JOIN association a ON a.id = e.association_id
        WHERE e.id = ANY($1::uuid[]) ORDER BY lower(e.title), e.id`,
      [ids],
    );
  }

  /** The entries a person checked or created: exported; unlinked on erasure (the entry stays). */
  touchedBy(em: EntityManager, accountId: string): Promise<{ id: string; title: string }[]> {
    return queryRows(
      em,
      `SELECT id, title FROM solidarity_entry WHERE created_by = $1 OR last_checked_by = $1 ORDER BY title`,
      [accountId],
    );
  }

  async forget(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`UPDATE solidarity_entry SET created_by = NULL WHERE created_by = $1`, [
      accountId,
    ]);
    await em.query(
      `UPDATE solidarity_entry SET last_checked_by = NULL WHERE last_checked_by = $1`,
      [accountId],
    );
  }
}
