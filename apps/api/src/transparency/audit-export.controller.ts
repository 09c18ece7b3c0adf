import { Controller, Get, Header, Req, Res } from '@nestjs/common';
import { Clock, townDay } from '@quorum/core';
import { Allow, Anyone } from '@quorum/identity';
import { AuditService, exportLine } from '@quorum/transparency';
import { once } from 'node:events';

type Request = { headers: Record<string, string | string[] | undefined> };
type Response = {
  status(code: number): unknown;
  setHeader(name: string, value: string): unknown;
  write(chunk: string): boolean;
  end(): void;
  destroyed: boolean;
  headersSent: boolean;
  destroy(error?: Error): void;
  on(event: 'drain' | 'close', listener: () => void): unknown;
};

/**
 * `/open-data/audit.jsonl`: the audit chain, one link a line, oldest first, for anyone to
 * recompute (`npm run verify-audit -- <api url>`). Public entries in full with the payload text
 * they hash; private ones as their hashes only, enough for the chain to verify. Written in
 * batches as the client reads (backpressure), so memory stays flat whatever the length. The
 * ETag is the head the export stops at: a client that has it gets 304 until the chain grows.
 */
@Controller('open-data')
export class AuditExportController {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get('audit.jsonl')
  @Allow(Anyone)
  @Header('content-type', 'application/jsonl; charset=utf-8')
  @Header('cache-control', 'no-cache')
  async export(@Req() req: Request, @Res() res: Response): Promise<void> {
    const head = await this.audit.head();
    const etag = `"audit-${head.id ?? '0'}-${head.hash}"`;
    res.setHeader('etag', etag);
    if (req.headers['if-none-match'] === etag) {
      res.status(304);
      res.end();
      return;
    }
    res.setHeader(
      'content-disposition',
      `attachment; filename="quorum-audit-${townDay(this.clock.now())}.jsonl"`,
    );
    try {
      for await (const rows of this.audit.exportPublic(head)) {
        if (res.destroyed) return;
        if (!res.write(rows.map((row) => JSON.stringify(exportLine(row)) + '\n').join('')))
          await Promise.race([once(res as never, 'drain'), once(res as never, 'close')]);
      }
    } catch (error) {
      // Once lines are out, no error response can follow them: cut the transfer, so the client
      // sees an incomplete download rather than a chain that merely looks shorter.
      if (!res.headersSent) throw error;
      res.destroy(error as Error);
      return;
    }
    res.end();
  }
}
