import { Module } from '@nestjs/common';
import { AssociationsModule } from '@quorum/associations';
import { CouncilsModule } from '@quorum/councils';
import { OutboxModule } from '@quorum/outbox';
import { AssessmentRepository } from './assessment.repository';
import { AssessmentsService } from './assessments.service';
import { WorksCalendarController } from './works-calendar.controller';
import { WorksPersonalData } from './works-personal-data';
import { WorksPersonalDataRepository } from './works-personal-data.repository';
import { WorksRepository } from './works.repository';
import { WorksResolver } from './works.resolver';
import { WorksService } from './works.service';

/** The API's side of works and detours (issue 19): GraphQL, the works calendar. */
@Module({
  imports: [AssociationsModule, CouncilsModule, OutboxModule],
  controllers: [WorksCalendarController],
  providers: [
    WorksRepository,
    AssessmentRepository,
    AssessmentsService,
    WorksService,
    WorksResolver,
    WorksPersonalDataRepository,
    WorksPersonalData,
  ],
  exports: [WorksService],
})
export class WorksModule {}
