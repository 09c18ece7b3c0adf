import { Injectable } from '@nestjs/common';
import { Clock } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { CouncilRepository } from '../council.repository';
import {
  ACCOUNT_NOT_FOUND,
  ALREADY_SITTING,
  CO_CHAIR_RESERVED_TO_RESIDENTS,
  fullCollege,
  MEMBERSHIP_NOT_FOUND,
  OFFICE_HELD,
  POLITICAL_GROUP_REQUIRED,
} from '../councils.errors';
import { AddCouncilMemberInput } from '../council.inputs';
import { CouncilsService } from '../councils.service';
import { seatsOf } from '../rules/charter';
import {
  collegeFull,
  needsPoliticalGroup,
  officeAllowed,
  termEnd,
  today,
} from '../rules/membership';
import { College, CouncilRole } from './council-membership.entity';
import {
  InsertedMembership,
  MemberInOffice,
  MembershipRepository,
  NewMembership,
  OfficeRow,
  OwnSeatRow,
} from './membership.repository';

export type { MemberInOffice } from './membership.repository';

/** Seats in a council's colleges (SPEC §2): who holds them, with which role, until when. */
@Injectable()
export class MembershipService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly councils: CouncilsService,
    private readonly councilRows: CouncilRepository,
    private readonly memberships: MembershipRepository,
    private readonly clock: Clock,
  ) {}

  /** The seats the caller holds today, in every council (a read: no transaction). */
  seatsOf(actor: Actor): Promise<OwnSeatRow[]> {
    return this.tx.read((em) => this.memberships.seatsOf(em, actor.accountId));
  }

  async add(actor: Actor, input: AddCouncilMemberInput): Promise<string> {
    return this.tx.run((em) => this.addIn(em, actor, input));
  }

  /**
   * `add` in the caller's transaction: another lib that records something about the seat (the
   * associations lib: on whose behalf) does both in one, so a failure of its own write takes the
   * seat back with it.
   */
  async addIn(em: EntityManager, actor: Actor, input: AddCouncilMemberInput): Promise<string> {
    const council = await this.councils.lock(em, input.councilId);
    const charter = await this.councilRows.currentCharter(em, council);
    if (!(await this.memberships.accountActive(em, input.accountId))) throw ACCOUNT_NOT_FOUND();
    const college = input.college as College;
    const role = (input.role ?? 'MEMBER') as CouncilRole;
    const elected = needsPoliticalGroup(college);
    if (elected && !input.politicalGroup) throw POLITICAL_GROUP_REQUIRED();
    if (!officeAllowed(role, college, charter.residentCoChairRequired))
      throw CO_CHAIR_RESERVED_TO_RESIDENTS();
    const seats = seatsOf(charter, college);
    const taken = (await this.councils.seatsTaken(em, council.id))[college] ?? 0;
    if (collegeFull(seats, taken)) throw fullCollege(seats);
    const termStart = input.termStart ?? today(this.clock.now());
    const id = await this.insert(em, {
      councilId: council.id,
      accountId: input.accountId,
      college,
      role,
      politicalGroup: elected ? input.politicalGroup!.trim() : null,
      termStart,
      termEnd: termEnd(termStart, charter.termYears),
      sortitionId: null,
    });
    await this.audit.record(em, {
      actorId: actor.accountId,
      actorRole: actor.role,
      action: 'council.member-added',
      objectType: 'council_membership',
      objectId: id,
      after: { councilId: council.id, accountId: input.accountId, college, role },
    });
    return id;
  }

  /** Inserts a seat; the database refuses a second open seat or a second holder of an office. */
  private async insert(em: EntityManager, membership: NewMembership): Promise<string> {
    const inserted: InsertedMembership = await this.memberships.insert(em, membership);
    if ('id' in inserted) return inserted.id;
    throw inserted.refused === 'ALREADY_SITTING' ? ALREADY_SITTING() : OFFICE_HELD();
  }

  async end(actor: Actor, membershipId: string, reason: string): Promise<string> {
    return this.tx.run(async (em) => {
      const councilId = await this.memberships.end(em, membershipId, reason.trim());
      if (!councilId) throw MEMBERSHIP_NOT_FOUND();
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'council.membership-ended',
        objectType: 'council_membership',
        objectId: membershipId,
        after: { reason: reason.trim() },
      });
      return councilId;
    });
  }

  /** The caller's offices in a council, for authorization rules ([] when not a member). */
  async rolesOf(councilId: string, accountId: string, em?: EntityManager): Promise<OfficeRow[]> {
    const query = (manager: EntityManager) =>
      this.memberships.officesOf(manager, councilId, accountId);
    return em ? query(em) : this.tx.run(query);
  }

  /** The members in office today, with their public names (meetings: attendance, convocations). */
  membersInOffice(em: EntityManager, councilId: string): Promise<MemberInOffice[]> {
    return this.memberships.membersInOffice(em, councilId);
  }

  async holderOf(membershipId: string): Promise<string | null> {
    return this.tx.run((em) => this.memberships.holderOf(em, membershipId));
  }
}
