import { Module } from '@nestjs/common';
import { CouncilsModule } from '@quorum/councils';
import { OutboxModule } from '@quorum/outbox';
import { DiscussionResolver } from './comments/discussion.resolver';
import { DiscussionService } from './comments/discussion.service';
import { ProposalsPersonalData } from './proposals-personal-data';
import { ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';

/** The API's side of proposals. */
@Module({
  imports: [CouncilsModule, OutboxModule],
  providers: [
    ProposalsPersonalData,
    ProposalsService,
    ProposalsResolver,
    DiscussionService,
    DiscussionResolver,
  ],
  exports: [ProposalsService],
})
export class ProposalsModule {}
