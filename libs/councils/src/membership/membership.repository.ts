import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { College, CouncilMembership, CouncilRole } from './council-membership.entity';

/**
 * "In office" is the view `council_member_in_office` (rule `inOffice` in rules/membership.ts):
 * every read of the members in office goes through it, so the rule is written once in SQL.
 */

export type NewMembership = Omit<
  CouncilMembership,
  'id' | 'endedAt' | 'endReason' | 'createdAt' | 'council'
>;

/** A seat taken, or which unique constraint refused it. */
export type InsertedMembership = { id: string } | { refused: 'ALREADY_SITTING' | 'OFFICE_HELD' };

/** A member in office, as a council's page lists them. */
export interface MemberRow {
  id: string;
  councilId: string;
  accountId: string;
  displayName: string;
  college: College;
  role: CouncilRole;
  politicalGroup: string | null;
  termStart: string;
  termEnd: string;
  drawnByLot: boolean;
}

/** An office held today, for authorization rules. */
export interface OfficeRow {
  role: CouncilRole;
  college: College;
  politicalGroup: string | null;
}

/** A seat the caller holds today, with its council (the site's "Mon conseil"). */
export interface OwnSeatRow {
  councilId: string;
  councilSlug: string;
  councilName: string;
  college: College;
  role: CouncilRole;
  politicalGroup: string | null;
  termStart: string;
  termEnd: string;
}

/** A member in office with what reaching them needs (meetings: attendance, convocations). */
export interface MemberInOffice {
  accountId: string;
  displayName: string;
  /** Null once the account is erased. */
  email: string | null;
  locale: 'fr' | 'en';
  college: College;
  role: CouncilRole;
  politicalGroup: string | null;
}

/** A seat, as a person's exported data shows it. */
export interface MembershipExportRow {
  slug: string;
  college: College;
  role: CouncilRole;
  politicalGroup: string | null;
  /** `date` columns, as the driver parses them. */
  termStart: Date;
  termEnd: Date;
  endedAt: Date | null;
}

const CONSTRAINT_REFUSAL: Record<string, 'ALREADY_SITTING' | 'OFFICE_HELD'> = {
  council_membership_open_key: 'ALREADY_SITTING',
  council_membership_office_key: 'OFFICE_HELD',
};

/** Seats in councils' colleges, past and present. */
@Injectable()
export class MembershipRepository {
  /** Members in office per college (a college with none is left out). */
  async inOfficeByCollege(
    em: EntityManager,
    councilId: string,
  ): Promise<Partial<Record<College, number>>> {
    const rows = await queryRows<{ college: College; n: number }>(
      em,
      `SELECT college, count(*)::int AS n FROM council_member_in_office WHERE council_id = $1 GROUP BY college`,
      [councilId],
    );
    return Object.fromEntries(rows.map((r) => [r.college, r.n]));
  }

  /**
   * Inserts a seat; the database refuses a second open seat of a person in a council, or a second
   * holder of an office (partial unique indexes): no read-then-write race.
   */
  async insert(em: EntityManager, membership: NewMembership): Promise<InsertedMembership> {
    try {
      const result = await em.insert(CouncilMembership, membership);
      return { id: String(result.identifiers[0].id) };
    } catch (error) {
      const constraint = (error as { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      const refused = constraint === undefined ? undefined : CONSTRAINT_REFUSAL[constraint];
      if (refused) return { refused };
      throw error;
    }
  }

  /** A seat drawn by lot; false when the person already sits (then the seat goes to nobody). */
  async insertDrawn(
    em: EntityManager,
    seat: Pick<NewMembership, 'councilId' | 'accountId' | 'termStart' | 'termEnd' | 'sortitionId'>,
  ): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      em,
      `INSERT INTO council_membership (council_id, account_id, college, role, term_start, term_end, sortition_id)
       VALUES ($1, $2, 'RESIDENTS', 'MEMBER', $3, $4, $5)
       ON CONFLICT (council_id, account_id) WHERE ended_at IS NULL DO NOTHING RETURNING id`,
      [seat.councilId, seat.accountId, seat.termStart, seat.termEnd, seat.sortitionId],
    );
    return rows.length > 0;
  }

