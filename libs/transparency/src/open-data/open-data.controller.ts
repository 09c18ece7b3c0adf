import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { DATASET_NAMES, isDatasetName } from './datasets';
import { notModified } from './http-validators';
import { OpenDataFile, OpenDataService } from './open-data.service';

/** Each dataset's two files: the routes are named one by one, so no other `/open-data/*` is taken. */
const DATASET_PATHS = DATASET_NAMES.flatMap((name) => [`${name}.csv`, `${name}.json`]);

/**
 * `/open-data/*`: public, read without an account (SPEC §6). The API's module declares who may
 * call it (transparency sits below identity, which owns the guard's policies).
 */
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('datapackage.json')
  dataPackage(@Res() response: ServerResponse): void {
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(this.openData.dataPackage(), null, 2));
  }

  @Get('deliberations-scdl.csv')
  scdl(
    @Query() query: Record<string, unknown>,
    @Req() request: IncomingMessage,
    @Res() response: ServerResponse,
  ): Promise<void> {
    return this.send({ kind: 'scdl' }, query, request, response);
  }

  @Get(DATASET_PATHS)
  dataset(
    @Query() query: Record<string, unknown>,
    @Req() request: IncomingMessage,
    @Res() response: ServerResponse,
  ): Promise<void> {
    const file = /\/open-data\/([a-z-]+)\.(csv|json)(?:\?|$)/.exec(request.url ?? '');
    const name = file?.[1] ?? '';
    // The route list holds only dataset names: this cannot fail but for a bug.
    if (!file || !isDatasetName(name)) throw new Error(`No dataset at ${request.url}`);
    return this.send(
      { kind: 'dataset', name, format: file[2] as 'csv' | 'json' },
      query,
      request,
      response,
    );
  }

  private async send(
    file: OpenDataFile,
    query: Record<string, unknown>,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const download = await this.openData.open(file, query);
    try {
      if (notModified(request, response, download.etag, download.lastModified)) return;
      response.setHeader('content-type', download.contentType);
      response.setHeader('content-disposition', `attachment; filename="${download.fileName}"`);
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      await new Promise<void>((resolve) =>
        // A failure mid-way (the client left, the database broke) destroys the response: a
        // truncated file never looks complete, as the status line is already sent.
        pipeline(download.body(), response, () => resolve()),
      );
    } finally {
      await download.close();
    }
  }
}
