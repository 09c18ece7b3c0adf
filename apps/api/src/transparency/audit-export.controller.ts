import { Controller, Get, Header, Res } from '@nestjs/common';
import { Allow, Anyone } from '@quorum/identity';
import { AuditEntryRow, AuditExportLine, AuditService } from '@quorum/transparency';
import { once } from 'node:events';

type Response = {
  write(chunk: string): boolean;
  end(): void;
  destroyed: boolean;
  on(event: 'drain' | 'close', listener: () => void): unknown;
};

/**
 * `/open-data/audit.jsonl`: the audit chain, one link a line, oldest first, for anyone to
 * recompute (`npm run verify-audit -- <api url>`). Public entries in full with the payload text
 * they hash; private ones as their hashes only, enough for the chain to verify. Written in
 * batches as the client reads (backpressure), so memory stays flat whatever the length.
 */
@Controller('open-data')
export class AuditExportController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit.jsonl')
  @Allow(Anyone)
  @Header('content-type', 'application/jsonl; charset=utf-8')
  @Header('cache-control', 'no-cache')
  async export(@Res() res: Response): Promise<void> {
    for await (const rows of this.audit.exportPublic()) {
      if (res.destroyed) return;
      if (!res.write(rows.map((row) => JSON.stringify(exportLine(row)) + '\n').join('')))
        await Promise.race([once(res as never, 'drain'), once(res as never, 'close')]);
    }
    res.end();
  }
}

/** A line of the export: private entries carry their hashes and nothing else. */
export function exportLine(row: AuditEntryRow): AuditExportLine {
  const link = { id: row.id, prevHash: row.prevHash, hash: row.hash, payloadHash: row.payloadHash };
  if (!row.public) return { ...link, public: false };
  return {
    ...link,
    public: true,
    ...(row.payload !== null ? { payload: row.payload } : { hashedText: row.hashedText }),
    entry: {
      occurredAt: row.occurredAt!,
      actorId: row.actorId,
      actorRole: row.actorRole,
      action: row.action!,
      objectType: row.objectType!,
      objectId: row.objectId,
      before: row.before,
      after: row.after,
    },
  };
}
