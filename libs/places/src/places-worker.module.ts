import { Module } from '@nestjs/common';
import { PLACE_NOTICES } from './place-notifications';

/** The worker's side of places: who hears of reports and their answers. */
@Module({ providers: [...PLACE_NOTICES] })
export class PlacesWorkerModule {}
