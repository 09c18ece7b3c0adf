import { Module } from '@nestjs/common';
import { CouncilsPersonalData } from './councils-personal-data';
import { CouncilsResolver } from './councils.resolver';
import { CouncilsService } from './councils.service';
import { MembershipService } from './membership/membership.service';
import { SortitionResolver } from './sortition/sortition.resolver';
import { SortitionService } from './sortition/sortition.service';

/** The API's side of councils: charters, members, followers, sortition. */
@Module({
  providers: [
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
