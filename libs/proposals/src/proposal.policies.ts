import { isUUID } from 'class-validator';
import { ObjectRule } from '@quorum/identity';
import { ProposalsService } from './proposals.service';

/** The author of the proposal named by the `id` argument. */
export const ProposalAuthor = ObjectRule('proposal-author', async (actor, context) => {
  const id = context.args.id;
  if (typeof id !== 'string' || !isUUID(id)) return false;
  return (
    (await context.moduleRef.get(ProposalsService, { strict: false }).authorOf(id)) ===
    actor.accountId
  );
});
