import { Inject, Injectable } from '@nestjs/common';
import { CouncilsService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { AGENDA_PLACEMENT, AgendaPlacement } from '../ports/agenda-placement.port';
import { NOT_A_RESIDENT_HERE, PROPOSAL_ACTIONS, proposalWrongState } from '../proposals.errors';
import { SupportProposalPayload, WithdrawSupportPayload } from '../proposal.types';
import { ProposalRepository } from '../proposal.repository';
import { ProposalsService } from '../proposals.service';
import { nextStatus } from '../rules/proposal-lifecycle';
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
    private readonly councils: CouncilsService,
    private readonly outbox: OutboxService,
    private readonly proposals: ProposalsService,
    private readonly rows: ProposalRepository,
    private readonly supports: SupportRepository,
    @Inject(AGENDA_PLACEMENT) private readonly agenda: AgendaPlacement,
  ) {}

  async support(actor: Actor, id: string): Promise<SupportProposalPayload> {
    const alreadySupported = await this.tx.run(async (em) => {
      const proposal = await this.proposals.lock(em, id);
      if (!supportable(proposal.visible))
        throw proposalWrongState(proposal.visible, PROPOSAL_ACTIONS.support);
      const rules = (await this.councils.rulesOf(em, proposal.councilId))!;
      if (!supportsHere(actor.residencyNeighbourhood, rules.neighbourhood))
        throw NOT_A_RESIDENT_HERE();
      if (!(await this.supports.add(em, id, actor.accountId))) return true; // nothing changes
      const after = await this.rows.countSupport(em, id);
      const qualifying =
        qualifies(after.support_count, after.support_threshold) &&
        nextStatus(proposal.status, 'QUALIFY').allowed;
      if (qualifying) {
        await this.rows.markQualified(em, id);
        await this.outbox.record(em, 'proposal.qualified', { proposalId: id });
        await this.audit.record(em, {
          action: 'proposal.qualified',
          objectType: 'proposal',
          objectId: id,
          before: { status: 'PUBLISHED' },
          after: { status: 'QUALIFIED', supportCount: after.support_count },
        });
        await this.agenda.placeWaitingProposals(em, proposal.councilId);
      }
      return false;
    });
    return { proposal: await this.proposals.get(actor, id), alreadySupported };
  }

  /** While the proposal is PUBLISHED only (a qualification is not undone). */
  async withdrawSupport(actor: Actor, id: string): Promise<WithdrawSupportPayload> {
    const wasSupporting = await this.tx.run(async (em) => {
      const proposal = await this.proposals.lock(em, id);
      if (!supportWithdrawable(proposal.visible))
        throw proposalWrongState(proposal.visible, PROPOSAL_ACTIONS.withdrawSupport);
      const removed = await this.supports.remove(em, id, actor.accountId);
      if (removed) await this.rows.uncountSupport(em, id);
      return removed;
    });
    return { proposal: await this.proposals.get(actor, id), wasSupporting };
  }
}
