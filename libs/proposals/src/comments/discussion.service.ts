import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  Clock,
  Connection,
  decodeCursor,
  renderMarkdown,
  toConnection,
} from '@quorum/core';
import { isUUID } from 'class-validator';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { ContentReportRepository } from '../moderation/content-report.repository';
import { ProposalRepository } from '../proposal.repository';
import {
  ALREADY_HIDDEN,
  ALREADY_REPORTED,
  COMMENT_NOT_FOUND,
  EDIT_WINDOW_CLOSED,
  INVALID_CURSOR,
  notDiscussable,
  NOT_HIDDEN,
  NOT_YOUR_COMMENT,
  PROPOSAL_NOT_FOUND,
  REPLY_TO_A_REPLY,
} from '../proposals.errors';
import { commentEditable, discussable, mayReplyTo, reportsHide } from '../rules/discussion';
import { visibleStatus } from '../rules/proposal-lifecycle';
import { CommentRepository, CommentRow } from './comment.repository';
import {
  CommentOnProposalInput,
  ModerateContentInput,
  ModerationAction,
  ModerationQueueItem,
  ModerationResult,
  ProposalComment,
  ReportContentInput,
  ReportableTypeGql,
} from './comment.types';

/** A comment's time as PostgreSQL prints it (microseconds kept), in a cursor. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** What a page of comments asks: its size, the cursor, and whether the total is selected. */
export interface CommentPage {
  first: number;
  after?: string;
  withCount: boolean;
}

const AUTO_HIDDEN_REASON = 'Masqué en attente de modération après plusieurs signalements.';

const commentView = (row: CommentRow): ProposalComment => ({
  id: row.id,
  proposalId: row.proposal_id,
  parentId: row.parent_id,
  authorId: row.author_id,
  authorName: row.author_name,
  bodyMarkdown: row.hidden_at ? null : row.body_markdown,
  bodyHtml: row.hidden_at ? null : row.body_html,
  hiddenReason: row.hidden_at ? row.hidden_reason : null,
  createdAt: row.created_at,
  editedAt: row.edited_at,
});

