import { Controller, Get, Res } from '@nestjs/common';
import { Clock, townDay } from '@quorum/core';
import { Allow, Anyone } from '@quorum/identity';
import { stringify } from 'csv-stringify/sync';
import type { ServerResponse } from 'node:http';
import { PlacesProgressService } from './places-progress.service';

const PROGRESS_COLUMNS = ['month', 'day', 'accessible', 'notAccessible', 'unknown'] as const;
/** Today's counts, as `/lieux` tables them: `key` is the kind, or the council's id ("" for none). */
const TALLY_COLUMNS = ['day', 'key', 'label', 'accessible', 'notAccessible', 'unknown'] as const;
type Tallies = 'byKind' | 'byCouncil';

/**
 * The progress series and today's counts by kind and by council in open data (SPEC §6), beside
 * transparency's datasets (the register itself is one of them, `/open-data/places.csv|json`, in
 * the catalogue: view `open_data_place`): the same conventions (UTF-8, comma, a header row, empty
 * for null; JSON: an array of objects), small enough to be written whole.
 */
@Controller('open-data')
@Allow(Anyone)
export class PlacesOpenDataController {
  constructor(
    private readonly progress: PlacesProgressService,
    private readonly clock: Clock,
  ) {}

  @Get('places-progress.csv')
  async progressCsv(@Res() response: ServerResponse): Promise<void> {
    send(response, 'places-progress.csv', csv(PROGRESS_COLUMNS, await this.series()));
  }

  @Get('places-progress.json')
  async progressJson(@Res() response: ServerResponse): Promise<void> {
    send(response, 'places-progress.json', JSON.stringify(await this.series(), null, 1));
  }

  @Get('places-by-kind.csv')
  async byKindCsv(@Res() response: ServerResponse): Promise<void> {
    send(response, 'places-by-kind.csv', csv(TALLY_COLUMNS, await this.tallies('byKind')));
  }

  @Get('places-by-kind.json')
  async byKindJson(@Res() response: ServerResponse): Promise<void> {
    send(response, 'places-by-kind.json', JSON.stringify(await this.tallies('byKind'), null, 1));
  }

  @Get('places-by-council.csv')
  async byCouncilCsv(@Res() response: ServerResponse): Promise<void> {
    send(response, 'places-by-council.csv', csv(TALLY_COLUMNS, await this.tallies('byCouncil')));
  }

  @Get('places-by-council.json')
  async byCouncilJson(@Res() response: ServerResponse): Promise<void> {
    const rows = await this.tallies('byCouncil');
    send(response, 'places-by-council.json', JSON.stringify(rows, null, 1));
  }

  private async series(): Promise<Record<string, unknown>[]> {
    return (await this.progress.progress()).series.map((point) => ({ ...point }));
  }

  /** The rows of one of `/lieux`'s tables, in its order, dated with the day they count. */
  private async tallies(which: Tallies): Promise<Record<string, unknown>[]> {
    const day = townDay(this.clock.now());
    return (await this.progress.progress())[which].map((tally) => ({ day, ...tally }));
  }
}

function csv(columns: readonly string[], rows: Record<string, unknown>[]): string {
  return stringify(rows, { header: true, columns: [...columns] });
}

function send(response: ServerResponse, fileName: string, body: string): void {
  const json = fileName.endsWith('.json');
  response.setHeader(
    'content-type',
    json ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
  );
  response.setHeader('content-disposition', `attachment; filename="${fileName}"`);
  response.end(json ? `${body}\n` : body);
}
