import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager, In } from 'typeorm';
import { Association, AssociationField, AssociationStatus } from './association.entity';
import { AssociationMember } from './association-member.entity';
import { AssociationSeatRecord } from './association-seat.entity';

export type NewAssociation = Pick<
  Association,
  'name' | 'description' | 'fields' | 'contactEmail' | 'contactPhone' | 'website' | 'proposedBy'
>;
export type AssociationProfile = Pick<
  Association,
  'name' | 'description' | 'fields' | 'contactEmail' | 'contactPhone' | 'website'
>;

/** A partner with the accounts acting for it (other libs: consultations, reminders). */
export interface PartnerWithMembers {
  id: string;
  name: string;
  fields: AssociationField[];
  memberAccountIds: string[];
}

export interface MemberRow {
  associationId: string;
  accountId: string;
  displayName: string;
  since: Date;
}

export interface SeatRow {
  associationId: string;
  membershipId: string;
  councilId: string;
  councilSlug: string;
  councilName: string;
  accountId: string;
  displayName: string;
}

/** What a person's data export shows of their part in associations. */
export interface MembershipExportRow {
  associationId: string;
  name: string;
  since: Date;
}

/** A seat of a council's associations college a person was given for an association (export). */
export interface SeatExportRow {
  associationId: string;
  association: string;
  councilId: string;
  council: string;
  since: Date;
}

/** An association a person proposed, or a person they added to one (export). */
export interface ProposedExportRow {
  associationId: string;
  name: string;
  status: string;
  proposedAt: Date;
}
export interface MemberAddedExportRow {
  associationId: string;
  association: string;
  /** The person added, by their public name (their account is theirs, not the adder's). */
  addedName: string | null;
  addedAt: Date;
}

/** The account added to an association ($1: the account), for the notice of its adding. */
export const ADDED_MEMBER_AUDIENCE = `SELECT m.account_id, 'ASSOCIATION' AS relation
  FROM association_member m WHERE m.account_id = $1::uuid AND m.association_id = $2::uuid`;

/** Associations, the accounts acting for them, and their seats in councils. */
@Injectable()
export class AssociationRepository {
  async insert(em: EntityManager, association: NewAssociation): Promise<string> {
    const result = await em.insert(Association, { ...association, status: 'PENDING' });
    return String(result.identifiers[0].id);
  }

  byId(em: EntityManager, id: string): Promise<Association | null> {
    return em.findOne(Association, { where: { id } });
  }

  /** The names of these associations, in one statement (those not found are left out). */
  async namesOf(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await em.find(Association, {
      select: { id: true, name: true },
      where: { id: In([...ids]) },
    });
    return new Map(rows.map((a) => [a.id, a.name]));
  }

