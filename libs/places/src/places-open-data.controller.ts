import { Controller, Get, Res } from '@nestjs/common';
import { Allow, Anyone } from '@quorum/identity';
import { stringify } from 'csv-stringify/sync';
import type { ServerResponse } from 'node:http';
import { PlacesProgressService } from './places-progress.service';
import { PlacesService } from './places.service';

const PLACE_COLUMNS = [
  'id',
  'name',
  'kind',
  'address',
  'councilId',
  'councilName',
  'entrance',
  'toilets',
  'hearingLoop',
  'parking',
  'overall',
  'evidence',
  'checkedOn',
  'plannedWorks',
  'plannedWorksOn',
  'openReports',
] as const;

const PROGRESS_COLUMNS = ['month', 'day', 'accessible', 'notAccessible', 'unknown'] as const;

/**
 * The register and its progress series in open data (SPEC §6), beside transparency's datasets:
 * the same conventions (UTF-8, comma, a header row, empty for null; JSON: an array of objects),
 * small enough to be written whole.
 */
@Controller('open-data')
@Allow(Anyone)
export class PlacesOpenDataController {
  constructor(
    private readonly places: PlacesService,
    private readonly progress: PlacesProgressService,
  ) {}

  @Get('places.csv')
  async placesCsv(@Res() response: ServerResponse): Promise<void> {
    send(response, 'places.csv', csv(PLACE_COLUMNS, await this.placeRows()));
  }

  @Get('places.json')
  async placesJson(@Res() response: ServerResponse): Promise<void> {
    send(response, 'places.json', JSON.stringify(await this.placeRows(), null, 1));
  }

  @Get('places-progress.csv')
  async progressCsv(@Res() response: ServerResponse): Promise<void> {
    send(response, 'places-progress.csv', csv(PROGRESS_COLUMNS, await this.series()));
  }

  @Get('places-progress.json')
  async progressJson(@Res() response: ServerResponse): Promise<void> {
    send(response, 'places-progress.json', JSON.stringify(await this.series(), null, 1));
  }

  private async placeRows(): Promise<Record<string, unknown>[]> {
    return (await this.places.list(null)).map((place) =>
      Object.fromEntries(PLACE_COLUMNS.map((column) => [column, place[column]])),
    );
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
