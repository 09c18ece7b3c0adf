import { Controller, Get, Query, Res } from '@nestjs/common';
import { AppConfig, Clock, townDay } from '@quorum/core';
import { Allow, Anyone } from '@quorum/identity';
import type { ServerResponse } from 'node:http';
import { solidarityPdf } from './solidarity-pdf';
import { SolidarityService } from './solidarity.service';

/**
 * `/open-data/solidarity-services.pdf` (`?council=<slug>`): the printable half page of the
 * solidarity page, public like the page itself.
 */
@Controller('open-data')
@Allow(Anyone)
export class SolidarityPdfController {
  constructor(
    private readonly solidarity: SolidarityService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Get('solidarity-services.pdf')
  async pdf(@Query('council') council: unknown, @Res() response: ServerResponse): Promise<void> {
    const slug = typeof council === 'string' && /^[a-z0-9-]{1,80}$/.test(council) ? council : null;
    const entries = await this.solidarity.list(null, { councilSlug: slug });
    const councilName = slug
      ? (entries.find((e) => e.councilSlug === slug)?.councilName ?? null)
      : null;
    const body = await solidarityPdf(entries, {
      town: this.config.TOWN_NAME,
      council: councilName,
      today: townDay(this.clock.now()),
    });
    response.setHeader('content-type', 'application/pdf');
    response.setHeader(
      'content-disposition',
      `inline; filename="solidarite${slug ? `-${slug}` : ''}-${townDay(this.clock.now())}.pdf"`,
    );
    response.setHeader('content-length', String(body.length));
    response.end(body);
  }
}
