import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { CensusImport } from './census-import.entity';

/** What a person's export shows of the imports they made as an agent. */
export interface CensusImportExportRow {
  id: string;
  accepted: number;
  rejected: number;
  importedAt: Date;
}

/** Imports of the census list (`census_import`) and the entries they bring (`census_entry`). */
@Injectable()
export class CensusImportRepository {
  /** An import under way: its counts are set when it ends. */
  async start(em: EntityManager, agentId: string): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO census_import (imported_by, accepted, rejected) VALUES ($1, 0, 0) RETURNING id`,
      [agentId],
    );
    return row.id;
  }

  /** Adds the entries not in the census yet (the hash is unique); returns the hashes added. */
  async addEntries(
    em: EntityManager,
    importId: string,
    hashes: readonly string[],
  ): Promise<Set<string>> {
    const inserted = await queryRows<{ entry_hash: string }>(
      em,
      `INSERT INTO census_entry (entry_hash, import_id)
       SELECT h, $2 FROM unnest($1::text[]) AS h ON CONFLICT DO NOTHING RETURNING entry_hash`,
      [hashes, importId],
    );
    return new Set(inserted.map((r) => r.entry_hash));
  }

  async finish(
    em: EntityManager,
    importId: string,
    counts: { accepted: number; rejected: number },
  ): Promise<void> {
    await em.update(CensusImport, { id: importId }, counts);
  }

  listBy(em: EntityManager, agentId: string): Promise<CensusImportExportRow[]> {
    return queryRows<CensusImportExportRow>(
      em,
      `SELECT id, accepted, rejected, imported_at AS "importedAt" FROM census_import
        WHERE imported_by = $1 ORDER BY imported_at`,
      [agentId],
    );
  }
}
