import {
  OfficialAnswerGql,
  Proposal as ProposalView,
  ProposalCategoryGql,
  ProposalStatusGql,
} from './proposal.types';
import { ProposalRow } from './proposal.repository';
import { answerOverdue } from './rules/answer-deadline';
import { visibleStatus } from './rules/proposal-lifecycle';

/**
 * What a caller sees of a proposal. A hidden one shows status HIDDEN, its title and the public
 * reason; its body only to agents, who review it.
 */
export function proposalView(row: ProposalRow, moderator = false): ProposalView {
  const hidden = row.hidden_at !== null && !moderator;
  return {
    id: row.id,
    councilId: row.council_id,
    authorId: row.author_id,
    authorName: row.author_name,
    title: row.title,
    bodyMarkdown: hidden ? null : row.body_markdown,
    bodyHtml: hidden ? null : row.body_html,
    category: row.category as ProposalCategoryGql,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    status: visibleStatus(row.status, row.hidden_at !== null) as ProposalStatusGql,
    supportCount: row.support_count,
    supportThreshold: row.support_threshold,
    publishedAt: row.published_at,
    expiresAt: row.expires_at,
    qualifiedAt: row.qualified_at,
    hiddenReason: row.hidden_reason,
    decidedAt: row.decided_at,
    answerDeadline: row.answer_deadline,
    answerOverdue: answerOverdue(row.status, row.answer_deadline, row.today),
    answer: row.answer as OfficialAnswerGql | null,
    answerJustification: row.answer_justification,
    answeredAt: row.answered_at,
    implementedAt: row.implemented_at,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
    council: {
      id: row.council_id,
      slug: row.council_slug,
      name: row.council_name,
      neighbourhood: row.council_neighbourhood,
      neighbourhoodKey: row.council_neighbourhood_key,
      perimeterDescription: row.council_perimeter_description,
      perimeterGeojson: row.council_perimeter_geojson,
      createdAt: row.council_created_at,
    },
  };
}
