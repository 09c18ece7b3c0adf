import { Proposal as ProposalView, ProposalCategoryGql, ProposalStatusGql } from './proposal.types';

/** The columns a view needs, with the author's public name, as the list query selects them. */
export const PROPOSAL_COLUMNS = `p.id, p.council_id, p.author_id, a.display_name AS author_name, p.title, p.body_markdown,
  p.body_html, p.category, p.address, p.latitude, p.longitude, p.status, p.support_count, p.support_threshold,
  p.published_at, p.expires_at, p.qualified_at, p.hidden_reason, p.created_at, p.last_activity_at`;

export interface ProposalRow {
  id: string;
  council_id: string;
  author_id: string;
  author_name: string;
  title: string;
  body_markdown: string;
  body_html: string;
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
}

/** What anyone sees of a proposal; a hidden one keeps its title and the reason, not its body. */
export function proposalView(row: ProposalRow): ProposalView {
  const hidden = row.status === 'HIDDEN';
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
    status: row.status as ProposalStatusGql,
    supportCount: row.support_count,
    supportThreshold: row.support_threshold,
    publishedAt: row.published_at,
    expiresAt: row.expires_at,
    qualifiedAt: row.qualified_at,
    hiddenReason: row.hidden_reason,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
  };
}
