import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, DomainError, renderMarkdown } from '@quorum/core';
import { queryRows, TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { ProposalStatus } from '../proposal.entity';
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

export const EDIT_WINDOW_MS = 15 * 60 * 1000;
const DISCUSSABLE: ProposalStatus[] = [
  'PUBLISHED',
  'QUALIFIED',
  'ON_AGENDA',
  'ADOPTED',
  'REJECTED',
  'ANSWERED',
  'IMPLEMENTED',
];
const AUTO_HIDDEN_REASON = 'Masqué en attente de modération après plusieurs signalements.';

interface CommentRow {
  id: string;
  proposal_id: string;
  parent_id: string | null;
  author_id: string;
  author_name: string;
  body_markdown: string;
  body_html: string;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
  edited_at: Date | null;
}

const COMMENT_COLUMNS = `c.id, c.proposal_id, c.parent_id, c.author_id, a.display_name AS author_name, c.body_markdown,
  c.body_html, c.hidden_at, c.hidden_reason, c.created_at, c.edited_at`;

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

const notFound = (what: 'comment' | 'proposal') =>
  DomainError.notFound(
    what === 'comment'
      ? { fr: 'Commentaire introuvable.', en: 'Comment not found.' }
      : { fr: 'Proposition introuvable.', en: 'Proposal not found.' },
  );

/** Comments, reports and moderation (SPEC §3), every moderation action audited. */
@Injectable()
export class DiscussionService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async comment(actor: Actor, input: CommentOnProposalInput): Promise<ProposalComment> {
    const id = await this.tx.run(async (em) => {
      const [proposal]: { status: ProposalStatus }[] = await em.query(
        `SELECT CASE WHEN hidden_at IS NOT NULL THEN 'HIDDEN' ELSE status END AS status FROM proposal WHERE id = $1`,
        [input.proposalId],
      );
      if (!proposal || proposal.status === 'DRAFT') throw notFound('proposal');
      if (!DISCUSSABLE.includes(proposal.status)) {
        throw new DomainError(
          'PRECONDITION_FAILED',
          {
            fr: 'Cette proposition ne peut plus être commentée.',
            en: 'This proposal can no longer be commented on.',
          },
          { reason: `STATUS_${proposal.status}` },
        );
      }
      if (input.parentId) {
        const [parent]: { parent_id: string | null }[] = await em.query(
          `SELECT parent_id FROM comment WHERE id = $1 AND proposal_id = $2`,
          [input.parentId, input.proposalId],
        );
        if (!parent) throw notFound('comment');
        if (parent.parent_id) {
          throw DomainError.badInput([
            {
              field: 'input.parentId',
              message: {
                fr: 'on ne répond qu’à un commentaire principal',
                en: 'replies go to a top-level comment',
              },
            },
          ]);
        }
      }
      const [created]: { id: string }[] = await em.query(
        `INSERT INTO comment (proposal_id, author_id, parent_id, body_markdown, body_html, created_at)
         VALUES ($1, $2, $3, $4, $5, clock_now()) RETURNING id`,
        [
          input.proposalId,
          actor.accountId,
          input.parentId ?? null,
          input.body,
          renderMarkdown(input.body),
        ],
      );
      await em.query(`UPDATE proposal SET last_activity_at = clock_now() WHERE id = $1`, [
        input.proposalId,
      ]);
      if (input.parentId)
        await this.outbox.record(em, 'comment.replied', { commentId: created.id });
      return created.id;
    });
    return this.get(id);
  }

  /** By its author, within 15 minutes of writing it. */
  async edit(actor: Actor, commentId: string, body: string): Promise<ProposalComment> {
    await this.tx.run(async (em) => {
      const [row]: { author_id: string; created_at: Date; hidden_at: Date | null }[] =
        await em.query(
          `SELECT author_id, created_at, hidden_at FROM comment WHERE id = $1 FOR UPDATE`,
          [commentId],
        );
      if (!row) throw notFound('comment');
      if (row.author_id !== actor.accountId) {
        throw new DomainError('FORBIDDEN', {
          fr: "Ce commentaire n'est pas le vôtre.",
          en: 'This comment is not yours.',
        });
      }
      if (row.hidden_at || this.clock.now().getTime() - row.created_at.getTime() > EDIT_WINDOW_MS) {
        throw new DomainError(
          'PRECONDITION_FAILED',
          {
            fr: 'Un commentaire se modifie dans les 15 minutes qui suivent, et s’il n’est pas masqué.',
            en: 'A comment can be edited within 15 minutes, unless hidden.',
          },
          { reason: 'EDIT_WINDOW_CLOSED' },
        );
      }
      await em.query(
        `UPDATE comment SET body_markdown = $2, body_html = $3, edited_at = clock_now() WHERE id = $1`,
        [commentId, body, renderMarkdown(body)],
      );
    });
    return this.get(commentId);
  }

  /** One report per person per item; enough reports hide the item until an agent reviews it. */
  async report(actor: Actor, input: ReportContentInput): Promise<boolean> {
    return this.tx.run(async (em) => {
      await this.assertExists(em, input.targetType, input.targetId);
      const inserted = await em.query(
        `INSERT INTO content_report (target_type, target_id, reporter_id, reason) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING id`,
        [input.targetType, input.targetId, actor.accountId, input.reason.trim()],
      );
      if (inserted.length === 0) {
        throw new DomainError('CONFLICT', {
          fr: 'Vous avez déjà signalé ce contenu.',
          en: 'You already reported this.',
        });
      }
      const [{ n }] = await em.query(
        `SELECT count(*)::int AS n FROM content_report WHERE target_type = $1 AND target_id = $2 AND reviewed_at IS NULL`,
        [input.targetType, input.targetId],
      );
      if (
        n >= this.config.MODERATION_REPORT_THRESHOLD &&
        (await this.hide(em, input.targetType, input.targetId, AUTO_HIDDEN_REASON))
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
      const changed =
        input.action === ModerationAction.HIDE
          ? await this.hide(em, input.targetType, input.targetId, reason, true)
          : await this.restore(em, input.targetType, input.targetId);
      if (!changed) {
        throw new DomainError(
          'PRECONDITION_FAILED',
          {
            fr:
              input.action === ModerationAction.HIDE
                ? 'Ce contenu est déjà masqué.'
                : "Ce contenu n'est pas masqué.",
            en:
              input.action === ModerationAction.HIDE
                ? 'This content is already hidden.'
                : 'This content is not hidden.',
          },
          { reason: input.action === ModerationAction.HIDE ? 'ALREADY_HIDDEN' : 'NOT_HIDDEN' },
        );
      }
      await em.query(
        `UPDATE content_report SET reviewed_at = clock_now() WHERE target_type = $1 AND target_id = $2 AND reviewed_at IS NULL`,
        [input.targetType, input.targetId],
      );
      await this.audit.record(em, {
        actorId: agent.accountId,
        actorRole: agent.role,
        action: input.action === ModerationAction.HIDE ? 'content.hidden' : 'content.restored',
        objectType: input.targetType.toLowerCase(),
        objectId: input.targetId,
        after: { reason },
      });
      const hidden = input.action === ModerationAction.HIDE;
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
    const rows: {
      target_type: ReportableTypeGql;
      target_id: string;
      proposal_id: string;
      excerpt: string;
      open_reports: number;
      reasons: string[];
      hidden: boolean;
      last_reported_at: Date;
    }[] = await this.tx.run((em) =>
      em.query(
        `SELECT r.target_type, r.target_id,
                coalesce(p.id, c.proposal_id) AS proposal_id,
                coalesce(p.title, left(c.body_markdown, 140)) AS excerpt,
                count(*)::int AS open_reports,
                array_agg(r.reason ORDER BY r.created_at DESC) AS reasons,
                coalesce(p.hidden_at, c.hidden_at) IS NOT NULL AS hidden,
                max(r.created_at) AS last_reported_at
           FROM content_report r
           LEFT JOIN proposal p ON r.target_type = 'PROPOSAL' AND p.id = r.target_id
           LEFT JOIN comment c ON r.target_type = 'COMMENT' AND c.id = r.target_id
          WHERE r.reviewed_at IS NULL
          GROUP BY r.target_type, r.target_id, p.id, c.proposal_id, p.title, c.body_markdown, p.hidden_at, c.hidden_at
          ORDER BY open_reports DESC, last_reported_at DESC
          LIMIT 100`,
      ),
    );
    return rows.map((row) => ({
      targetType: row.target_type,
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
    const rows: CommentRow[] = await this.tx.run((em) =>
      em.query(
        `SELECT ${COMMENT_COLUMNS} FROM comment c JOIN account a ON a.id = c.author_id
          WHERE c.proposal_id = ANY($1) ORDER BY c.created_at, c.id`,
        [proposalIds],
      ),
    );
    return proposalIds.map((id) => rows.filter((row) => row.proposal_id === id).map(commentView));
  }

  private async get(id: string): Promise<ProposalComment> {
    const [row]: CommentRow[] = await this.tx.run((em) =>
      em.query(
        `SELECT ${COMMENT_COLUMNS} FROM comment c JOIN account a ON a.id = c.author_id WHERE c.id = $1`,
        [id],
      ),
    );
    if (!row) throw notFound('comment');
    return commentView(row);
  }

  private async assertExists(
    em: EntityManager,
    type: ReportableTypeGql,
    id: string,
  ): Promise<void> {
    const table = type === ReportableTypeGql.PROPOSAL ? 'proposal' : 'comment';
    const rows = await em.query(
      `SELECT 1 FROM ${table} WHERE id = $1${table === 'proposal' ? " AND status <> 'DRAFT'" : ''}`,
      [id],
    );
    if (rows.length === 0) throw notFound(table);
  }

  /** Hides, or with `overwrite` also replaces the reason of an item already hidden (a review). */
  private async hide(
    em: EntityManager,
    type: ReportableTypeGql,
    id: string,
    reason: string,
    overwrite = false,
  ): Promise<boolean> {
    const unlessHidden = overwrite ? '' : ' AND hidden_at IS NULL';
    const rows =
      type === ReportableTypeGql.PROPOSAL
        ? await queryRows(
            em,
            `UPDATE proposal SET hidden_at = coalesce(hidden_at, clock_now()), hidden_reason = $2 WHERE id = $1${unlessHidden} RETURNING id`,
            [id, reason],
          )
        : await queryRows(
            em,
            `UPDATE comment SET hidden_at = coalesce(hidden_at, clock_now()), hidden_reason = $2 WHERE id = $1${unlessHidden} RETURNING id`,
            [id, reason],
          );
    return rows.length > 0;
  }

  private async restore(em: EntityManager, type: ReportableTypeGql, id: string): Promise<boolean> {
    const rows =
      type === ReportableTypeGql.PROPOSAL
        ? await queryRows(
            em,
            `UPDATE proposal SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1 AND hidden_at IS NOT NULL RETURNING id`,
            [id],
          )
        : await queryRows(
            em,
            `UPDATE comment SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1 AND hidden_at IS NOT NULL RETURNING id`,
            [id],
          );
    return rows.length > 0;
  }
}
