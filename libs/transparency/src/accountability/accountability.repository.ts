import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { AnswerFacts, MinutesFacts, QualifiedFacts } from './rules/accountability';

/**
 * What accountability reads, through the views the owners publish: councils'
 * `council_directory`, proposals' `accountability_proposal`, meetings' `accountability_minutes`
 * and `accountability_agenda_placement`. Plain functions over the caller's EntityManager. `$1` is
 * a council id or null (every council).
 */

export interface CouncilNameRow {
  councilId: string;
  slug: string;
  name: string;
}

export function accountableCouncils(
  em: EntityManager,
  councilId: string | null,
): Promise<CouncilNameRow[]> {
  return queryRows<CouncilNameRow>(
    em,
    `SELECT council_id AS "councilId", slug, name FROM council_directory
      WHERE $1::uuid IS NULL OR council_id = $1 ORDER BY name, council_id`,
    [councilId],
  );
}

export function answersOwed(em: EntityManager, councilId: string | null): Promise<AnswerFacts[]> {
  return queryRows<AnswerFacts>(
    em,
    `SELECT proposal_id AS "proposalId", council_id AS "councilId", title, decided_at AS "decidedAt",
            to_char(answer_deadline, 'YYYY-MM-DD') AS "answerDeadline", answered_at AS "answeredAt"
       FROM accountability_proposal
      WHERE answer_deadline IS NOT NULL AND ($1::uuid IS NULL OR council_id = $1)
      ORDER BY answer_deadline, proposal_id`,
    [councilId],
  );
}

export function qualifiedWaits(
  em: EntityManager,
  councilId: string | null,
): Promise<QualifiedFacts[]> {
  return queryRows<QualifiedFacts>(
    em,
    `SELECT p.proposal_id AS "proposalId", p.council_id AS "councilId", p.title,
            p.qualified_at AS "qualifiedAt", a.placed_at AS "placedAt"
       FROM accountability_proposal p
       LEFT JOIN accountability_agenda_placement a ON a.proposal_id = p.proposal_id
      WHERE p.qualified_at IS NOT NULL AND ($1::uuid IS NULL OR p.council_id = $1)
        -- Withdrawn by its author before any agenda: it waits no more.
        AND NOT (p.status = 'WITHDRAWN' AND a.placed_at IS NULL)
      ORDER BY p.qualified_at, p.proposal_id`,
    [councilId],
  );
}

export function minutesOwed(em: EntityManager, councilId: string | null): Promise<MinutesFacts[]> {
  return queryRows<MinutesFacts>(
    em,
    `SELECT minutes_id AS "minutesId", meeting_id AS "meetingId", council_id AS "councilId", version,
            meeting_starts_at AS "meetingStartsAt", adopted_at AS "adoptedAt",
            to_char(publication_due, 'YYYY-MM-DD') AS "publicationDue", published_at AS "publishedAt"
       FROM accountability_minutes
      WHERE $1::uuid IS NULL OR council_id = $1
      ORDER BY publication_due NULLS LAST, minutes_id`,
    [councilId],
  );
}
