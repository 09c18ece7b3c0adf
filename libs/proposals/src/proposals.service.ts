import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  Connection,
  de,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  DomainError,
  renderMarkdown,
  toConnection,
} from '@quorum/core';
import { CouncilsService } from '@quorum/councils';
import { queryRows, TransactionService } from '@quorum/db';
import { OutboxService } from '@quorum/outbox';
import { Actor, notAResidentHere } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { ProposalStatus } from './proposal.entity';
import {
  AnswerProposalInput,
  Proposal as ProposalView,
  ProposalOrder,
  ProposalFollowPayload,
  ProposalsArgs,
  SubmitProposalInput,
  SupportProposalPayload,
  WithdrawSupportPayload,
} from './proposal.types';
import { PROPOSAL_COLUMNS, ProposalRow, proposalView } from './proposal.view';

const isModerator = (actor: Actor | null) => actor?.role === 'AGENT' || actor?.role === 'ADMIN';

const NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Proposition introuvable.', en: 'Proposal not found.' });

const STATUS_FR: Record<ProposalStatus, string> = {
  DRAFT: 'brouillon',
  PUBLISHED: 'publiée',
  QUALIFIED: "retenue pour l'ordre du jour",
  ON_AGENDA: "inscrite à l'ordre du jour",
  ADOPTED: 'adoptée',
  REJECTED: 'rejetée',
  ANSWERED: 'a reçu sa réponse officielle',
  IMPLEMENTED: 'réalisée',
  WITHDRAWN: 'retirée',
  EXPIRED: 'expirée',
  HIDDEN: 'masquée',
};

/** An illegal transition, naming the current state (SPEC §3). */
export function wrongState(
  status: ProposalStatus,
  action: { fr: string; en: string },
): DomainError {
  return new DomainError(
    'PRECONDITION_FAILED',
    {
      fr: `Impossible ${de(action.fr)} : la proposition est ${STATUS_FR[status]}.`,
      en: `Cannot ${action.en}: the proposal is ${status.toLowerCase().replace(/_/g, ' ')}.`,
    },
    { reason: `STATUS_${status}` },
  );
}

/**
 * Allow-listed orders: a sort key (descending) and the shape of its cursor value. Cursors carry
 * the key as PostgreSQL prints it (microseconds kept) and the order they belong to.
 */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const ORDERS: Record<ProposalOrder, { key: string; shape: RegExp }> = {
  NEWEST: { key: 'coalesce(p.published_at, p.created_at)', shape: TIMESTAMP },
  MOST_SUPPORTED: { key: 'p.support_count', shape: /^\d{1,9}$/ },
  RECENTLY_ACTIVE: { key: 'p.last_activity_at', shape: TIMESTAMP },
  RELEVANCE: {
    key: `round(ts_rank(p.search_vector, websearch_to_tsquery('quorum_french', $search))::numeric, 6)`,
    shape: /^\d+(\.\d+)?$/,
  },
};

/** Where the caller stands with a proposal. */
export interface ViewerState {
  supports: boolean;
  follows: boolean;
}

/** Called in the transaction where a proposal qualifies (meetings place it on an agenda). */
export type QualifiedListener = (em: EntityManager, councilId: string) => Promise<void>;

