import { Module } from '@nestjs/common';
import { CouncilsModule } from '@quorum/councils';
import { OutboxModule } from '@quorum/outbox';
import { PlaceRepository } from './place.repository';
import { PlacesOpenDataController } from './places-open-data.controller';
import { PlacesPersonalData } from './places-personal-data';
import { PlacesPersonalDataRepository } from './places-personal-data.repository';
import { PlacesProgressService } from './places-progress.service';
import { PlacesResolver } from './places.resolver';
import { PlacesService } from './places.service';

/** The API's side of places: the register, reports, progress and their open data. */
@Module({
  imports: [CouncilsModule, OutboxModule],
  controllers: [PlacesOpenDataController],
  providers: [
    PlaceRepository,
    PlacesService,
    PlacesProgressService,
    PlacesResolver,
    PlacesPersonalDataRepository,
    PlacesPersonalData,
  ],
  exports: [PlacesService],
})
export class PlacesModule {}
