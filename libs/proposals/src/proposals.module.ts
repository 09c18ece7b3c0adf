import { Module } from '@nestjs/common';
import { CouncilsModule } from '@quorum/councils';
import { OutboxModule } from '@quorum/outbox';
import { CommentRepository } from './comments/comment.repository';
import { DiscussionResolver } from './comments/discussion.resolver';
import { DiscussionService } from './comments/discussion.service';
import { FollowerRepository } from './follower.repository';
import { ContentReportRepository } from './moderation/content-report.repository';
import { ProposalRepository } from './proposal.repository';
import { ProposalsPersonalData } from './proposals-personal-data';
import { ProposalsPersonalDataRepository } from './proposals-personal-data.repository';
import { ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';
import { SupportRepository } from './supports/support.repository';
import { SupportsService } from './supports/supports.service';

/**
 * The API's side of proposals. SupportsService needs the AGENDA_PLACEMENT port
 * (ports/agenda-placement.port.ts), which the meetings lib binds: without it the API does not start.
 */
@Module({
  imports: [CouncilsModule, OutboxModule],
  providers: [
    ProposalRepository,
    SupportRepository,
    FollowerRepository,
    CommentRepository,
    ContentReportRepository,
    ProposalsPersonalDataRepository,
    ProposalsPersonalData,
    ProposalsService,
    SupportsService,
    ProposalsResolver,
    DiscussionService,
    DiscussionResolver,
  ],
  exports: [ProposalsService],
})
export class ProposalsModule {}