  /** Ends an open membership; its council, or null when there is none open with this id. */
  async end(em: EntityManager, membershipId: string, reason: string): Promise<string | null> {
    const [ended] = await queryRows<{ council_id: string }>(
      em,
      `UPDATE council_membership SET ended_at = clock_now(), end_reason = $2
        WHERE id = $1 AND ended_at IS NULL RETURNING council_id`,
      [membershipId, reason],
    );
    return ended?.council_id ?? null;
  }

  /** Ends every open membership of an erased account (the seats stay as history). */
  async endAllOf(em: EntityManager, accountId: string): Promise<void> {
    await em.query(
      `UPDATE council_membership SET ended_at = clock_now(), end_reason = 'account deleted'
        WHERE account_id = $1 AND ended_at IS NULL`,
      [accountId],
    );
  }

  officesOf(em: EntityManager, councilId: string, accountId: string): Promise<OfficeRow[]> {
    return queryRows<OfficeRow>(
      em,
      `SELECT role, college, political_group AS "politicalGroup" FROM council_member_in_office
        WHERE council_id = $1 AND account_id = $2`,
      [councilId, accountId],
    );
  }

  /** The seats an account holds today, by council name. */
  seatsOf(em: EntityManager, accountId: string): Promise<OwnSeatRow[]> {
    return queryRows<OwnSeatRow>(
      em,
      `SELECT m.council_id AS "councilId", c.slug AS "councilSlug", c.name AS "councilName",
              m.college, m.role, m.political_group AS "politicalGroup",
              to_char(m.term_start, 'YYYY-MM-DD') AS "termStart", to_char(m.term_end, 'YYYY-MM-DD') AS "termEnd"
         FROM council_member_in_office m JOIN council c ON c.id = m.council_id
        WHERE m.account_id = $1
        ORDER BY c.name, m.council_id, m.college`,
      [accountId],
    );
  }

  /** The members in office of councils, chair first, then co-chair, secretary, and by name. */
  membersOf(em: EntityManager, councilIds: string[]): Promise<MemberRow[]> {
    return queryRows<MemberRow>(
      em,
      `SELECT m.membership_id AS id, m.council_id AS "councilId", m.account_id AS "accountId",
              n.display_name AS "displayName", m.college, m.role, m.political_group AS "politicalGroup",
              to_char(m.term_start, 'YYYY-MM-DD') AS "termStart", to_char(m.term_end, 'YYYY-MM-DD') AS "termEnd",
              m.drawn_by_lot AS "drawnByLot"
         FROM council_member_in_office m JOIN account_public_name n ON n.account_id = m.account_id
        WHERE m.council_id = ANY($1)
        ORDER BY CASE m.role WHEN 'CHAIR' THEN 0 WHEN 'CO_CHAIR' THEN 1 WHEN 'SECRETARY' THEN 2 ELSE 3 END,
                 n.display_name, m.membership_id`,
      [councilIds],
    );
  }

  /** The members in office of a council, by name. (An erased account holds no seat.) */
  membersInOffice(em: EntityManager, councilId: string): Promise<MemberInOffice[]> {
    return queryRows<MemberInOffice>(
      em,
      `SELECT m.account_id AS "accountId", a.display_name AS "displayName", a.email, a.locale,
              m.college, m.role, m.political_group AS "politicalGroup"
         FROM council_member_in_office m JOIN account_contact a ON a.account_id = m.account_id
        WHERE m.council_id = $1
        ORDER BY a.display_name, m.account_id`,
      [councilId],
    );
  }

  async holderOf(em: EntityManager, membershipId: string): Promise<string | null> {
    return (await em.findOneBy(CouncilMembership, { id: membershipId }))?.accountId ?? null;
  }

  /** Whether an account may be given a seat: it exists and is not deleted. */
  async accountActive(em: EntityManager, accountId: string): Promise<boolean> {
    const [row] = await queryRows<{ active: boolean }>(
      em,
      `SELECT active FROM account_public_name WHERE account_id = $1`,
      [accountId],
    );
    return row?.active === true;
  }

  membershipsOf(em: EntityManager, accountId: string): Promise<MembershipExportRow[]> {
    return queryRows<MembershipExportRow>(
      em,
      `SELECT c.slug, m.college, m.role, m.political_group AS "politicalGroup", m.term_start AS "termStart",
              m.term_end AS "termEnd", m.ended_at AS "endedAt"
         FROM council_membership m JOIN council c ON c.id = m.council_id WHERE m.account_id = $1`,
      [accountId],
    );
  }
}
