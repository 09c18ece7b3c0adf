import { Inject, Injectable } from '@nestjs/common';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { AGENDA_PLACEMENT, AgendaPlacement } from '../ports/agenda-placement.port';
import {
  NOT_A_RESIDENT_HERE,
  PROPOSAL_ACTIONS,
  PROPOSAL_NOT_FOUND,
  proposalWrongState,
} from '../proposals.errors';
import { SupportProposalPayload, WithdrawSupportPayload } from '../proposal.types';
import { ProposalRepository } from '../proposal.repository';
import { ProposalsService } from '../proposals.service';
import {
  currentStatus,
  draftOfSomeoneElse,
  nextStatus,
  visibleStatus,
} from '../rules/proposal-lifecycle';
import { qualifies, supportable, supportsHere, supportWithdrawable } from '../rules/supports';
import { SupportRepository } from './support.repository';

/**
 * Supports (SPEC §3): one per verified resident of the council's neighbourhood, by the primary key
 * of proposal_support. The proposal's row is locked for the few statements of the transaction
 * (never anything wider), so the count and the QUALIFIED transition happen exactly once.
 */
@Injectable()
export class SupportsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly proposals: ProposalsService,
    private readonly rows: ProposalRepository,
    private readonly supports: SupportRepository,
    @Inject(AGENDA_PLACEMENT) private readonly agenda: AgendaPlacement,
  ) {}

  /**
   * One transaction of three statements besides BEGIN and COMMIT (the lock with the council's
   * neighbourhood, the support with its count, the proposal as it is now), more only on the
   * support that qualifies the proposal.
   */
  async support(actor: Actor, id: string): Promise<SupportProposalPayload> {
    return this.tx.run(async (em) => {
      const locked = await this.supports.lock(em, id);
      if (!locked || draftOfSomeoneElse(locked.status, locked.author_id, actor.accountId))
        throw PROPOSAL_NOT_FOUND();
      const status = currentStatus(locked.status, locked.window_closed);
      const visible = visibleStatus(status, locked.hidden);
      if (!supportable(visible)) throw proposalWrongState(visible, PROPOSAL_ACTIONS.support);
      if (!supportsHere(actor.residencyNeighbourhood, locked.neighbourhood))
        throw NOT_A_RESIDENT_HERE();
      const after = await this.supports.add(em, id, actor.accountId);
      if (
        after &&
        qualifies(after.support_count, after.support_threshold) &&
        nextStatus(status, 'QUALIFY').allowed
      ) {
        await this.rows.markQualified(em, id);
        await this.outbox.record(em, 'proposal.qualified', { proposalId: id });
        await this.audit.record(em, {
          action: 'proposal.qualified',
          objectType: 'proposal',
          objectId: id,
          before: { status: 'PUBLISHED' },
          after: { status: 'QUALIFIED', supportCount: after.support_count },
        });
        await this.agenda.placeWaitingProposals(em, locked.council_id);
      }
      // Read in the same transaction: what this support made of it, with no second checkout.
      return { proposal: await this.proposals.view(em, actor, id), alreadySupported: !after };
    });
  }

  /** While the proposal is PUBLISHED only (a qualification is not undone). */
  async withdrawSupport(actor: Actor, id: string): Promise<WithdrawSupportPayload> {
    return this.tx.run(async (em) => {
      const proposal = await this.proposals.lock(em, id, actor);
      if (!supportWithdrawable(proposal.visible))
        throw proposalWrongState(proposal.visible, PROPOSAL_ACTIONS.withdrawSupport);
      const wasSupporting = await this.supports.remove(em, id, actor.accountId);
      return { proposal: await this.proposals.view(em, actor, id), wasSupporting };
    });
  }
}
