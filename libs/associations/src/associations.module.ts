import { Module } from '@nestjs/common';
import { CouncilsModule } from '@quorum/councils';
import { IdentityModule } from '@quorum/identity';
import { OutboxModule } from '@quorum/outbox';
import { AssociationRepository } from './association.repository';
import { AssociationsPersonalData } from './associations-personal-data';
import { AssociationsResolver } from './associations.resolver';
import { AssociationsService } from './associations.service';
import { SolidarityEntryRepository } from './solidarity/solidarity-entry.repository';
import { SolidarityPdfController } from './solidarity/solidarity-pdf.controller';
import { SolidarityResolver } from './solidarity/solidarity.resolver';
import { SolidarityService } from './solidarity/solidarity.service';

/** The API's side of partner associations (SPEC §10). */
@Module({
  // IdentityModule: its RateLimiter (one Redis connection for every bucket).
  imports: [CouncilsModule, IdentityModule, OutboxModule],
  controllers: [SolidarityPdfController],
  providers: [
    AssociationRepository,
    AssociationsService,
    AssociationsPersonalData,
    AssociationsResolver,
    SolidarityEntryRepository,
    SolidarityService,
    SolidarityResolver,
  ],
  exports: [AssociationsService, SolidarityService],
})
export class AssociationsModule {}
