import { Injectable } from '@nestjs/common';
import { CouncilRole, MembershipService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { ObjectRule, Policy, PolicyContext } from '@quorum/identity';
import { isUUID } from 'class-validator';
import { CouncilOfKind, MeetingRepository } from './meeting.repository';
import { MinutesService } from './minutes/minutes.service';

/** Finds the council that an operation's meeting, agenda item, ballot or minutes belongs to. */
@Injectable()
export class MeetingDirectory {
  constructor(
    private readonly tx: TransactionService,
    private readonly meetings: MeetingRepository,
  ) {}

  async councilOf(kind: CouncilOfKind, id: string): Promise<string | null> {
    return this.tx.run((em) => this.meetings.councilOf(em, kind, id));
  }
}

/**
 * A rule on the caller's office in the council of the meeting, agenda item, ballot or minutes the
 * operation names: `InMeetingCouncil(['CHAIR', 'CO_CHAIR'], 'meeting', (a) => a.id)`. 'ANY': any member.
 */
export function InMeetingCouncil(
  roles: CouncilRole[] | 'ANY',
  kind: CouncilOfKind,
  idOf: (args: Record<string, unknown>) => unknown,
): Policy {
  return ObjectRule(
    `${kind}-council:${roles === 'ANY' ? 'member' : roles.join('|')}`,
    async (actor, context: PolicyContext) => {
      const id = idOf(context.args);
      if (typeof id !== 'string' || !isUUID(id)) return false;
      const councilId = await context.moduleRef
        .get(MeetingDirectory, { strict: false })
        .councilOf(kind, id);
      if (!councilId) return false;
      const offices = await context.moduleRef
        .get(MembershipService, { strict: false })
        .rolesOf(councilId, actor.accountId);
      return offices.some((office) => roles === 'ANY' || roles.includes(office.role));
    },
  );
}

/** The author of the opposition statement named by `input.statementId`. */
export const StatementAuthor = ObjectRule('statement-author', async (actor, context) => {
  const id = (context.args.input as { statementId?: unknown } | undefined)?.statementId;
  if (typeof id !== 'string' || !isUUID(id)) return false;
  return (
    (await context.moduleRef.get(MinutesService, { strict: false }).authorOfStatement(id)) ===
    actor.accountId
  );
});

export const input = (field: string) => (args: Record<string, unknown>) =>
  (args.input as Record<string, unknown> | undefined)?.[field];
export const arg = (field: string) => (args: Record<string, unknown>) => args[field];
