import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';

/** The calendars' and feeds' SQL: the open data's read views only (see the open-data repository). */

export interface FeedCouncilRow {
  council_id: string;
  council_slug: string;
  name: string;
}

export interface CalendarMeetingRow {
  meeting_id: string;
  council_slug: string;
  council_name: string;
  status: 'CONVENED' | 'OPEN' | 'CLOSED' | 'CANCELLED';
  starts_at: Date;
  place: string;
  accessible: boolean;
  accessibility_details: string | null;
  is_public: boolean;
  cancel_reason: string | null;
  revision: number;
  convened_at: Date | null;
  modified_at: Date;
  /** "1. Title" lines, in the agenda's order. */
  agenda: string | null;
}

export interface FeedMinutesRow {
  minutes_id: string;
  meeting_id: string;
  meeting_starts_at: Date;
  version: number;
  published_at: Date;
  content_hash: string;
  document: string;
}

export type ProposalStep =
  'PUBLISHED' | 'QUALIFIED' | 'DECIDED' | 'ANSWERED' | 'IMPLEMENTED' | 'WITHDRAWN' | 'HIDDEN';

export interface ProposalStepRow {
  proposal_id: string;
  title: string;
  author_name: string;
  status: string;
  step: ProposalStep;
  at: Date;
  support_count: number;
  answer: string | null;
  answer_justification: string | null;
  hidden_reason: string | null;
}

/** How many entries a feed holds: the latest ones (a feed reader keeps what it has seen). */
export const FEED_ENTRIES = 200;

@Injectable()
export class FeedsRepository {
  async council(em: EntityManager, slug: string): Promise<FeedCouncilRow | null> {
    const [row] = await queryRows<FeedCouncilRow>(
      em,
      `SELECT council_id, council_slug, name FROM open_data_council WHERE council_slug = $1`,
      [slug],
    );
    return row ?? null;
  }

  /** The meetings (not drafts) of one council, or of all, in their order. */
  meetings(em: EntityManager, slug: string | null): Promise<CalendarMeetingRow[]> {
    return queryRows<CalendarMeetingRow>(
      em,
      `SELECT m.meeting_id, m.council_slug, m.council_name, m.status, m.starts_at, m.place,
              m.accessible, m.accessibility_details, m.is_public, m.cancel_reason, m.revision,
              m.convened_at, m.modified_at,
              (SELECT string_agg(i.position || '. ' || i.title, E'\\n' ORDER BY i.position)
                 FROM open_data_agenda_item i WHERE i.meeting_id = m.meeting_id) AS agenda
         FROM open_data_meeting m
        WHERE $1::text IS NULL OR m.council_slug = $1
        ORDER BY m.starts_at, m.meeting_id`,
      [slug],
    );
  }

  /** The latest published versions of a council's minutes. */
  minutes(em: EntityManager, slug: string): Promise<FeedMinutesRow[]> {
    return queryRows<FeedMinutesRow>(
      em,
      `SELECT minutes_id, meeting_id, meeting_starts_at, version, published_at, content_hash, document
         FROM open_data_minutes WHERE council_slug = $1
        ORDER BY published_at DESC, minutes_id LIMIT ${FEED_ENTRIES}`,
      [slug],
    );
  }

  /** The latest steps of a council's proposals that matter to the public, one row per step. */
  proposalSteps(em: EntityManager, slug: string): Promise<ProposalStepRow[]> {
    return queryRows<ProposalStepRow>(
      em,
      `SELECT p.proposal_id, p.title, p.author_name, p.status, s.step, s.at, p.support_count,
              p.answer, p.answer_justification, p.hidden_reason
         FROM open_data_proposal p
        CROSS JOIN LATERAL (VALUES ('PUBLISHED', p.published_at), ('QUALIFIED', p.qualified_at),
                                   ('DECIDED', p.decided_at), ('ANSWERED', p.answered_at),
                                   ('IMPLEMENTED', p.implemented_at), ('WITHDRAWN', p.withdrawn_at),
                                   ('HIDDEN', p.hidden_at)) AS s(step, at)
        WHERE p.council_slug = $1 AND s.at IS NOT NULL
        ORDER BY s.at DESC, p.proposal_id, s.step LIMIT ${FEED_ENTRIES}`,
      [slug],
    );
  }
}
