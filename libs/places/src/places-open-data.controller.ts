import { Controller, Get, Res } from '@nestjs/common';
import { Allow, Anyone } from '@quorum/identity';
import { stringify } from 'csv-stringify/sync';
import type { ServerResponse } from 'node:http';
import { PlacesProgressService } from './places-progress.service';

const PROGRESS_COLUMNS = ['month', 'day', 'accessible', 'notAccessible', 'unknown'] as const;

/**
 * The progress series in open data (SPEC §6), beside transparency's datasets (the register itself
 * is one of them, `/open-data/places.csv|json`, in the catalogue: view `open_data_place`):
 * the same conventions (UTF-8, comma, a header row, empty for null; JSON: an array of objects),
 * small enough to be written whole.
 */
@Controller('open-data')
@Allow(Anyone)
export class PlacesOpenDataController {
  constructor(private readonly progress: PlacesProgressService) {}

  @Get('places-progress.csv')
  async progressCsv(@Res() response: ServerResponse): Promise<void> {
    send(response, 'places-progress.csv', csv(PROGRESS_COLUMNS, await this.series()));
  }

  @Get('places-progress.json')
  async progressJson(@Res() response: ServerResponse): Promise<void> {
    send(response, 'places-progress.json', JSON.stringify(await this.series(), null, 1));
  }

  private async series(): Promise<Record<string, unknown>[]> {
    return (await this.progress.progress()).series.map((point) => ({ ...point }));
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