/** Comments, reports and moderation (SPEC §3), every moderation action audited. */
@Injectable()
export class DiscussionService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly proposals: ProposalRepository,
    private readonly comments: CommentRepository,
    private readonly reports: ContentReportRepository,
  ) {}

  async comment(actor: Actor, input: CommentOnProposalInput): Promise<ProposalComment> {
    const id = await this.tx.run(async (em) => {
      const proposal = await this.proposals.statusOf(em, input.proposalId);
      const status = proposal && visibleStatus(proposal.status, proposal.hidden);
      if (!status || status === 'DRAFT') throw PROPOSAL_NOT_FOUND();
      if (!discussable(status)) throw notDiscussable(status);
      if (input.parentId) {
        const parent = await this.comments.parent(em, input.parentId, input.proposalId);
        if (!parent) throw COMMENT_NOT_FOUND();
        if (!mayReplyTo(parent)) throw REPLY_TO_A_REPLY();
      }
      const created = await this.comments.insert(em, {
        proposalId: input.proposalId,
        authorId: actor.accountId,
        parentId: input.parentId ?? null,
        bodyMarkdown: input.body,
        bodyHtml: renderMarkdown(input.body),
      });
      await this.proposals.touch(em, input.proposalId);
      if (input.parentId) await this.outbox.record(em, 'comment.replied', { commentId: created });
      return created;
    });
    return this.get(id);
  }

  /** By its author, within 15 minutes of writing it. */
  async edit(actor: Actor, commentId: string, body: string): Promise<ProposalComment> {
    await this.tx.run(async (em) => {
      const row = await this.comments.lockForEdit(em, commentId);
      if (!row) throw COMMENT_NOT_FOUND();
      if (row.author_id !== actor.accountId) throw NOT_YOUR_COMMENT();
      if (!commentEditable(row.created_at, row.hidden_at !== null, this.clock.now()))
        throw EDIT_WINDOW_CLOSED();
      await this.comments.edit(em, commentId, body, renderMarkdown(body));
    });
    return this.get(commentId);
  }

  /** One report per person per item; enough reports hide the item until an agent reviews it. */
  async report(actor: Actor, input: ReportContentInput): Promise<boolean> {
    return this.tx.run(async (em) => {
      await this.assertExists(em, input.targetType, input.targetId);
      await this.reports.lockItem(em, input.targetType, input.targetId);
      const added = await this.reports.add(
        em,
        input.targetType,
        input.targetId,
        actor.accountId,
        input.reason.trim(),
      );
      if (!added) throw ALREADY_REPORTED();
      const n = await this.reports.countOpen(em, input.targetType, input.targetId);
      if (
        reportsHide(n, this.config.MODERATION_REPORT_THRESHOLD) &&
        (await this.hide(em, input.targetType, input.targetId, AUTO_HIDDEN_REASON, false))
      ) {
        await this.audit.record(em, {
          action: 'content.auto-hidden',
          objectType: input.targetType.toLowerCase(),
          objectId: input.targetId,
          after: { reports: n },
        });
      }
      return true;
    });
  }

  async moderate(agent: Actor, input: ModerateContentInput): Promise<ModerationResult> {
    return this.tx.run(async (em) => {
      await this.assertExists(em, input.targetType, input.targetId);
      const reason = input.reason.trim();
      const hidden = input.action === ModerationAction.HIDE;
      const changed = hidden
        ? await this.hide(em, input.targetType, input.targetId, reason, true)
        : await this.restore(em, input.targetType, input.targetId);
      if (!changed) throw hidden ? ALREADY_HIDDEN() : NOT_HIDDEN();
      await this.reports.markReviewed(em, input.targetType, input.targetId);
      await this.audit.record(em, {
        actorId: agent.accountId,
        actorRole: agent.role,
        action: hidden ? 'content.hidden' : 'content.restored',
        objectType: input.targetType.toLowerCase(),
        objectId: input.targetId,
        after: { reason },
      });
      return {
        targetType: input.targetType,
        targetId: input.targetId,
        hidden,
        hiddenReason: hidden ? reason : null,
      };
    });
  }

  /** Agent: what has unreviewed reports, most reported first (at most 100 items). */
  async queue(): Promise<ModerationQueueItem[]> {
    const rows = await this.tx.read((em) => this.reports.queue(em));
    return rows.map((row) => ({
      targetType: row.target_type as ReportableTypeGql,
      targetId: row.target_id,
      proposalId: row.proposal_id,
      excerpt: row.excerpt,
      openReports: row.open_reports,
      reasons: row.reasons,
      hidden: row.hidden,
      lastReportedAt: row.last_reported_at,
    }));
  }

  /** Comments of many proposals in one query (the list's field resolver batches them). */
  async commentsOf(proposalIds: readonly string[]): Promise<ProposalComment[][]> {
    const rows = await this.tx.read((em) => this.comments.ofProposals(em, proposalIds));
    return proposalIds.map((id) => rows.filter((row) => row.proposal_id === id).map(commentView));
  }

  /**
   * A page of comments of each proposal (one statement for all, one more for the totals when
   * `withCount`). A cursor belongs to the proposal it was read from.
   */
  async commentPagesOf(
    proposalIds: readonly string[],
    page: CommentPage,
  ): Promise<(Connection<ProposalComment> | Error)[]> {
    let after: { proposalId: string; createdAt: string; id: string } | null = null;
    if (page.after) {
      const [proposalId, createdAt, id] = decodeCursor(page.after, 3);
      if (
        typeof proposalId !== 'string' ||
        typeof createdAt !== 'string' ||
        !TIMESTAMP.test(createdAt) ||
        typeof id !== 'string' ||
        !isUUID(id)
      )
        throw INVALID_CURSOR();
      after = { proposalId, createdAt, id };
    }
    // A cursor continues the page of its own proposal only.
    const ids = after ? proposalIds.filter((id) => id === after.proposalId) : proposalIds;
    // Two reads outside a transaction: side by side, on two connections.
    const [rows, counts] = await this.tx.read((em) =>
      Promise.all([
        ids.length ? this.comments.pagesOf(em, ids, after, page.first + 1) : [],
        page.withCount && ids.length ? this.comments.countsOf(em, ids) : null,
      ]),
    );
    return proposalIds.map((proposalId) => {
      if (!ids.includes(proposalId)) return INVALID_CURSOR();
      const mine = rows.filter((row) => row.proposal_id === proposalId);
      const connection = toConnection(mine, page.first, counts?.get(proposalId) ?? 0, (row) => [
        proposalId,
        row.cursor_key,
        row.id,
      ]);
      return {
        ...connection,
        edges: connection.edges.map(({ cursor, node }) => ({ cursor, node: commentView(node) })),
      };
    });
  }

  private async get(id: string): Promise<ProposalComment> {
    const row = await this.tx.read((em) => this.comments.byId(em, id));
    if (!row) throw COMMENT_NOT_FOUND();
    return commentView(row);
  }

  private async assertExists(
    em: EntityManager,
    type: ReportableTypeGql,
    id: string,
  ): Promise<void> {
    if (type === ReportableTypeGql.PROPOSAL) {
      if (!(await this.proposals.existsPublicly(em, id))) throw PROPOSAL_NOT_FOUND();
    } else if (!(await this.comments.exists(em, id))) throw COMMENT_NOT_FOUND();
  }

  /** Hides, or with `overwrite` also replaces the reason of an item already hidden (a review). */
  private hide(
    em: EntityManager,
    type: ReportableTypeGql,
    id: string,
    reason: string,
    overwrite: boolean,
  ): Promise<boolean> {
    return type === ReportableTypeGql.PROPOSAL
      ? this.proposals.hide(em, id, reason, overwrite)
      : this.comments.hide(em, id, reason, overwrite);
  }

  private restore(em: EntityManager, type: ReportableTypeGql, id: string): Promise<boolean> {
    return type === ReportableTypeGql.PROPOSAL
      ? this.proposals.restore(em, id)
      : this.comments.restore(em, id);
  }
}
