import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { CouncilCharter } from './council-charter.entity';
import { Council } from './council.entity';
import { CharterValues } from './rules/charter';

/** What other libs need of a council and its current charter (proposals, meetings). */
export interface CouncilRules {
  name: string;
  slug: string;
  neighbourhood: string;
  charterVersion: number;
  supportThreshold: number;
  supportWindowDays: number;
  responseDeadlineDays: number;
  convocationNoticeDays: number;
  /** Null: a majority of the members in office. */
  quorum: number | null;
  minutesPublicationDays: number;
  oppositionAgendaQuota: number;
}

export interface NewCouncil {
  slug: string;
  name: string;
  /** Folded: the key residency is matched on. */
  neighbourhood: string;
  neighbourhoodName: string;
  perimeterDescription: string;
  perimeterGeojson: { type: unknown; coordinates: unknown } | null;
}

/** A charter version an account wrote (personal data: a public record, kept). */
export interface CharterChangeRow {
  slug: string;
  version: number;
  at: Date;
}

/** A council's own columns, as the entity names them (raw reads, hydrated as plain rows). */
const COUNCIL_COLUMNS = `id, slug, name, neighbourhood, neighbourhood_name AS "neighbourhoodName",
  perimeter_description AS "perimeterDescription", perimeter_geojson AS "perimeterGeojson",
  charter_version AS "charterVersion", created_at AS "createdAt"`;

/** Councils and their charter versions: a council is only ever read with its current charter. */
@Injectable()
export class CouncilRepository {
  /** The new council's id, or null when the slug is taken (the unique constraint decides). */
  async insert(em: EntityManager, council: NewCouncil): Promise<string | null> {
    const [created] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO council (slug, name, neighbourhood, neighbourhood_name, perimeter_description, perimeter_geojson, charter_version)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, 1) ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [
        council.slug,
        council.name,
        council.neighbourhood,
        council.neighbourhoodName,
        council.perimeterDescription,
        council.perimeterGeojson ? JSON.stringify(council.perimeterGeojson) : null,
      ],
    );
    return created?.id ?? null;
  }

  byId(em: EntityManager, id: string): Promise<Council | null> {
    return em.findOneBy(Council, { id });
  }

  /** In one statement, as rows (a page's councils: TypeORM's find built and hydrated them slower). */
  byIds(em: EntityManager, ids: readonly string[]): Promise<Council[]> {
    return queryRows<Council>(
      em,
      `SELECT ${COUNCIL_COLUMNS} FROM council WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  bySlug(em: EntityManager, slug: string): Promise<Council | null> {
    return em.findOneBy(Council, { slug });
  }

  exists(em: EntityManager, id: string): Promise<boolean> {
    return em.existsBy(Council, { id });
  }

  /** Whether a ballot of the council is open (meetings' view `council_open_ballot`). */
  async hasOpenBallot(em: EntityManager, councilId: string): Promise<boolean> {
    const rows = await queryRows<{ one: number }>(
      em,
      `SELECT 1 AS one FROM council_open_ballot WHERE council_id = $1 LIMIT 1`,
      [councilId],
    );
    return rows.length > 0;
  }

  /** Locks the council row: membership and charter changes of one council happen one at a time. */
  lock(em: EntityManager, id: string): Promise<Council | null> {
    return em.findOne(Council, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * A page of councils by name then id, after the cursor's (name, id) when there is one, with how
   * many councils there are: one statement, rows rather than entities (a list shows cards; its
   * charters, members and followers are read only when a query selects them).
   */
  async page(
    em: EntityManager,
    after: { name: string; id: string } | null,
    limit: number,
  ): Promise<{ councils: Council[]; total: number }> {
    const rows = await queryRows<Partial<Council> & { total: number }>(
      em,
      // The count's row always comes back, joined to the page's rows if there are any.
      `WITH page AS (
         SELECT ${COUNCIL_COLUMNS} FROM council
          WHERE $1::text IS NULL OR (name, id) > ($1::text, $2::uuid)
          ORDER BY name, id LIMIT $3)
       SELECT t.total, page.* FROM (SELECT count(*)::int AS total FROM council) t
         LEFT JOIN page ON true
        ORDER BY page.name, page.id`,
      [after?.name ?? null, after?.id ?? null, limit],
    );
    return {
      councils: rows
        .filter((row) => row.id !== null && row.id !== undefined)
        .map(({ total: _total, ...council }) => council as Council),
      total: rows[0]?.total ?? 0,
    };
  }

  /** Points the council at a new charter version (written just before). */
  async setCharterVersion(em: EntityManager, id: string, version: number): Promise<void> {
    await em.update(Council, { id }, { charterVersion: version });
  }

  async insertCharter(
    em: EntityManager,
    councilId: string,
    version: number,
    changedBy: string,
    values: CharterValues,
  ): Promise<void> {
    await em.insert(CouncilCharter, { councilId, version, changedBy, ...values });
  }

  /** The charter in force of a council. */
  currentCharter(em: EntityManager, council: Council): Promise<CouncilCharter> {
    return em.findOneByOrFail(CouncilCharter, {
      councilId: council.id,
      version: council.charterVersion,
    });
  }

  /** The charters in force of several councils, in one query. */
  currentCharters(em: EntityManager, councils: Council[]): Promise<CouncilCharter[]> {
    return em.find(CouncilCharter, {
      where: councils.map((c) => ({ councilId: c.id, version: c.charterVersion })),
    });
  }

  async rulesOf(em: EntityManager, councilId: string): Promise<CouncilRules | null> {
    const [row] = await queryRows<CouncilRules>(
      em,
      `SELECT c.name, c.slug, c.neighbourhood, ch.version AS "charterVersion",
              ch.support_threshold AS "supportThreshold", ch.support_window_days AS "supportWindowDays",
              ch.response_deadline_days AS "responseDeadlineDays",
              ch.convocation_notice_days AS "convocationNoticeDays", ch.quorum,
              ch.minutes_publication_days AS "minutesPublicationDays",
              ch.opposition_agenda_quota AS "oppositionAgendaQuota"
         FROM council c JOIN council_charter ch ON ch.council_id = c.id AND ch.version = c.charter_version
        WHERE c.id = $1`,
      [councilId],
    );
    return row ?? null;
  }

  charterChangesBy(em: EntityManager, accountId: string): Promise<CharterChangeRow[]> {
    return queryRows<CharterChangeRow>(
      em,
      `SELECT c.slug, h.version, h.created_at AS "at" FROM council_charter h JOIN council c ON c.id = h.council_id
        WHERE h.changed_by = $1 ORDER BY h.created_at`,
      [accountId],
    );
  }
}