/** Proposals: lifecycle and supports (SPEC §3). */
@Injectable()
export class ProposalsService {
  private readonly qualifiedListeners: QualifiedListener[] = [];
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly councils: CouncilsService,
    private readonly outbox: OutboxService,
  ) {}

  async submit(actor: Actor, input: SubmitProposalInput): Promise<ProposalView> {
    const id = await this.tx.run(async (em) => {
      const rules = await this.councils.rulesOf(em, input.councilId);
      if (!rules)
        throw DomainError.notFound({
          fr: 'Conseil de quartier introuvable.',
          en: 'Neighbourhood council not found.',
        });
      const [created]: { id: string }[] = await em.query(
        `INSERT INTO proposal (council_id, author_id, title, body_markdown, body_html, category, address, latitude, longitude, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'DRAFT') RETURNING id`,
        [
          input.councilId,
          actor.accountId,
          input.title.trim(),
          input.body,
          renderMarkdown(input.body),
          input.category,
          input.address?.trim() || null,
          input.latitude ?? null,
          input.longitude ?? null,
        ],
      );
      await this.audit.record(em, {
        actorId: actor.accountId,
        action: 'proposal.submitted',
        objectType: 'proposal',
        objectId: created.id,
      });
      if (input.publish) await this.publishIn(em, actor, created.id);
      return created.id;
    });
    return this.get(actor, id);
  }

  async publish(actor: Actor, id: string): Promise<ProposalView> {
    await this.tx.run((em) => this.publishIn(em, actor, id));
    return this.get(actor, id);
  }

  /** DRAFT → PUBLISHED, with the council's threshold and window of today. */
  private async publishIn(em: EntityManager, actor: Actor, id: string): Promise<void> {
    const proposal = await this.lock(em, id);
    if (proposal.status !== 'DRAFT')
      throw wrongState(proposal.status, { fr: 'la publier', en: 'publish it' });
    const rules = (await this.councils.rulesOf(em, proposal.councilId))!;
    await em.query(
      `UPDATE proposal SET status = 'PUBLISHED', published_at = clock_now(), last_activity_at = clock_now(),
              support_threshold = $2, expires_at = clock_now() + make_interval(days => $3)
        WHERE id = $1`,
      [id, rules.supportThreshold, rules.supportWindowDays],
    );
    await this.outbox.record(em, 'proposal.published', { proposalId: id });
    await this.audit.record(em, {
      actorId: actor.accountId,
      action: 'proposal.published',
      objectType: 'proposal',
      objectId: id,
      before: { status: 'DRAFT' },
      after: { status: 'PUBLISHED', supportThreshold: rules.supportThreshold },
    });
  }

  /** By its author, before it reaches an agenda. */
  async withdraw(actor: Actor, id: string): Promise<ProposalView> {
    await this.tx.run(async (em) => {
      const proposal = await this.lock(em, id);
      if (!['DRAFT', 'PUBLISHED', 'QUALIFIED'].includes(proposal.status)) {
        throw wrongState(proposal.status, { fr: 'la retirer', en: 'withdraw it' });
      }
      await em.query(
        `UPDATE proposal SET status = 'WITHDRAWN', withdrawn_at = clock_now(), last_activity_at = clock_now() WHERE id = $1`,
        [id],
      );
      await this.audit.record(em, {
        actorId: actor.accountId,
        action: 'proposal.withdrawn',
        objectType: 'proposal',
        objectId: id,
        before: { status: proposal.status },
        after: { status: 'WITHDRAWN' },
      });
    });
    return this.get(actor, id);
  }

  /**
   * One support per verified resident of the council's neighbourhood, by the primary key of
   * proposal_support. The proposal's row is locked for the few statements of this transaction
   * (never anything wider), so the count and the QUALIFIED transition happen exactly once.
   */
  async support(actor: Actor, id: string): Promise<SupportProposalPayload> {
    const alreadySupported = await this.tx.run(async (em) => {
      const proposal = await this.lock(em, id);
      if (!['PUBLISHED', 'QUALIFIED'].includes(proposal.visible)) {
        throw wrongState(proposal.visible, { fr: 'la soutenir', en: 'support it' });
      }
      const rules = (await this.councils.rulesOf(em, proposal.councilId))!;
      if (actor.residencyNeighbourhood !== rules.neighbourhood) {
        throw notAResidentHere({
          fr: 'Seul·es les habitant·es vérifié·es du quartier de ce conseil peuvent soutenir ses propositions.',
          en: "Only verified residents of this council's neighbourhood can support its proposals.",
        });
      }
      const inserted = await em.query(
        `INSERT INTO proposal_support (proposal_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [id, actor.accountId],
      );
      if (inserted.length === 0) return true; // already supported: nothing changes
      const [after] = await queryRows<{ status: ProposalStatus; support_count: number }>(
        em,
        `UPDATE proposal SET support_count = support_count + 1, last_activity_at = clock_now(),
                status = CASE WHEN status = 'PUBLISHED' AND support_count + 1 >= support_threshold
                              THEN 'QUALIFIED' ELSE status END,
                qualified_at = CASE WHEN status = 'PUBLISHED' AND support_count + 1 >= support_threshold
                                    THEN clock_now() ELSE qualified_at END
          WHERE id = $1 RETURNING status, support_count`,
        [id],
      );
      if (proposal.status === 'PUBLISHED' && after.status === 'QUALIFIED') {
        await this.outbox.record(em, 'proposal.qualified', { proposalId: id });
        await this.audit.record(em, {
          action: 'proposal.qualified',
          objectType: 'proposal',
          objectId: id,
          before: { status: 'PUBLISHED' },
          after: { status: 'QUALIFIED', supportCount: after.support_count },
        });
        for (const listener of this.qualifiedListeners) await listener(em, proposal.councilId);
      }
      return false;
    });
    return { proposal: await this.get(actor, id), alreadySupported };
  }

  /** While the proposal is PUBLISHED only (a qualification is not undone). */
  async withdrawSupport(actor: Actor, id: string): Promise<WithdrawSupportPayload> {
    const wasSupporting = await this.tx.run(async (em) => {
      const proposal = await this.lock(em, id);
      if (proposal.visible !== 'PUBLISHED') {
        throw wrongState(proposal.visible, { fr: 'retirer son soutien', en: 'withdraw a support' });
      }
      const deleted = await queryRows(
        em,
        `DELETE FROM proposal_support WHERE proposal_id = $1 AND account_id = $2 RETURNING 1`,
        [id, actor.accountId],
      );
      if (deleted.length > 0) {
        await em.query(`UPDATE proposal SET support_count = support_count - 1 WHERE id = $1`, [id]);
      }
      return deleted.length > 0;
    });
    return { proposal: await this.get(actor, id), wasSupporting };
  }

  /** For each proposal, whether the account supports and follows it (one query for a page). */
  async viewerStates(accountId: string, ids: readonly string[]): Promise<ViewerState[]> {
    const rows: (ViewerState & { id: string })[] = await this.tx.run((em) =>
      em.query(
        `SELECT p.id,
                EXISTS (SELECT 1 FROM proposal_support s WHERE s.proposal_id = p.id AND s.account_id = $1) AS supports,
                EXISTS (SELECT 1 FROM proposal_follower f WHERE f.proposal_id = p.id AND f.account_id = $1) AS follows
           FROM unnest($2::uuid[]) AS p(id)`,
        [accountId, ids],
      ),
    );
    const byId = new Map(rows.map(({ id, ...state }) => [id, state]));
    return ids.map((id) => byId.get(id)!);
  }

  /** One query whatever the page size: the author's name is joined, counts are on the row. */
  async list(actor: Actor | null, args: ProposalsArgs): Promise<Connection<ProposalView>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const orderBy = args.orderBy ?? (args.search ? ProposalOrder.RELEVANCE : ProposalOrder.NEWEST);
    if (orderBy === ProposalOrder.RELEVANCE && !args.search) {
      throw DomainError.badInput([
        {
          field: 'orderBy',
          message: { fr: 'RELEVANCE demande une recherche', en: 'RELEVANCE needs a search' },
        },
      ]);
    }
    const where: string[] = [`(p.status <> 'DRAFT' OR p.author_id = $1)`];
    // Hidden text is not searchable: guessing words must not probe what moderation hid.
    if (args.search)
      where.push(
        `p.search_vector @@ websearch_to_tsquery('quorum_french', $2) AND p.hidden_at IS NULL`,
      );
    const params: unknown[] = [actor?.accountId ?? null];
    if (args.search) params.push(args.search);
    const order = { ...ORDERS[orderBy], key: ORDERS[orderBy].key.replace('$search', '$2') };
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (args.councilId) add('p.council_id = ?', args.councilId);
    if (args.status === 'HIDDEN') where.push('p.hidden_at IS NOT NULL');
    else if (args.status) add('p.status = ? AND p.hidden_at IS NULL', args.status);
    if (args.category) add('p.category = ?', args.category);
    if (args.authorId) add('p.author_id = ?', args.authorId);
    const filters = [...where];
    const filterParams = [...params];
    if (args.after) {
      const [cursorOrder, key, id] = decodeCursor(args.after, 3);
      if (
        cursorOrder !== orderBy ||
        typeof key !== 'string' ||
        !order.shape.test(key) ||
        typeof id !== 'string' ||
        !isUUID(id)
      ) {
        throw DomainError.badInput([
          {
            field: 'after',
            message: { fr: 'curseur invalide pour cet ordre', en: 'invalid cursor for this order' },
          },
        ]);
      }
      params.push(key, id);
      where.push(`(${order.key}, p.id) < ($${params.length - 1}, $${params.length})`);
    }
    params.push(first + 1);
    return this.tx.run(async (em) => {
      const rows: (ProposalRow & { cursor_key: string })[] = await em.query(
        `SELECT ${PROPOSAL_COLUMNS}, (${order.key})::text AS cursor_key FROM proposal p JOIN account a ON a.id = p.author_id
          WHERE ${where.join(' AND ')} ORDER BY ${order.key} DESC, p.id DESC LIMIT $${params.length}`,
        params,
      );
      const [{ n }] = await em.query(
        `SELECT count(*)::int AS n FROM proposal p WHERE ${filters.join(' AND ')}`,
        filterParams,
      );
      const moderator = isModerator(actor);
      return mapConnection(
        toConnection(rows, first, n, (row) => [orderBy, row.cursor_key, row.id]),
        moderator,
      );
    });
  }

  async get(actor: Actor | null, id: string): Promise<ProposalView> {
    return this.tx.run(async (em) => {
      const [row]: ProposalRow[] = await em.query(
        `SELECT ${PROPOSAL_COLUMNS} FROM proposal p JOIN account a ON a.id = p.author_id WHERE p.id = $1`,
        [id],
      );
      if (!row || (row.status === 'DRAFT' && row.author_id !== actor?.accountId)) throw NOT_FOUND();
      return proposalView(row, isModerator(actor));
    });
  }

  /**
   * For the meetings lib: the council's ballot decided (ON_AGENDA → ADOPTED or REJECTED, in the
   * caller's transaction). An adopted proposal gets its answer deadline.
   */
  async recordDecision(
    em: EntityManager,
    id: string,
    adopted: boolean,
    responseDeadlineDays: number,
  ): Promise<void> {
    const proposal = await this.lock(em, id);
    if (proposal.status !== 'ON_AGENDA')
      throw wrongState(proposal.status, { fr: 'la décider', en: 'decide it' });
    await em.query(
      `UPDATE proposal SET status = $2, decided_at = clock_now(), last_activity_at = clock_now(),
              answer_deadline = CASE WHEN $2 = 'ADOPTED' THEN clock_now()::date + $3::int END
        WHERE id = $1`,
      [id, adopted ? 'ADOPTED' : 'REJECTED', responseDeadlineDays],
    );
    await this.outbox.record(em, 'proposal.decided', { proposalId: id });
    await this.audit.record(em, {
      action: adopted ? 'proposal.adopted' : 'proposal.rejected',
      objectType: 'proposal',
      objectId: id,
      before: { status: 'ON_AGENDA' },
      after: { status: adopted ? 'ADOPTED' : 'REJECTED' },
    });
  }

  /** Lets another lib act in the transaction where a proposal qualifies, without a cycle. */
  onQualified(listener: QualifiedListener): void {
    this.qualifiedListeners.push(listener);
  }

  /**
   * For the meetings lib: a council's qualified proposals waiting for an agenda, oldest first,
   * locked. A proposal hidden by moderation waits until it is restored.
   */
  async waitingForAgenda(
    em: EntityManager,
    councilId: string,
  ): Promise<{ id: string; title: string }[]> {
    return em.query(
      `SELECT id, title FROM proposal WHERE council_id = $1 AND status = 'QUALIFIED' AND hidden_at IS NULL
        ORDER BY qualified_at, id FOR UPDATE`,
      [councilId],
    );
  }

  /**
   * For the meetings lib: QUALIFIED → ON_AGENDA (placed on a meeting), or back (the meeting was
   * cancelled or closed before deciding it). Returns the proposal's title and council.
   */
  async moveOnAgenda(
    em: EntityManager,
    id: string,
    placed: boolean,
  ): Promise<{ title: string; councilId: string }> {
    const proposal = await this.lock(em, id);
    const from: ProposalStatus = placed ? 'QUALIFIED' : 'ON_AGENDA';
    if ((placed ? proposal.visible : proposal.status) !== from) {
      throw placed
        ? wrongState(proposal.visible, {
            fr: "l'inscrire à l'ordre du jour",
            en: 'put it on an agenda',
          })
        : wrongState(proposal.status, {
            fr: "la retirer de l'ordre du jour",
            en: 'take it off an agenda',
          });
    }
    const [row]: { title: string }[] = await queryRows(
      em,
      `UPDATE proposal SET status = $2, last_activity_at = clock_now() WHERE id = $1 RETURNING title`,
      [id, placed ? 'ON_AGENDA' : 'QUALIFIED'],
    );
    if (placed) await this.outbox.record(em, 'proposal.placed-on-agenda', { proposalId: id });
    await this.audit.record(em, {
      action: placed ? 'proposal.placed-on-agenda' : 'proposal.returned-to-qualified',
      objectType: 'proposal',
      objectId: id,
      before: { status: from },
      after: { status: placed ? 'ON_AGENDA' : 'QUALIFIED' },
    });
    return { title: row.title, councilId: proposal.councilId };
  }

  /** For the meetings lib: what an opposition statement on an answer needs to know. */
  async stateOf(
    em: EntityManager,
    id: string,
  ): Promise<{ status: ProposalStatus; councilId: string } | null> {
    const [row]: { status: ProposalStatus; council_id: string }[] = await em.query(
      `SELECT status, council_id FROM proposal WHERE id = $1`,
      [id],
    );
    return row ? { status: row.status, councilId: row.council_id } : null;
  }

  /** Agent: the town hall's official answer to an adopted proposal (SPEC §3), in public. */
  async answer(agent: Actor, input: AnswerProposalInput): Promise<ProposalView> {
    await this.tx.run(async (em) => {
      const proposal = await this.lock(em, input.proposalId);
      if (proposal.status !== 'ADOPTED')
        throw wrongState(proposal.status, { fr: 'y répondre', en: 'answer it' });
      await em.query(
        `UPDATE proposal SET status = 'ANSWERED', answer = $2, answer_justification = $3, answered_at = clock_now(),
                last_activity_at = clock_now() WHERE id = $1`,
        [input.proposalId, input.answer, input.justification.trim()],
      );
      await this.outbox.record(em, 'proposal.answered', { proposalId: input.proposalId });
      await this.audit.record(em, {
        actorId: agent.accountId,
        actorRole: agent.role,
        action: 'proposal.answered',
        objectType: 'proposal',
        objectId: input.proposalId,
        before: { status: 'ADOPTED' },
        after: { status: 'ANSWERED', answer: input.answer },
      });
    });
    return this.get(agent, input.proposalId);
  }

  /** Agent: an accepted (even in part) answer was carried out. */
  async markImplemented(agent: Actor, id: string): Promise<ProposalView> {
    await this.tx.run(async (em) => {
      const proposal = await this.lock(em, id);
      const [row]: { answer: string | null }[] = await em.query(
        `SELECT answer FROM proposal WHERE id = $1`,
        [id],
      );
      if (proposal.status !== 'ANSWERED' || row.answer === 'DECLINED') {
        throw wrongState(proposal.status, { fr: 'la marquer réalisée', en: 'mark it implemented' });
      }
      await em.query(
        `UPDATE proposal SET status = 'IMPLEMENTED', implemented_at = clock_now(), last_activity_at = clock_now() WHERE id = $1`,
        [id],
      );
      await this.audit.record(em, {
        actorId: agent.accountId,
        actorRole: agent.role,
        action: 'proposal.implemented',
        objectType: 'proposal',
        objectId: id,
        before: { status: 'ANSWERED' },
        after: { status: 'IMPLEMENTED' },
      });
    });
    return this.get(agent, id);
  }

  /** Published proposals whose title looks like this one (trigram similarity, accents folded). */
  async similar(title: string, councilId?: string): Promise<ProposalView[]> {
    return this.tx.run(async (em) => {
      const rows: ProposalRow[] = await em.query(
        `SELECT ${PROPOSAL_COLUMNS} FROM proposal p JOIN account a ON a.id = p.author_id
          WHERE quorum_fold(p.title) % quorum_fold($1)
            AND p.status NOT IN ('DRAFT', 'WITHDRAWN', 'EXPIRED') AND p.hidden_at IS NULL
            AND ($2::uuid IS NULL OR p.council_id = $2)
          ORDER BY similarity(quorum_fold(p.title), quorum_fold($1)) DESC, p.id LIMIT 5`,
        [title, councilId ?? null],
      );
      return rows.map((row) => proposalView(row));
    });
  }

  /** Follows (or stops following) a proposal visible to the caller; idempotent. */
  async follow(actor: Actor, id: string, following: boolean): Promise<ProposalFollowPayload> {
    await this.get(actor, id); // a draft of someone else is not found
    return this.tx.run(async (em) => {
      if (following) {
        await em.query(
          `INSERT INTO proposal_follower (proposal_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [id, actor.accountId],
        );
      } else {
        await em.query(`DELETE FROM proposal_follower WHERE proposal_id = $1 AND account_id = $2`, [
          id,
          actor.accountId,
        ]);
      }
      const [{ n }]: { n: number }[] = await em.query(
        `SELECT count(*)::int AS n FROM proposal_follower WHERE proposal_id = $1`,
        [id],
      );
      return { proposalId: id, following, followersCount: n };
    });
  }

  /** For authorization rules: who wrote a proposal. */
  async authorOf(id: string): Promise<string | null> {
    return this.tx.run(async (em) => {
      const [row]: { author_id: string }[] = await em.query(
        `SELECT author_id FROM proposal WHERE id = $1`,
        [id],
      );
      return row?.author_id ?? null;
    });
  }

  /**
   * Locks the proposal row. `status` is its state (EXPIRED as soon as the window closed, before the
   * task writes it); `visible` is what residents face (HIDDEN while moderation hides it). The town
   * hall's steps (decision, answer, implementation) go on whatever moderation did.
   */
  private async lock(
    em: EntityManager,
    id: string,
  ): Promise<{ status: ProposalStatus; visible: ProposalStatus; councilId: string }> {
    const [row]: {
      status: ProposalStatus;
      council_id: string;
      hidden: boolean;
      lapsed: boolean;
    }[] = await em.query(
      `SELECT status, council_id, hidden_at IS NOT NULL AS hidden,
              status = 'PUBLISHED' AND expires_at <= clock_now() AS lapsed
         FROM proposal WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!row) throw NOT_FOUND();
    const status: ProposalStatus = row.lapsed ? 'EXPIRED' : row.status;
    return { status, visible: row.hidden ? 'HIDDEN' : status, councilId: row.council_id };
  }
}

function mapConnection(
  connection: Connection<ProposalRow>,
  moderator: boolean,
): Connection<ProposalView> {
  return {
    ...connection,
    edges: connection.edges.map((edge) => ({
      cursor: edge.cursor,
      node: proposalView(edge.node, moderator),
    })),
  };
}
