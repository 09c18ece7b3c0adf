import { Controller, Get, Header, Res } from '@nestjs/common';
import { Allow, Anyone } from '@quorum/identity';
import { AuditService, exportLine } from '@quorum/transparency';
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
