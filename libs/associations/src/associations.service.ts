import { Injectable } from '@nestjs/common';
import {
  Connection,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  PageArgs,
  RateLimiter,
  toConnection,
} from '@quorum/core';
import { isUUID } from 'class-validator';
import { TransactionService } from '@quorum/db';
import { MembershipService } from '@quorum/councils';
import { Actor, isTownHall, normalizeEmail } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { Association, AssociationField, AssociationStatus } from './association.entity';
import {
  AssociationInput,
  DecideOnAssociationInput,
  SeatAssociationInput,
} from './association.inputs';
import {
  AssociationProfile,
  AssociationRepository,
  MemberRow,
  PartnerWithMembers,
  SeatRow,
} from './association.repository';
import {
  ALREADY_MEMBER,
  ASSOCIATION_ACCOUNT_NOT_FOUND,
  ASSOCIATION_EMAIL_NOT_FOUND,
  ASSOCIATION_NOT_FOUND,
  INVALID_CURSOR,
  NO_FIELD,
  NOT_A_PARTNER,
  NOT_AN_ASSOCIATION_MEMBER,
  REASON_REQUIRED,
  statusUnchangeable,
} from './associations.errors';
import { actsAsPartner, canMoveTo, needsReason, visibleTo } from './rules/association-status';

export type { PartnerWithMembers } from './association.repository';

const blankToNull = (value: string | null | undefined): string | null =>
  value && value.trim() ? value.trim() : null;

const profileOf = (input: AssociationInput): AssociationProfile => {
  const fields = [...new Set(input.fields)] as AssociationField[];
  if (fields.length === 0) throw NO_FIELD();
  return {
    name: input.name.trim().replace(/\s+/g, ' '),
    description: input.description.trim(),
    fields,
    contactEmail: blankToNull(input.contactEmail),
    contactPhone: blankToNull(input.contactPhone),
    website: blankToNull(input.website),
  };
};

type AddCouncilMember = Parameters<MembershipService['add']>[1];

/** A cursor of the associations' list: the last name and id of the page before. */
function nameCursor(after: string): { name: string; id: string } {
  const [name, id] = decodeCursor(after, 2);
  if (typeof name !== 'string' || name.length > 200 || typeof id !== 'string' || !isUUID(id))
    throw INVALID_CURSOR();
  return { name, id };
}

/**
 * Partner associations (SPEC §10): proposed by their members or registered by an agent, approved
 * by agents; their members act on their behalf. Other libs call `partnersInFields` and
 * `isMemberOf` (stable names: libs/works builds on them).
 */
