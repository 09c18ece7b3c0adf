import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';

/** What the meetings lib holds of one person, for their export (SPEC §1). */
@Injectable()
export class MeetingsPersonalDataRepository {
  async exportOf(em: EntityManager, accountId: string) {
    const attendance = await queryRows<{
      meetingId: string;
      status: string;
      proxyHolderId: string | null;
    }>(
      em,
      `SELECT meeting_id AS "meetingId", status, proxy_holder_id AS "proxyHolderId" FROM attendance WHERE account_id = $1`,
      [accountId],
    );
    const publicVotes = await queryRows<{
      ballotId: string;
      choice: string;
      castBy: string;
      castAt: Date;
    }>(
      em,
      `SELECT ballot_id AS "ballotId", choice, cast_by AS "castBy", cast_at AS "castAt" FROM ballot_vote WHERE voter_id = $1`,
      [accountId],
    );
    const secretBallotsTakenPart = await queryRows<{ ballotId: string }>(
      em,
      `SELECT ballot_id AS "ballotId" FROM ballot_voter WHERE voter_id = $1`,
      [accountId],
    );
    const oppositionStatements = await queryRows<{
      id: string;
      minutesId: string | null;
      proposalId: string | null;
      body: string;
      createdAt: Date;
    }>(
      em,
      `SELECT id, minutes_id AS "minutesId", proposal_id AS "proposalId", body_markdown AS body, created_at AS "createdAt"
         FROM opposition_statement WHERE author_id = $1 ORDER BY created_at`,
      [accountId],
    );
    // What the person did in office (scheduled, chaired, added to an agenda, drafted, published).
    const officeActions = await queryRows<{ action: string; objectId: string; at: Date | null }>(
      em,
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
}
