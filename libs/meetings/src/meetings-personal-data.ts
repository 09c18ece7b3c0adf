import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';

/**
 * A member's attendance, public votes, opposition statements and acts in office (meetings
 * scheduled or chaired, agenda items added, minutes drafted or published) are public records of the council
 * (SPEC §1): they stay, under the anonymous name, when the account is deleted. Secret ballots hold
 * only that the person took part.
 */
@Injectable()
@HoldsPersonalData('meetings', [
  'attendance',
  'ballot_vote',
  'ballot_voter',
  'opposition_statement',
  'meeting',
  'agenda_item',
  'minutes',
])
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
    // What the person did in office (scheduled, chaired, added to an agenda, drafted, published).
    const officeActions = await em.query(
      `SELECT 'meeting.scheduled' AS action, id AS "objectId", created_at AS "at" FROM meeting WHERE scheduled_by = $1
       UNION ALL SELECT 'meeting.chaired', id, opened_at FROM meeting WHERE chaired_by = $1
       UNION ALL SELECT 'agenda-item.added', id, created_at FROM agenda_item WHERE added_by = $1
       UNION ALL SELECT 'minutes.drafted', id, created_at FROM minutes WHERE drafted_by = $1
       UNION ALL SELECT 'minutes.published', id, published_at FROM minutes WHERE published_by = $1
       ORDER BY 3, 1`,
      [accountId],
    );
    return { attendance, publicVotes, secretBallotsTakenPart, oppositionStatements, officeActions };
  }

  async erase(): Promise<void> {
    // Public records stay; the account's name is what erasure replaces.
  }
}
