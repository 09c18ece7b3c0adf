import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock, TOWN_TIME_ZONE, townDay } from '@quorum/core';
import { createHash } from 'node:crypto';
import { pipeline, Readable } from 'node:stream';
import { DataSource, QueryRunner } from 'typeorm';
import { dataPackage, DataPackage } from './datapackage';
import { DatasetName, DATASETS } from './datasets';
import { csvEncoder, jsonArrayOfLines, mapRows } from './encoders';
import { badOpenDataFilter, UNKNOWN_COUNCIL_FILTER } from './open-data.errors';
import { DatasetFingerprint, OpenDataRepository } from './open-data.repository';
import { isFilterProblem, OpenDataFilter, parseOpenDataFilter } from './rules/filter';
import { BallotExport, SCDL_FIELDS, scdlRow } from './rules/scdl';

export type OpenDataFormat = 'csv' | 'json';

/** What a download is: one of the datasets in one format, or the ballots in the SCDL fields. */
export type OpenDataFile =
  { kind: 'dataset'; name: DatasetName; format: OpenDataFormat } | { kind: 'scdl' };

/**
 * A download under way: its validators (ETag, Last-Modified), its file name, and its body, read
 * in one read-only REPEATABLE READ transaction so the ETag describes exactly the bytes sent.
 * `close()` ends the transaction and frees the connection; call it once, whatever happened.
 */
export interface OpenDataDownload {
  etag: string;
  lastModified: Date | null;
  fileName: string;
  contentType: string;
  body(): Readable;
  close(): Promise<void>;
}

const CONTENT_TYPE: Record<OpenDataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The open data (SPEC §6): files streamed from the read views, and their description. */
@Injectable()
export class OpenDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OpenDataRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  dataPackage(): DataPackage {
    return dataPackage(this.config.publicUrl, this.config.TOWN_NAME);
  }

  /** Validates the filters and opens the file; throws a French 400 on a filter that cannot apply. */
  async open(file: OpenDataFile, query: Record<string, unknown>): Promise<OpenDataDownload> {
    const filter = parseOpenDataFilter(query);
    if (isFilterProblem(filter)) throw badOpenDataFilter(filter);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      if (
        filter.councilSlug &&
        !(await this.repository.councilExists(runner.manager, filter.councilSlug))
      )
        throw UNKNOWN_COUNCIL_FILTER();
      const def = DATASETS[file.kind === 'scdl' ? 'ballots' : file.name];
      const fingerprint = await this.repository.fingerprint(
        runner.manager,
        def,
        filter,
        TOWN_TIME_ZONE,
      );
      return this.download(runner, file, filter, fingerprint);
    } catch (error) {
      await this.end(runner);
      throw error;
    }
  }

  private download(
    runner: QueryRunner,
    file: OpenDataFile,
    filter: OpenDataFilter,
    fingerprint: DatasetFingerprint,
  ): OpenDataDownload {
    const format: OpenDataFormat = file.kind === 'scdl' ? 'csv' : file.format;
    const name = file.kind === 'scdl' ? 'deliberations-scdl' : file.name;
    const etag = createHash('sha256')
      .update(
        JSON.stringify([
          name,
          format,
          filter,
          fingerprint,
          // The SCDL file also says who publishes it.
          file.kind === 'scdl'
            ? [this.config.TOWN_NAME, this.config.TOWN_SIRET, this.config.publicUrl]
            : [],
        ]),
      )
      .digest('base64url')
      .slice(0, 27);
    const day = townDay(this.clock.now());
    const fileName = `${name}${filter.councilSlug ? `-${filter.councilSlug}` : ''}-${day}.${format}`;
    let closed = false;
    return {
      etag: `"${etag}"`,
      lastModified: fingerprint.lastModified,
      fileName,
      contentType: CONTENT_TYPE[format],
      body: () => {
        if (file.kind === 'dataset') {
          const def = DATASETS[file.name];
          if (format === 'csv') return this.repository.csv(runner, def, filter, TOWN_TIME_ZONE);
          const lines = this.repository.jsonLines(runner, def, filter, TOWN_TIME_ZONE);
          return pipeline(lines, jsonArrayOfLines(), () => undefined);
        }
        const rows = this.repository.rows(runner, DATASETS.ballots, filter, TOWN_TIME_ZONE);
        const context = {
          collNom: this.config.TOWN_NAME,
          collSiret: this.config.TOWN_SIRET,
          publicUrl: this.config.publicUrl,
          timeZone: TOWN_TIME_ZONE,
        };
        // Errors reach the caller through the last stage (pipeline destroys them all).
        return pipeline(
          rows,
          mapRows((row: BallotExport) => scdlRow(row, context)),
          csvEncoder(SCDL_FIELDS),
          () => undefined,
        );
      },
      close: async () => {
        if (closed) return;
        closed = true;
        await this.end(runner);
      },
    };
  }

  private async end(runner: QueryRunner): Promise<void> {
    try {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
  }
}
