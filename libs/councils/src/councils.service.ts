import { Injectable } from '@nestjs/common';
import {
  Connection,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  DomainError,
  toConnection,
} from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { Actor, normalizeName } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import {
  applyCharterInput,
  CHARTER_DEFAULTS,
  charterDiff,
  charterValues,
  charterView,
  SEATS_COLUMN,
  SEATS_FIELD,
} from './charter';
import { CouncilCharter } from './council-charter.entity';
import { CouncilFollower } from './council-follower.entity';
import { Council } from './council.entity';
import { COUNCIL_NOT_FOUND, fieldError } from './councils.errors';
import { CharterInput, CollegeGql, CouncilRoleGql, CreateCouncilInput } from './council.inputs';
import { Council as CouncilView, CouncilMember, FollowPayload } from './council.types';
import { COLLEGES } from './membership/council-membership.entity';

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

/** Councils, their charters and followers (SPEC §2). */
@Injectable()
export class CouncilsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateCouncilInput): Promise<CouncilView> {
    const values = applyCharterInput(CHARTER_DEFAULTS, input.charter);
    const neighbourhoodName = input.neighbourhood.trim().replace(/\s+/g, ' ');
    const neighbourhood = normalizeName(neighbourhoodName);
    // Nothing left once folded ("--"): no resident could ever match it.
    if (!neighbourhood)
      throw fieldError('input.neighbourhood', 'doit contenir des lettres', 'must contain letters');
    const id = await this.tx.run(async (em) => {
      const [created]: { id: string }[] = await em.query(
        `INSERT INTO council (slug, name, neighbourhood, neighbourhood_name, perimeter_description, perimeter_geojson, charter_version)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, 1) ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [
          input.slug,
          input.name.trim(),
          neighbourhood,
          neighbourhoodName,
          input.perimeterDescription.trim(),
          // Only the geometry is kept, whatever else the client sent along.
          input.perimeterGeojson
            ? JSON.stringify({
                type: input.perimeterGeojson.type,
                coordinates: input.perimeterGeojson.coordinates,
              })
            : null,
        ],
      );
      if (!created) {
        throw new DomainError(
          'CONFLICT',
          { fr: 'Un conseil porte déjà ce nom court.', en: 'A council already has this slug.' },
          { fields: [{ field: 'input.slug', message: { fr: 'déjà pris', en: 'already taken' } }] },
        );
      }
      await em.insert(CouncilCharter, {
        councilId: created.id,
        version: 1,
        changedBy: actor.accountId,
        ...values,
      });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'council.created',
        objectType: 'council',
        objectId: created.id,
        after: { slug: input.slug, name: input.name, charter: values },
      });
      return created.id;
    });
    return this.byId(id);
  }

  /** A new charter version; seats cannot drop below the members in office. */
  async updateCharter(actor: Actor, councilId: string, input: CharterInput): Promise<CouncilView> {
    await this.tx.run(async (em) => {
      const council = await this.lock(em, councilId);
      const current = await em.findOneByOrFail(CouncilCharter, {
        councilId,
        version: council.charterVersion,
      });
      const before = charterValues(current);
      const after = applyCharterInput(before, input);
      const counts = await this.membersByCollege(em, councilId);
      for (const college of COLLEGES) {
        const seats = after[SEATS_COLUMN[college]];
        if (seats < (counts[college] ?? 0)) {
          throw fieldError(
            `input.charter.seats.${SEATS_FIELD[college]}`,
            `ne peut pas être inférieur aux ${counts[college]} sièges occupés ou réservés par un tirage`,
            `cannot be below the ${counts[college]} seats held or reserved by a draw`,
          );
        }
      }
      const diff = charterDiff(before, after);
      if (Object.keys(diff.after).length === 0) return;
      const version = council.charterVersion + 1;
      await em.insert(CouncilCharter, { councilId, version, changedBy: actor.accountId, ...after });
      await em.update(Council, { id: councilId }, { charterVersion: version });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'council.charter-updated',
        objectType: 'council',
        objectId: councilId,
        before: { version: council.charterVersion, ...diff.before },
        after: { version, ...diff.after },
      });
    });
    return this.byId(councilId);
  }

  async list(first = DEFAULT_PAGE_SIZE, after?: string): Promise<Connection<CouncilView>> {
    return this.tx.run(async (em) => {
      const [name, id] = after ? (decodeCursor(after, 2) as [unknown, unknown]) : [null, null];
      if (after && (typeof name !== 'string' || typeof id !== 'string' || !isUUID(id))) {
        throw fieldError('after', 'curseur invalide', 'invalid cursor');
      }
      const councils: Council[] = await em
        .createQueryBuilder(Council, 'c')
        .where(name === null ? 'true' : '(c.name, c.id) > (:name, :id)', { name, id })
        .orderBy('c.name')
        .addOrderBy('c.id')
        .limit(first + 1)
        .getMany();
      const total = await em.count(Council);
      const views = await this.views(em, councils);
      return toConnection(views, first, total, (c) => [c.name, c.id]);
    });
  }

  async bySlug(slug: string): Promise<CouncilView> {
    return this.tx.run(async (em) => {
      const council = await em.findOneBy(Council, { slug });
      if (!council) throw COUNCIL_NOT_FOUND();
      return (await this.views(em, [council]))[0];
    });
  }

  async byId(id: string): Promise<CouncilView> {
    return this.tx.run(async (em) => {
      const council = await em.findOneBy(Council, { id });
      if (!council) throw COUNCIL_NOT_FOUND();
      return (await this.views(em, [council]))[0];
    });
  }

  async follow(actor: Actor, councilId: string, following: boolean): Promise<FollowPayload> {
    return this.tx.run(async (em) => {
      if (!(await em.existsBy(Council, { id: councilId }))) throw COUNCIL_NOT_FOUND();
      if (following) {
        await em.query(
          `INSERT INTO council_follower (council_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [councilId, actor.accountId],
        );
      } else {
        await em.delete(CouncilFollower, { councilId, accountId: actor.accountId });
      }
      const followersCount = await em.countBy(CouncilFollower, { councilId });
      return { councilId, following, followersCount };
    });
  }

  /** For each council, whether the account follows it (one query for a whole page). */
  async followedBy(accountId: string, councilIds: readonly string[]): Promise<boolean[]> {
    const rows: { council_id: string }[] = await this.tx.run((em) =>
      em.query(
        `SELECT council_id FROM council_follower WHERE account_id = $1 AND council_id = ANY($2)`,
        [accountId, councilIds],
      ),
    );
    const followed = new Set(rows.map((row) => row.council_id));
    return councilIds.map((id) => followed.has(id));
  }

  /** What other libs need of a council and its current charter (proposals, meetings). */
  async rulesOf(em: EntityManager, councilId: string): Promise<CouncilRules | null> {
    const [row] = await em.query(
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

  /** Locks the council row: membership and charter changes of one council happen one at a time. */
  async lock(em: EntityManager, councilId: string): Promise<Council> {
    const council = await em.findOne(Council, {
      where: { id: councilId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!council) throw COUNCIL_NOT_FOUND();
    return council;
  }

  /**
   * Seats taken per college. Seats reserved by an announced draw count as taken for residents,
   * unless `withReserved` is false (the draw itself, filling them).
   */
  async membersByCollege(
    em: EntityManager,
    councilId: string,
    withReserved = true,
  ): Promise<Record<string, number>> {
    const rows: { college: string; n: number }[] = await em.query(
      `SELECT college, count(*)::int AS n FROM council_membership
        WHERE council_id = $1 AND ended_at IS NULL AND term_start <= clock_now()::date AND term_end >= clock_now()::date GROUP BY college`,
      [councilId],
    );
    const taken: Record<string, number> = Object.fromEntries(rows.map((r) => [r.college, r.n]));
    if (withReserved) {
      const [reserved]: { seats: number }[] = await em.query(
        `SELECT seats FROM sortition WHERE council_id = $1 AND status = 'ANNOUNCED'`,
        [councilId],
      );
      if (reserved) taken.RESIDENTS = (taken.RESIDENTS ?? 0) + reserved.seats;
    }
    return taken;
  }

  /** Councils with their charter, members and followers, in four queries whatever their number. */
  private async views(em: EntityManager, councils: Council[]): Promise<CouncilView[]> {
    if (councils.length === 0) return [];
    const ids = councils.map((c) => c.id);
    const charters = await em.find(CouncilCharter, {
      where: councils.map((c) => ({ councilId: c.id, version: c.charterVersion })),
    });
    const members: (CouncilMember & { council_id: string })[] = await em.query(
      `SELECT m.id, m.council_id, m.account_id AS "accountId", a.display_name AS "displayName", m.college, m.role,
              m.political_group AS "politicalGroup", m.college = 'ELECTED_OPPOSITION' AS opposition,
              to_char(m.term_start, 'YYYY-MM-DD') AS "termStart", to_char(m.term_end, 'YYYY-MM-DD') AS "termEnd",
              m.sortition_id IS NOT NULL AS "drawnByLot"
         FROM council_membership m JOIN account a ON a.id = m.account_id
        WHERE m.council_id = ANY($1) AND m.ended_at IS NULL AND m.term_start <= clock_now()::date AND m.term_end >= clock_now()::date
        ORDER BY CASE m.role WHEN 'CHAIR' THEN 0 WHEN 'CO_CHAIR' THEN 1 WHEN 'SECRETARY' THEN 2 ELSE 3 END,
                 a.display_name, m.id`,
      [ids],
    );
    const followers: { council_id: string; n: number }[] = await em.query(
      `SELECT council_id, count(*)::int AS n FROM council_follower WHERE council_id = ANY($1) GROUP BY council_id`,
      [ids],
    );
    return councils.map((council) => {
      const charter = charters.find((c) => c.councilId === council.id)!;
      const view = charterView(charter);
      const mine = members.filter((m) => m.council_id === council.id);
      return {
        id: council.id,
        slug: council.slug,
        name: council.name,
        neighbourhood: council.neighbourhoodName,
        neighbourhoodKey: council.neighbourhood,
        perimeterDescription: council.perimeterDescription,
        perimeterGeojson: council.perimeterGeojson,
        charter: view,
        colleges: COLLEGES.map((college) => ({
          college: college as CollegeGql,
          seats: view.seats[SEATS_FIELD[college]],
          members: mine
            .filter((m) => m.college === college)
            .map(({ council_id: _c, ...m }) => ({ ...m, role: m.role as CouncilRoleGql })),
        })),
        followersCount: followers.find((f) => f.council_id === council.id)?.n ?? 0,
        createdAt: council.createdAt,
      };
    });
  }
}
