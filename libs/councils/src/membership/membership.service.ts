import { Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@quorum/core';
import { queryRows, TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { SEATS_COLUMN } from '../charter';
import { CouncilCharter } from '../council-charter.entity';
import { fieldError } from '../councils.errors';
import { AddCouncilMemberInput } from '../council.inputs';
import { CouncilsService } from '../councils.service';
import { College, CouncilMembership, CouncilRole } from './council-membership.entity';

const ELECTED: College[] = ['ELECTED_MAJORITY', 'ELECTED_OPPOSITION'];

const MEMBERSHIP_NOT_FOUND = () =>
  DomainError.notFound({
    fr: 'Mandat introuvable ou déjà terminé.',
    en: 'Membership not found or already ended.',
  });

export function addYears(isoDate: string, years: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export const today = (now: Date) => now.toISOString().slice(0, 10);

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

/** Seats in a council's colleges (SPEC §2): who holds them, with which role, until when. */
@Injectable()
export class MembershipService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
  ) {}

  async add(actor: Actor, input: AddCouncilMemberInput): Promise<string> {
    return this.tx.run(async (em) => {
      const council = await this.councils.lock(em, input.councilId);
      const charter = await em.findOneByOrFail(CouncilCharter, {
        councilId: council.id,
        version: council.charterVersion,
      });
      const [account] = await em.query(
        `SELECT id FROM account WHERE id = $1 AND deleted_at IS NULL`,
        [input.accountId],
      );
      if (!account) throw fieldError('input.accountId', 'compte introuvable', 'account not found');
      const college = input.college as College;
      const role = (input.role ?? 'MEMBER') as CouncilRole;
      const elected = ELECTED.includes(college);
      if (elected && !input.politicalGroup) {
        throw fieldError(
          'input.politicalGroup',
          'obligatoire pour un·e élu·e',
          'required for an elected member',
        );
      }
      if (role === 'CO_CHAIR' && charter.residentCoChairRequired && college !== 'RESIDENTS') {
        throw fieldError(
          'input.role',
          'la charte réserve la coprésidence au collège des habitant·es',
          "the charter reserves the co-chair to the residents' college",
        );
      }
      const seats = charter[SEATS_COLUMN[college]];
      const taken = (await this.councils.membersByCollege(em, council.id))[college] ?? 0;
      if (taken >= seats) {
        throw new DomainError(
          'PRECONDITION_FAILED',
          {
            fr: `Le collège est complet (${seats} sièges).`,
            en: `The college is full (${seats} seats).`,
          },
          { reason: 'COLLEGE_FULL' },
        );
      }
      const termStart = input.termStart ?? today(this.clock.now());
      const id = await this.insert(em, {
        councilId: council.id,
        accountId: input.accountId,
        college,
        role,
        politicalGroup: elected ? input.politicalGroup!.trim() : null,
        termStart,
        termEnd: addYears(termStart, charter.termYears),
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
    });
  }

  /** Inserts a seat; the database refuses a second open seat or a second holder of an office. */
  async insert(
    em: EntityManager,
    membership: Omit<CouncilMembership, 'id' | 'endedAt' | 'endReason' | 'createdAt' | 'council'>,
  ): Promise<string> {
    try {
      const result = await em.insert(CouncilMembership, membership);
      return String(result.identifiers[0].id);
    } catch (error) {
      if (
        (error as { driverError?: { constraint?: string } }).driverError?.constraint ===
        'council_membership_open_key'
      ) {
        throw new DomainError('CONFLICT', {
          fr: 'Cette personne siège déjà dans ce conseil.',
          en: 'This person already sits on this council.',
        });
      }
      if (
        (error as { driverError?: { constraint?: string } }).driverError?.constraint ===
        'council_membership_office_key'
      ) {
        throw new DomainError('CONFLICT', {
          fr: 'Cette fonction est déjà occupée dans ce conseil.',
          en: 'This office is already held in this council.',
        });
      }
      throw error;
    }
  }

  async end(actor: Actor, membershipId: string, reason: string): Promise<string> {
    return this.tx.run(async (em) => {
      const [ended] = await queryRows<{ council_id: string }>(
        em,
        `UPDATE council_membership SET ended_at = clock_now(), end_reason = $2
          WHERE id = $1 AND ended_at IS NULL RETURNING council_id`,
        [membershipId, reason.trim()],
      );
      if (!ended) throw MEMBERSHIP_NOT_FOUND();
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'council.membership-ended',
        objectType: 'council_membership',
        objectId: membershipId,
        after: { reason: reason.trim() },
      });
      return ended.council_id;
    });
  }

  /** The caller's offices in a council, for authorization rules ([] when not a member). */
  async rolesOf(
    councilId: string,
    accountId: string,
    em?: EntityManager,
  ): Promise<{ role: CouncilRole; college: College; politicalGroup: string | null }[]> {
    const query = (manager: EntityManager) =>
      manager.query(
        `SELECT role, college, political_group AS "politicalGroup" FROM council_membership
          WHERE council_id = $1 AND account_id = $2 AND ended_at IS NULL AND term_start <= clock_now()::date AND term_end >= clock_now()::date`,
        [councilId, accountId],
      );
    return em ? query(em) : this.tx.run(query);
  }

  /** The members in office today, with their public names (meetings: attendance, convocations). */
  async membersInOffice(em: EntityManager, councilId: string): Promise<MemberInOffice[]> {
    return em.query(
      `SELECT m.account_id AS "accountId", a.display_name AS "displayName", a.email, a.locale,
              m.college, m.role, m.political_group AS "politicalGroup"
         FROM council_membership m JOIN account a ON a.id = m.account_id
        WHERE m.council_id = $1 AND m.ended_at IS NULL AND m.term_start <= clock_now()::date AND m.term_end >= clock_now()::date
        ORDER BY a.display_name, m.account_id`,
      [councilId],
    );
  }

  async holderOf(membershipId: string): Promise<string | null> {
    return this.tx.run(
      async (em) =>
        (await em.findOneBy(CouncilMembership, { id: membershipId }))?.accountId ?? null,
    );
  }
}
