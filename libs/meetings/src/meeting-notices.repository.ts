import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { audiences } from '@quorum/notifications';
import type { AccessStatus } from '@quorum/places';
import { EntityManager } from 'typeorm';

/** An audience query for the fan-out: `account_id, relation` rows. */
export interface AudienceQuery {
  sql: string;
  params: unknown[];
}

export interface MeetingFactsRow {
  council: string;
  startsAt: Date;
  place: string;
  accessible: boolean;
  accessibilityDetails: string | null;
  isPublic: boolean;
  cancelReason: string | null;
  /** The place in the register (places' `place_accessibility` view), when it is one. */
  registered: {
    name: string;
    entrance: AccessStatus;
    toilets: AccessStatus;
    hearingLoop: AccessStatus;
    parking: AccessStatus;
  } | null;
  /** Item titles in the agenda's order. */
  agenda: string[];
}

export interface BallotFactsRow {
  meeting_id: string;
  council: string;
  title: string;
  secret: boolean;
  for_count: number | null;
  against_count: number | null;
  abstain_count: number | null;
  adopted: boolean | null;
  quorum_held: boolean | null;
}

export interface MinutesFactsRow {
  meeting_id: string;
  council: string;
  starts_at: Date;
  version: number;
  /** DD/MM/YYYY, or null before adoption. */
  publication_due: string | null;
}

/** The council that `$1` (a meeting, ballot or minutes) belongs to. */
const COUNCIL_OF = {
  meeting: `(SELECT council_id FROM meeting WHERE id = $1)`,
  ballot: `(SELECT m.council_id FROM ballot b JOIN meeting m ON m.id = b.meeting_id WHERE b.id = $1)`,
  minutes: `(SELECT council_id FROM minutes WHERE id = $1)`,
} as const;

/**
 * What the meetings' notifications read: who hears of a meeting, ballot or minutes (councils'
 * `council_audience` view: members in office and followers) and the facts each message tells,
 * with the council's name from `council_directory`.
 */
@Injectable()
export class MeetingNoticesRepository {
  /** Members in office and followers of the council of a meeting, ballot or minutes. */
  membersAndFollowers(of: keyof typeof COUNCIL_OF, id: string): AudienceQuery {
    return {
      sql: `SELECT account_id, relation FROM council_audience WHERE council_id = ${COUNCIL_OF[of]}`,
      params: [id],
    };
  }

  /** Members in office only, of the council of a meeting, ballot or minutes. */
  members(of: keyof typeof COUNCIL_OF, id: string): AudienceQuery {
    return {
      sql: `SELECT account_id, relation FROM council_audience
             WHERE council_id = ${COUNCIL_OF[of]} AND relation = 'MEMBER'`,
      params: [id],
    };
  }

  /** The town hall's agents (the notifications lib's audience). */
  agents(): AudienceQuery {
    return { sql: audiences.agents(), params: [] };
  }

  async meeting(em: EntityManager, meetingId: string): Promise<MeetingFactsRow | null> {
    const [m] = await queryRows<Omit<MeetingFactsRow, 'agenda'>>(
      em,
      `SELECT c.name AS council, m.starts_at AS "startsAt", m.place, m.accessible,
              m.accessibility_details AS "accessibilityDetails", m.is_public AS "isPublic",
              m.cancel_reason AS "cancelReason",
              CASE WHEN pa.place_id IS NULL THEN NULL
                   ELSE json_build_object('name', pa.name, 'entrance', pa.entrance, 'toilets', pa.toilets,
                                          'hearingLoop', pa.hearing_loop, 'parking', pa.parking) END AS registered
         FROM meeting m JOIN council_directory c ON c.council_id = m.council_id
         LEFT JOIN place_accessibility pa ON pa.place_id = m.place_id
        WHERE m.id = $1`,
      [meetingId],
    );
    if (!m) return null;
    const agenda = await queryRows<{ title: string }>(
      em,
      `SELECT title FROM agenda_item WHERE meeting_id = $1 ORDER BY position, id`,
      [meetingId],
    );
    return { ...m, agenda: agenda.map((item) => item.title) };
  }

  async ballot(em: EntityManager, ballotId: string): Promise<BallotFactsRow | null> {
    const [b] = await queryRows<BallotFactsRow>(
      em,
      `SELECT b.meeting_id, c.name AS council, i.title, b.secret, b.for_count, b.against_count, b.abstain_count,
              b.adopted, b.quorum_held
         FROM ballot b JOIN agenda_item i ON i.id = b.agenda_item_id JOIN meeting m ON m.id = b.meeting_id
         JOIN council_directory c ON c.council_id = m.council_id WHERE b.id = $1`,
      [ballotId],
    );
    return b ?? null;
  }

  async minutes(em: EntityManager, minutesId: string): Promise<MinutesFactsRow | null> {
    const [n] = await queryRows<MinutesFactsRow>(
      em,
      `SELECT n.meeting_id, c.name AS council, m.starts_at, n.version,
              to_char(n.publication_due, 'DD/MM/YYYY') AS publication_due
         FROM minutes n JOIN meeting m ON m.id = n.meeting_id
         JOIN council_directory c ON c.council_id = n.council_id WHERE n.id = $1`,
      [minutesId],
    );
    return n ?? null;
  }
}
