import { Module } from '@nestjs/common';
import { CouncilRepository } from './council.repository';
import { CouncilsPersonalData } from './councils-personal-data';
import { CouncilsResolver } from './councils.resolver';
import { CouncilsService } from './councils.service';
import { FollowerRepository } from './follower.repository';
import { MembershipRepository } from './membership/membership.repository';
import { MembershipService } from './membership/membership.service';
import { SortitionRepository } from './sortition/sortition.repository';
import { SortitionResolver } from './sortition/sortition.resolver';
import { SortitionService } from './sortition/sortition.service';
import { VolunteerRepository } from './sortition/volunteer.repository';

/** The API's side of councils: charters, members, followers, sortition. */
@Module({
  providers: [
    CouncilRepository,
    FollowerRepository,
    MembershipRepository,
    SortitionRepository,
    VolunteerRepository,
    CouncilsPersonalData,
    CouncilsService,
    MembershipService,
    SortitionService,
    CouncilsResolver,
    SortitionResolver,
  ],
  exports: [CouncilsService, MembershipService],
})
export class CouncilsModule {}