  /** The association, locked until the end of the transaction (decisions, members). */
  lock(em: EntityManager, id: string): Promise<Association | null> {
    return em.findOne(Association, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateProfile(em: EntityManager, id: string, profile: AssociationProfile): Promise<void> {
    await em.update(Association, { id }, profile);
  }

  async setStatus(
    em: EntityManager,
    id: string,
    status: AssociationStatus,
    reason: string | null,
    agentId: string,
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE association SET status = $2, status_reason = $3, updated_at = clock_now(),
              approved_by = CASE WHEN $2 = 'PARTNER' THEN $4::uuid ELSE approved_by END,
              approved_at = CASE WHEN $2 = 'PARTNER' THEN clock_now() ELSE approved_at END
        WHERE id = $1`,
      [id, status, reason, agentId],
    );
  }

  /** Associations by name: with a status filter, or those a viewer may see (null: all). */
  /**
   * A page of associations by name (then id), from the one after `after`, and how many the
   * filter finds in all. The cursor's name is lowered here, as the order is.
   */
  async page(
    em: EntityManager,
    filter: { statuses: AssociationStatus[] | null; field: AssociationField | null },
    after: { name: string; id: string } | null,
    limit: number,
  ): Promise<{ rows: Association[]; totalCount: number }> {
    const query = em.createQueryBuilder(Association, 'a');
    if (filter.statuses)
      query.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.field) query.andWhere(':field = ANY(a.fields)', { field: filter.field });
    const totalCount = await query.clone().getCount();
    // French order (ICU's: "Élan" before "Zèbre", case aside), as the solidarity entries'.
    if (after)
      query.andWhere(
        '(a.name COLLATE "fr-x-icu", a.id) > (:afterName COLLATE "fr-x-icu", :afterId)',
        {
          afterName: after.name,
          afterId: after.id,
        },
      );
    const rows = await query
      .orderBy('a.name COLLATE "fr-x-icu"')
      .addOrderBy('a.id')
      .limit(limit)
      .getMany();
    return { rows, totalCount };
  }

  /** The associations an account acts for. */
  async ofMember(em: EntityManager, accountId: string): Promise<Association[]> {
    return em
      .createQueryBuilder(Association, 'a')
      .innerJoin(AssociationMember, 'm', 'm.association_id = a.id')
      .where('m.account_id = :accountId', { accountId })
      .orderBy('lower(a.name)')
      .getMany();
  }

  async isMember(em: EntityManager, accountId: string, associationId: string): Promise<boolean> {
    return (await em.count(AssociationMember, { where: { accountId, associationId } })) > 0;
  }

  /** Which of these associations the account acts for. */
  async memberOfAmong(
    em: EntityManager,
    accountId: string,
    associationIds: readonly string[],
  ): Promise<Set<string>> {
    const rows = await queryRows<{ id: string }>(
      em,
      `SELECT association_id AS id FROM association_member WHERE account_id = $1 AND association_id = ANY($2)`,
      [accountId, associationIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Partners working in any of these fields, with the accounts acting for them. */
  partnersInFields(
    em: EntityManager,
    fields: readonly AssociationField[],
  ): Promise<PartnerWithMembers[]> {
    return queryRows<PartnerWithMembers>(
      em,
      `SELECT a.id, a.name, a.fields,
              coalesce(array_agg(m.account_id ORDER BY m.created_at) FILTER (WHERE m.account_id IS NOT NULL), '{}') AS "memberAccountIds"
         FROM association a LEFT JOIN association_member m ON m.association_id = a.id
        WHERE a.status = 'PARTNER' AND a.fields && $1::text[]
        GROUP BY a.id ORDER BY lower(a.name), a.id`,
      [fields],
    );
  }

  membersOf(em: EntityManager, associationIds: readonly string[]): Promise<MemberRow[]> {
    return queryRows<MemberRow>(
      em,
      `SELECT m.association_id AS "associationId", m.account_id AS "accountId",
              n.display_name AS "displayName", m.created_at AS since
         FROM association_member m JOIN account_public_name n ON n.account_id = m.account_id
        WHERE m.association_id = ANY($1)
        ORDER BY n.display_name, m.account_id`,
      [associationIds],
    );
  }

  /** Adds a member; false when they already act for the association. */
  async addMember(
    em: EntityManager,
    associationId: string,
    accountId: string,
    addedBy: string | null,
  ): Promise<boolean> {
    const rows = await queryRows<{ account_id: string }>(
      em,
      `INSERT INTO association_member (association_id, account_id, added_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING account_id`,
      [associationId, accountId, addedBy],
    );
    return rows.length > 0;
  }

  async removeMember(
    em: EntityManager,
    associationId: string,
    accountId: string,
  ): Promise<boolean> {
    const rows = await queryRows<{ account_id: string }>(
      em,
      `DELETE FROM association_member WHERE association_id = $1 AND account_id = $2 RETURNING account_id`,
      [associationId, accountId],
    );
    return rows.length > 0;
  }

  /** The partner associations an account acts for (ids). */
  async partnerIdsOf(em: EntityManager, accountId: string): Promise<Set<string>> {
    const rows = await queryRows<{ id: string }>(
      em,
      `SELECT a.id FROM association a JOIN association_member m ON m.association_id = a.id
        WHERE m.account_id = $1 AND a.status = 'PARTNER'`,
      [accountId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Partners by their name folded to lower case (an import matches operators to them). */
  async partnersByName(em: EntityManager): Promise<Map<string, string>> {
    const rows = await queryRows<{ id: string; name: string }>(
      em,
      `SELECT id, lower(name) AS name FROM association WHERE status = 'PARTNER'`,
    );
    return new Map(rows.map((r) => [r.name, r.id]));
  }

  async councilIdOf(em: EntityManager, slug: string): Promise<string | null> {
    const [row] = await queryRows<{ id: string }>(
      em,
      `SELECT council_id AS id FROM council_directory WHERE slug = $1`,
      [slug],
    );
    return row?.id ?? null;
  }

  /** Whether the account exists and is not deleted. */
  async accountActive(em: EntityManager, accountId: string): Promise<boolean> {
    const rows = await queryRows<{ one: number }>(
      em,
      `SELECT 1 AS one FROM account_contact WHERE account_id = $1`,
      [accountId],
    );
    return rows.length > 0;
  }

  /** The account, not deleted, with this (normalised) e-mail address. */
  async activeAccountByEmail(em: EntityManager, email: string): Promise<string | null> {
    const rows = await queryRows<{ accountId: string }>(
      em,
      `SELECT account_id AS "accountId" FROM account_contact WHERE email = $1`,
      [email],
    );
    return rows[0]?.accountId ?? null;
  }

  async recordSeat(
    em: EntityManager,
    seat: Omit<AssociationSeatRecord, 'createdAt'>,
  ): Promise<void> {
    await em.insert(AssociationSeatRecord, seat);
  }

  /** The seats in office held for these associations, by council. */
  seatsOf(em: EntityManager, associationIds: readonly string[]): Promise<SeatRow[]> {
    return queryRows<SeatRow>(
      em,
      `SELECT s.association_id AS "associationId", s.membership_id AS "membershipId",
              s.council_id AS "councilId", c.slug AS "councilSlug", c.name AS "councilName",
              s.account_id AS "accountId", n.display_name AS "displayName"
         FROM association_seat s
         JOIN council_member_in_office o ON o.membership_id = s.membership_id
         JOIN council_directory c ON c.council_id = s.council_id
         JOIN account_public_name n ON n.account_id = s.account_id
        WHERE s.association_id = ANY($1)
        ORDER BY c.name, n.display_name`,
      [associationIds],
    );
  }

  membershipsOf(em: EntityManager, accountId: string): Promise<MembershipExportRow[]> {
    return queryRows<MembershipExportRow>(
      em,
      `SELECT a.id AS "associationId", a.name, m.created_at AS since
         FROM association_member m JOIN association a ON a.id = m.association_id
        WHERE m.account_id = $1 ORDER BY a.name`,
      [accountId],
    );
  }

  /** Every seat given to the account on an association's behalf, in office or ended. */
  seatsHeldBy(em: EntityManager, accountId: string): Promise<SeatExportRow[]> {
    return queryRows<SeatExportRow>(
      em,
      `SELECT s.association_id AS "associationId", a.name AS association,
              s.council_id AS "councilId", c.name AS council, s.created_at AS since
         FROM association_seat s
         JOIN association a ON a.id = s.association_id
         JOIN council_directory c ON c.council_id = s.council_id
        WHERE s.account_id = $1 ORDER BY s.created_at, c.name`,
      [accountId],
    );
  }

  proposedBy(em: EntityManager, accountId: string): Promise<ProposedExportRow[]> {
    return queryRows<ProposedExportRow>(
      em,
      `SELECT id AS "associationId", name, status, created_at AS "proposedAt"
         FROM association WHERE proposed_by = $1 ORDER BY created_at, name`,
      [accountId],
    );
  }

  membersAddedBy(em: EntityManager, accountId: string): Promise<MemberAddedExportRow[]> {
    return queryRows<MemberAddedExportRow>(
      em,
      `SELECT m.association_id AS "associationId", a.name AS association,
              n.display_name AS "addedName", m.created_at AS "addedAt"
         FROM association_member m
         JOIN association a ON a.id = m.association_id
         LEFT JOIN account_public_name n ON n.account_id = m.account_id
        WHERE m.added_by = $1 AND m.account_id <> $1 ORDER BY m.created_at, a.name`,
      [accountId],
    );
  }

  /** What a notice about an association says: its name, and who acted (by public name). */
  async noticeFacts(
    em: EntityManager,
    associationId: string,
    actorId: string | null,
  ): Promise<{ name: string; status: string; by: string | null } | null> {
    const [row] = await queryRows<{ name: string; status: string; by: string | null }>(
      em,
      `SELECT a.name, a.status, n.display_name AS by
         FROM association a LEFT JOIN account_public_name n ON n.account_id = $2::uuid
        WHERE a.id = $1`,
      [associationId, actorId],
    );
    return row ?? null;
  }

  /** An erased account acts for nobody any more; its seats' records stay (public history). */
  async forgetMember(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`DELETE FROM association_member WHERE account_id = $1`, [accountId]);
  }

  /** Associations an account proposed: unlinked on erasure (the association stays). */
  async forgetProposer(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`UPDATE association SET proposed_by = NULL WHERE proposed_by = $1`, [accountId]);
    await em.query(`UPDATE association_member SET added_by = NULL WHERE added_by = $1`, [
      accountId,
    ]);
  }
}
