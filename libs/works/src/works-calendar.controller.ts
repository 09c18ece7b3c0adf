import { Controller, Get, Header } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { Allow, Anyone } from '@quorum/identity';
import { worksCalendar } from './works-calendar';
import { WorksRepository } from './works.repository';

/** `/works.ics`: the works calendar, public, for a calendar application to subscribe to. */
@Controller()
export class WorksCalendarController {
  constructor(
    private readonly tx: TransactionService,
    private readonly rows: WorksRepository,
    private readonly config: AppConfig,
  ) {}

  @Get('works.ics')
  @Allow(Anyone)
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'no-cache')
  async calendar(): Promise<string> {
    const works = await this.tx.read((em) => this.rows.calendar(em));
    return worksCalendar(works, {
      title: `Travaux — ${this.config.TOWN_NAME}`,
      publicUrl: this.config.publicUrl,
    });
  }
}