@Injectable()
export class AssociationsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly associations: AssociationRepository,
    private readonly memberships: MembershipService,
    private readonly outbox: OutboxService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  // For the other libs, inside their own transaction.

  /** Partners working in any of these fields, with the accounts acting for each. */
  partnersInFields(
    em: EntityManager,
    fields: readonly AssociationField[],
  ): Promise<PartnerWithMembers[]> {
    return this.associations.partnersInFields(em, fields);
  }

  /** Whether the account acts for the association (whatever its status). */
  isMemberOf(em: EntityManager, accountId: string, associationId: string): Promise<boolean> {
    return this.associations.isMember(em, accountId, associationId);
  }

  /** Whether the account acts for the association and the association is a partner today. */
  async actsForPartner(
    em: EntityManager,
    accountId: string,
    associationId: string,
  ): Promise<boolean> {
    const association = await this.associations.byId(em, associationId);
    return (
      association !== null &&
      actsAsPartner(association.status) &&
      (await this.associations.isMember(em, accountId, associationId))
    );
  }

  /** The partner associations an account acts for (ids and names). */
  async partnersOf(em: EntityManager, accountId: string): Promise<{ id: string; name: string }[]> {
    return (await this.associations.ofMember(em, accountId))
      .filter((a) => actsAsPartner(a.status))
      .map((a) => ({ id: a.id, name: a.name }));
  }

  /** An association by id, or null (no visibility check: for the other libs). */
  byIdIn(em: EntityManager, associationId: string): Promise<Association | null> {
    return this.associations.byId(em, associationId);
  }

  /** The names of these associations by id, in one statement (for other libs' lists). */
  namesOf(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    return this.associations.namesOf(em, ids);
  }

  // Reads for the API.

  /** Who may read it: partners for anyone, the others for agents and their members. */
  async visible(actor: Actor | null, associationId: string): Promise<Association> {
    return this.tx.read(async (em) => {
      const association = await this.associations.byId(em, associationId);
      if (!association) throw ASSOCIATION_NOT_FOUND();
      const member =
        actor !== null && (await this.associations.isMember(em, actor.accountId, associationId));
      if (!visibleTo(association.status, { agent: isTownHall(actor), member }))
        throw ASSOCIATION_NOT_FOUND();
      return association;
    });
  }

  /** An association that exists (no visibility check: the caller just changed it). */
  async get(associationId: string): Promise<Association> {
    const association = await this.tx.read((em) => this.associations.byId(em, associationId));
    if (!association) throw ASSOCIATION_NOT_FOUND();
    return association;
  }

  /** The list, a page at a time: partners for the public; agents may ask for any status. */
  async list(
    actor: Actor | null,
    filter: { status?: AssociationStatus | null; field?: AssociationField | null },
    page: PageArgs = {},
  ): Promise<Connection<Association>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? nameCursor(page.after) : null;
    const statuses: AssociationStatus[] | null = isTownHall(actor)
      ? filter.status
        ? [filter.status]
        : null
      : filter.status && filter.status !== 'PARTNER'
        ? []
        : ['PARTNER'];
    if (statuses?.length === 0) return toConnection([], first, 0, () => []);
    const { rows, totalCount } = await this.tx.read((em) =>
      this.associations.page(em, { statuses, field: filter.field ?? null }, after, first + 1),
    );
    return toConnection(rows, first, totalCount, (a) => [a.name, a.id]);
  }

  mine(actor: Actor): Promise<Association[]> {
    return this.tx.read((em) => this.associations.ofMember(em, actor.accountId));
  }

  memberOfAmong(accountId: string, associationIds: readonly string[]): Promise<Set<string>> {
    return this.tx.read((em) => this.associations.memberOfAmong(em, accountId, associationIds));
  }

  membersOf(associationIds: readonly string[]): Promise<MemberRow[]> {
    return this.tx.read((em) => this.associations.membersOf(em, associationIds));
  }

  seatsOf(associationIds: readonly string[]): Promise<SeatRow[]> {
    return this.tx.read((em) => this.associations.seatsOf(em, associationIds));
  }

  /** For the policies: does this account act for any partner association? */
  async actsForAnyPartner(accountId: string): Promise<boolean> {
    return (await this.tx.read((em) => this.associations.partnerIdsOf(em, accountId))).size > 0;
  }

  /** For the policies: does this account act for this association? */
  isMember(accountId: string, associationId: string): Promise<boolean> {
    return this.tx.read((em) => this.associations.isMember(em, accountId, associationId));
  }

  // Changes, each audited.

  /**
   * A resident proposes their association (they become its first member), or an agent registers
   * one (members added afterwards). Either way the town hall decides on the partnership.
   */
  async propose(actor: Actor, input: AssociationInput): Promise<string> {
    const profile = profileOf(input);
    return this.tx.run(async (em) => {
      const id = await this.associations.insert(em, { ...profile, proposedBy: actor.accountId });
      if (!isTownHall(actor))
        await this.associations.addMember(em, id, actor.accountId, actor.accountId);
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: isTownHall(actor) ? 'association.registered' : 'association.proposed',
        objectType: 'association',
        objectId: id,
        after: { ...profile },
      });
      return id;
    });
  }

  async update(actor: Actor, associationId: string, input: AssociationInput): Promise<string> {
    const profile = profileOf(input);
    return this.tx.run(async (em) => {
      const before = await this.associations.lock(em, associationId);
      if (!before) throw ASSOCIATION_NOT_FOUND();
      await this.associations.updateProfile(em, associationId, profile);
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'association.updated',
        objectType: 'association',
        objectId: associationId,
        before: {
          name: before.name,
          description: before.description,
          fields: before.fields,
          contactEmail: before.contactEmail,
          contactPhone: before.contactPhone,
          website: before.website,
        },
        after: { ...profile },
      });
      // A partner's public face (its name, its fields) changed by one of its members: the agents
      // hear of it, and the change is in the public audit (the town hall approved another face).
      const publicChange =
        before.name !== profile.name ||
        JSON.stringify([...before.fields].sort()) !== JSON.stringify([...profile.fields].sort());
      if (before.status === 'PARTNER' && publicChange) {
        await this.audit.record(em, {
          actorId: actor.accountId,
          actorRole: actor.role,
          action: 'association.partner-profile-changed',
          objectType: 'association',
          objectId: associationId,
          before: { name: before.name, fields: before.fields },
          after: { name: profile.name, fields: profile.fields },
        });
        if (!isTownHall(actor))
          await this.outbox.record(em, 'association.partner-changed', { associationId });
      }
      return associationId;
    });
  }

  async decide(actor: Actor, input: DecideOnAssociationInput): Promise<string> {
    const to = input.status as AssociationStatus;
    const reason = blankToNull(input.reason);
    if (needsReason(to) && !reason) throw REASON_REQUIRED();
    return this.tx.run(async (em) => {
      const association = await this.associations.lock(em, input.associationId);
      if (!association) throw ASSOCIATION_NOT_FOUND();
      if (!canMoveTo(association.status, to)) throw statusUnchangeable(association.status);
      await this.associations.setStatus(em, association.id, to, reason, actor.accountId);
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: `association.${to === 'PARTNER' ? 'approved' : to === 'DECLINED' ? 'declined' : 'suspended'}`,
        objectType: 'association',
        objectId: association.id,
        before: { status: association.status },
        after: { status: to },
      });
      // The decision is a public act; its reason is told to the association's members only,
      // so it goes in an entry of its own, private (an entry is public or private as a whole).
      if (reason) {
        await this.audit.record(em, {
          actorId: actor.accountId,
          actorRole: actor.role,
          action: 'association.decision-reason',
          objectType: 'association',
          objectId: association.id,
          after: { status: to, reason },
        });
      }
      return association.id;
    });
  }

  async addMember(actor: Actor, associationId: string, accountId: string): Promise<string> {
    return this.tx.run(async (em) => {
      const association = await this.associations.lock(em, associationId);
      if (!association) throw ASSOCIATION_NOT_FOUND();
      if (!(await this.associations.accountActive(em, accountId)))
        throw ASSOCIATION_ACCOUNT_NOT_FOUND();
      if (!(await this.associations.addMember(em, associationId, accountId, actor.accountId)))
        throw ALREADY_MEMBER();
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'association.member-added',
        objectType: 'association',
        objectId: associationId,
        after: { accountId },
      });
      // Added by someone else, by public id: they are told, and told they can leave.
      if (accountId !== actor.accountId)
        await this.outbox.record(em, 'association.member-added', {
          associationId,
          accountId,
          addedBy: actor.accountId,
        });
      return associationId;
    });
  }

  /**
   * The same, for an account named by its e-mail address. An unknown address and a deleted
   * account get the same answer, on the e-mail field; the lookup is audited with the result.
   */
  async addMemberByEmail(actor: Actor, associationId: string, email: string): Promise<string> {
    if (!isTownHall(actor))
      await this.rateLimiter.consume([['association-member-by-email:account', actor.accountId]]);
    const accountId = await this.tx.run((em) =>
      this.associations.activeAccountByEmail(em, normalizeEmail(email)),
    );
    if (!accountId) throw ASSOCIATION_EMAIL_NOT_FOUND();
    return this.addMember(actor, associationId, accountId);
  }

  async removeMember(actor: Actor, associationId: string, accountId: string): Promise<string> {
    return this.tx.run(async (em) => {
      const association = await this.associations.lock(em, associationId);
      if (!association) throw ASSOCIATION_NOT_FOUND();
      if (!(await this.associations.removeMember(em, associationId, accountId)))
        throw NOT_AN_ASSOCIATION_MEMBER();
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'association.member-removed',
        objectType: 'association',
        objectId: associationId,
        before: { accountId },
      });
      return associationId;
    });
  }

  /**
   * A seat in a council's associations college for a member of a partner: the councils lib gives
   * the seat (its rules: college size, one seat per person); this records on whose behalf.
   */
  async seat(actor: Actor, input: SeatAssociationInput): Promise<string> {
    // One transaction: the seat and its association are recorded together or not at all.
    return this.tx.run(async (em) => {
      const association = await this.associations.byId(em, input.associationId);
      if (!association) throw ASSOCIATION_NOT_FOUND();
      if (!actsAsPartner(association.status)) throw NOT_A_PARTNER();
      if (!(await this.associations.isMember(em, input.accountId, association.id)))
        throw NOT_AN_ASSOCIATION_MEMBER();
      const membershipId = await this.memberships.addIn(em, actor, {
        councilId: input.councilId,
        accountId: input.accountId,
        // The GraphQL enum's value, as the councils lib's input carries it.
        college: 'ASSOCIATIONS' as AddCouncilMember['college'],
        termStart: input.termStart,
      });
      await this.associations.recordSeat(em, {
        membershipId,
        associationId: input.associationId,
        councilId: input.councilId,
        accountId: input.accountId,
      });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'association.seated',
        objectType: 'association',
        objectId: input.associationId,
        after: { councilId: input.councilId, accountId: input.accountId, membershipId },
      });
      return input.associationId;
    });
  }
}
