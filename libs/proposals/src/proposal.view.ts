import {
  OfficialAnswerGql,
  Proposal as ProposalView,
  ProposalCategoryGql,
  ProposalStatusGql,
} from './proposal.types';

/** The columns a view needs, with the author's public name, as the list query selects them. */
export const PROPOSAL_COLUMNS = `p.id, p.council_id, p.author_id, a.display_name AS author_name, p.title, p.body_markdown,
  p.body_html, p.hidden_at, p.category, p.address, p.latitude, p.longitude, p.status, p.support_count, p.support_threshold,
  p.published_at, p.expires_at, p.qualified_at, p.hidden_reason, p.created_at, p.last_activity_at, p.decided_at,
  to_char(p.answer_deadline, 'YYYY-MM-DD') AS answer_deadline,
  (p.status = 'ADOPTED' AND p.answer_deadline < clock_now()::date) AS answer_overdue,
  p.answer, p.answer_justification, p.answered_at, p.implemented_at`;

export interface ProposalRow {
  id: string;
  council_id: string;
  author_id: string;
  author_name: string;
  title: string;
  body_markdown: string;
  body_html: string;
  hidden_at: Date | null;
  category: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  status: string;
  support_count: number;
  support_threshold: number | null;
  published_at: Date | null;
  expires_at: Date | null;
  qualified_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
  last_activity_at: Date;
  decided_at: Date | null;
  answer_deadline: string | null;
  answer_overdue: boolean;
  answer: string | null;
  answer_justification: string | null;
  answered_at: Date | null;
  implemented_at: Date | null;
}

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
    status: (row.hidden_at ? 'HIDDEN' : row.status) as ProposalStatusGql,
    supportCount: row.support_count,
    supportThreshold: row.support_threshold,
    publishedAt: row.published_at,
    expiresAt: row.expires_at,
    qualifiedAt: row.qualified_at,
    hiddenReason: row.hidden_reason,
    decidedAt: row.decided_at,
    answerDeadline: row.answer_deadline,
    answerOverdue: row.answer_overdue,
    answer: row.answer as OfficialAnswerGql | null,
    answerJustification: row.answer_justification,
    answeredAt: row.answered_at,
    implementedAt: row.implemented_at,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
  };
}
