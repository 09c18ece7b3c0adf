import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  decodeCursor,
  Edge,
  PageInfo,
  DEFAULT_PAGE_SIZE,
  LocalizedText,
  renderMarkdown,
  toConnection,
} from '@quorum/core';
import { COUNCIL_NOT_FOUND, CouncilsService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { OutboxService } from '@quorum/outbox';
import { Actor, isTownHall } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { ProposalStatus } from './proposal.entity';
import { FollowerRepository } from './follower.repository';
import { ProposalFilters, ProposalRepository, cursorKeyFits } from './proposal.repository';
import {
  AnswerProposalInput,
  Proposal as ProposalView,
  ProposalOrder,
  ProposalFollowPayload,
  ProposalsArgs,
  SubmitProposalInput,
} from './proposal.types';
import { proposalView } from './proposal.view';
import {
  INVALID_CURSOR,
  PROPOSAL_ACTIONS,
  PROPOSAL_NOT_FOUND,
  proposalWrongState,
  RELEVANCE_NEEDS_SEARCH,
} from './proposals.errors';
import { answerDeadline } from './rules/answer-deadline';
import {
  currentStatus,
  implementable,
  draftOfSomeoneElse,
  nextStatus,
  ProposalEvent,
  visibleStatus,
} from './rules/proposal-lifecycle';

/** A page of the listing; `totalCount` only when it was asked for (`ListingColumns.withTotal`). */
export interface ProposalPage {
  edges: Edge<ProposalView>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** What a listing reads beyond the card, each only when the query selects it. */
export interface ListingColumns {
  withBodies: boolean;
  withPerimeter: boolean;
  withTotal: boolean;
}

/** Where the caller stands with a proposal. */
export interface ViewerState {
  supports: boolean;
  follows: boolean;
}

/**
 * A locked proposal. `status` is its state (EXPIRED as soon as the window closed, before the task
 * writes it); `visible` is what residents face (HIDDEN while moderation hides it). The town hall's
 * steps (decision, answer, implementation) go on whatever moderation did.
 */
export interface LockedProposal {
  status: ProposalStatus;
  visible: ProposalStatus;
  councilId: string;
  /** The town's day, YYYY-MM-DD. */
  today: string;
  answer: string | null;
}

/** `event` from `from`, or the refusal that names where the proposal stands. */
function step(from: ProposalStatus, event: ProposalEvent, action: LocalizedText): ProposalStatus {
  const next = nextStatus(from, event);
  if (!next.allowed) throw proposalWrongState(from, action);
  return next.to;
}

/** Proposals: lifecycle, lists and follows (SPEC §3); supports are SupportsService's. */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly councils: CouncilsService,
    private readonly outbox: OutboxService,
    private readonly rows: ProposalRepository,
    private readonly followers: FollowerRepository,
  ) {}

  async submit(actor: Actor, input: SubmitProposalInput): Promise<ProposalView> {
    const id = await this.tx.run(async (em) => {
      const rules = await this.councils.rulesOf(em, input.councilId);
      if (!rules) throw COUNCIL_NOT_FOUND();
      const created = await this.rows.insertDraft(em, {
        councilId: input.councilId,
        authorId: actor.accountId,
        title: input.title.trim(),
        bodyMarkdown: input.body,
        bodyHtml: renderMarkdown(input.body),
        category: input.category,
        address: input.address?.trim() || null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
      });
      await this.audit.record(em, {
        actorId: actor.accountId,
        action: 'proposal.submitted',
        objectType: 'proposal',
        objectId: created,
      });
      if (input.publish) await this.publishIn(em, actor, created);
      return created;
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
    step(proposal.status, 'PUBLISH', PROPOSAL_ACTIONS.publish);
    const rules = (await this.councils.rulesOf(em, proposal.councilId))!;
    await this.rows.publish(em, id, rules.supportThreshold, rules.supportWindowDays);
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
      step(proposal.status, 'WITHDRAW', PROPOSAL_ACTIONS.withdraw);
      await this.rows.withdraw(em, id);
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

  /** For each proposal, whether the account supports and follows it (one query for a page). */
  async viewerStates(accountId: string, ids: readonly string[]): Promise<ViewerState[]> {
    const rows = await this.tx.read((em) => this.rows.viewerStates(em, accountId, ids));
    const byId = new Map(rows.map(({ id, ...state }) => [id, state]));
    return ids.map((id) => byId.get(id)!);
  }

  /**
   * One statement whatever the page size (the authors' names and the councils' cards joined after
   * the LIMIT, support counts on the row), the exact total in it when asked; the bodies, the
   * councils' perimeters and the total only when selected (`columns`).
   */
  async list(
    actor: Actor | null,
    args: ProposalsArgs,
    columns: ListingColumns,
  ): Promise<ProposalPage> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const orderBy = args.orderBy ?? (args.search ? ProposalOrder.RELEVANCE : ProposalOrder.NEWEST);
    if (orderBy === ProposalOrder.RELEVANCE && !args.search) throw RELEVANCE_NEEDS_SEARCH();
    let after: { key: string; id: string } | null = null;
    if (args.after) {
      const [cursorOrder, key, id] = decodeCursor(args.after, 3);
      if (
        cursorOrder !== orderBy ||
        typeof key !== 'string' ||
        !cursorKeyFits(orderBy, key) ||
        typeof id !== 'string' ||
        !isUUID(id)
      )
        throw INVALID_CURSOR();
      after = { key, id };
    }
    const filters: ProposalFilters = {
      viewerId: actor?.accountId ?? null,
      search: args.search,
      councilId: args.councilId,
      status: args.status,
      category: args.category,
      authorId: args.authorId,
      supportedByViewer: args.supportedByMe,
    };
    const { rows, total } = await this.tx.read((em) =>
      this.rows.page(em, { filters, orderBy, after, limit: first + 1, ...columns }),
    );
    const { edges, pageInfo } = toConnection(rows, first, 0, (row) => [
      orderBy,
      row.cursor_key,
      row.id,
    ]);
    const moderator = isTownHall(actor);
    return {
      edges: edges.map(({ cursor, node }) => ({ cursor, node: proposalView(node, moderator) })),
      pageInfo,
      ...(total === null ? {} : { totalCount: total }),
    };
  }

  async get(actor: Actor | null, id: string): Promise<ProposalView> {
    return this.tx.read((em) => this.view(em, actor, id));
  }

  /** For this lib's services: the proposal as the caller sees it, in the caller's transaction. */
  async view(em: EntityManager, actor: Actor | null, id: string): Promise<ProposalView> {
    const row = await this.rows.byId(em, id);
    if (!row || draftOfSomeoneElse(row.status, row.author_id, actor?.accountId))
      throw PROPOSAL_NOT_FOUND();
    return proposalView(row, isTownHall(actor));
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
    const to = step(proposal.status, adopted ? 'ADOPT' : 'REJECT', PROPOSAL_ACTIONS.decide);
    const deadline = adopted ? answerDeadline(proposal.today, responseDeadlineDays) : null;
    await this.rows.recordDecision(em, id, to, deadline);
    await this.outbox.record(em, 'proposal.decided', { proposalId: id });
    await this.audit.record(em, {
      action: adopted ? 'proposal.adopted' : 'proposal.rejected',
      objectType: 'proposal',
      objectId: id,
      before: { status: 'ON_AGENDA' },
      after: { status: to },
    });
  }

  /**
   * For the meetings lib: a council's qualified proposals waiting for an agenda, oldest first,
   * locked. A proposal hidden by moderation waits until it is restored.
   */
  async waitingForAgenda(
    em: EntityManager,
    councilId: string,
  ): Promise<{ id: string; title: string }[]> {
    return this.rows.waitingForAgenda(em, councilId);
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
    // A hidden proposal is not placed; one already on an agenda comes off whatever moderation did.
    const to = placed
      ? step(proposal.visible, 'PLACE_ON_AGENDA', PROPOSAL_ACTIONS.placeOnAgenda)
      : step(proposal.status, 'TAKE_OFF_AGENDA', PROPOSAL_ACTIONS.takeOffAgenda);
    const title = await this.rows.setAgendaStatus(em, id, to);
    if (placed) await this.outbox.record(em, 'proposal.placed-on-agenda', { proposalId: id });
    await this.audit.record(em, {
      action: placed ? 'proposal.placed-on-agenda' : 'proposal.returned-to-qualified',
      objectType: 'proposal',
      objectId: id,
      before: { status: placed ? 'QUALIFIED' : 'ON_AGENDA' },
      after: { status: to },
    });
    return { title, councilId: proposal.councilId };
  }

  /** For the meetings lib: what an opposition statement on an answer needs to know. */
  async stateOf(
    em: EntityManager,
    id: string,
  ): Promise<{ status: ProposalStatus; councilId: string } | null> {
    const row = await this.rows.stateOf(em, id);
    return row ? { status: row.status, councilId: row.council_id } : null;
  }

  /** Agent: the town hall's official answer to an adopted proposal (SPEC §3), in public. */
  async answer(agent: Actor, input: AnswerProposalInput): Promise<ProposalView> {
    await this.tx.run(async (em) => {
      const proposal = await this.lock(em, input.proposalId);
      step(proposal.status, 'ANSWER', PROPOSAL_ACTIONS.answer);
      await this.rows.recordAnswer(em, input.proposalId, input.answer, input.justification.trim());
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
      step(proposal.status, 'IMPLEMENT', PROPOSAL_ACTIONS.markImplemented);
      if (!implementable(proposal.answer))
        throw proposalWrongState(proposal.status, PROPOSAL_ACTIONS.markImplemented);
      await this.rows.markImplemented(em, id);
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
    const rows = await this.tx.read((em) => this.rows.similar(em, title, councilId ?? null));
    return rows.map((row) => proposalView(row));
  }

  /** Follows (or stops following) a proposal visible to the caller; idempotent. */
  async follow(actor: Actor, id: string, following: boolean): Promise<ProposalFollowPayload> {
    await this.get(actor, id); // a draft of someone else is not found
    return this.tx.run(async (em) => {
      if (following) await this.followers.follow(em, id, actor.accountId);
      else await this.followers.unfollow(em, id, actor.accountId);
      return { proposalId: id, following, followersCount: await this.followers.count(em, id) };
    });
  }

  /** For authorization rules: who wrote a proposal. */
  async authorOf(id: string): Promise<string | null> {
    return this.tx.read((em) => this.rows.authorOf(em, id));
  }

  /**
   * For this lib's services: locks the proposal's row, saying where it stands. With the caller
   * (a resident's own action), someone else's draft is not found, as in `view`.
   */
  async lock(em: EntityManager, id: string, caller?: Actor): Promise<LockedProposal> {
    const row = await this.rows.lock(em, id);
    if (!row || (caller && draftOfSomeoneElse(row.status, row.author_id, caller.accountId)))
      throw PROPOSAL_NOT_FOUND();
    const status = currentStatus(row.status, row.window_closed);
    return {
      status,
      visible: visibleStatus(status, row.hidden),
      councilId: row.council_id,
      today: row.today,
      answer: row.answer,
    };
  }
}
