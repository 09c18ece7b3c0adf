import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';

/**
 * A member's attendance, public votes and opposition statements are public records of the council
 * (SPEC §1): they stay, under the anonymous name, when the account is deleted. Secret ballots hold
 * only that the person took part.
 */
@Injectable()
@HoldsPersonalData('meetings')
export class MeetingsPersonalData implements PersonalDataSection {
  async export(em: EntityManager, accountId: string) {
    const attendance = await em.query(
      `SELECT meeting_id AS "meetingId", status, proxy_holder_id AS "proxyHolderId" FROM attendance WHERE account_id = $1`,
      [accountId],
    );
    const publicVotes = await em.query(
      `SELECT ballot_id AS "ballotId", choice, cast_by AS "castBy", cast_at AS "castAt" FROM ballot_vote WHERE voter_id = $1`,
      [accountId],
    );
    const secretBallotsTakenPart = await em.query(
      `SELECT ballot_id AS "ballotId" FROM ballot_voter WHERE voter_id = $1`,
      [accountId],
    );
    const oppositionStatements = await em.query(
      `SELECT id, minutes_id AS "minutesId", proposal_id AS "proposalId", body_markdown AS body, created_at AS "createdAt"
         FROM opposition_statement WHERE author_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return { attendance, publicVotes, secretBallotsTakenPart, oppositionStatements };
  }

  async erase(): Promise<void> {
    // Public records stay; the account's name is what erasure replaces.
  }
}
