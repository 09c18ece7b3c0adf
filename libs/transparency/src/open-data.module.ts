import { Module } from '@nestjs/common';
import { FeedsController } from './feeds/feeds.controller';
import { FeedsRepository } from './feeds/feeds.repository';
import { FeedsService } from './feeds/feeds.service';
import { OpenDataController } from './open-data/open-data.controller';
import { OpenDataRepository } from './open-data/open-data.repository';
import { OpenDataService } from './open-data/open-data.service';

/** The controllers of the open data and the feeds, which the API's module registers. */
export const OPEN_DATA_CONTROLLERS = [OpenDataController, FeedsController];

/**
 * The open data, calendars and feeds (SPEC §6). Its controllers are public; the API's module
 * declares them so (see apps/api's open-data module), since the guard's policies live above this
 * lib.
 */
@Module({
  providers: [OpenDataRepository, OpenDataService, FeedsRepository, FeedsService],
  exports: [OpenDataService, FeedsService],
})
export class OpenDataModule {}
