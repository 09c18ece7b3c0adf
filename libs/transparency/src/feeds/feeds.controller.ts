import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { notModified } from '../open-data/http-validators';
import { FeedDocument, FeedsService } from './feeds.service';

/**
 * The calendars and feeds, public (SPEC §6): `/meetings.ics`, `/councils/:slug/meetings.ics`,
 * `/councils/:slug/minutes.atom`, `/councils/:slug/proposals.atom`. The API's module declares who
 * may call them (transparency sits below identity).
 */
@Controller()
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('meetings.ics')
  async allMeetings(@Req() request: IncomingMessage, @Res() response: ServerResponse) {
    send(request, response, await this.feeds.meetings(null));
  }

  @Get('councils/:slug/meetings.ics')
  async meetings(
    @Param('slug') slug: string,
    @Req() request: IncomingMessage,
    @Res() response: ServerResponse,
  ) {
    send(request, response, await this.feeds.meetings(slug));
  }

  @Get('councils/:slug/minutes.atom')
  async minutes(
    @Param('slug') slug: string,
    @Req() request: IncomingMessage,
    @Res() response: ServerResponse,
  ) {
    send(request, response, await this.feeds.minutes(slug));
  }

  @Get('councils/:slug/proposals.atom')
  async proposals(
    @Param('slug') slug: string,
    @Req() request: IncomingMessage,
    @Res() response: ServerResponse,
  ) {
    send(request, response, await this.feeds.proposals(slug));
  }
}

function send(request: IncomingMessage, response: ServerResponse, doc: FeedDocument): void {
  if (notModified(request, response, doc.etag, doc.lastModified)) return;
  response.setHeader('content-type', doc.contentType);
  response.end(doc.body);
}
