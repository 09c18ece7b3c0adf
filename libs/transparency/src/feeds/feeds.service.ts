import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FEED_COUNCIL_NOT_FOUND } from '../open-data/open-data.errors';
import { minutesFeed, proposalsFeed } from './atom';
import { meetingsCalendar } from './calendar';
import { FeedCouncilRow, FeedsRepository } from './feeds.repository';

/** A calendar or a feed, whole (they are small: the latest entries only), with its validators. */
export interface FeedDocument {
  body: string;
  contentType: string;
  etag: string;
  lastModified: Date | null;
}

const document = (body: string, contentType: string, lastModified: Date | null): FeedDocument => ({
  body,
  contentType,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  lastModified,
});

const latest = (dates: Date[]): Date | null =>
  dates.length === 0 ? null : new Date(Math.max(...dates.map((d) => d.getTime())));

/** The councils' iCalendar and Atom feeds (SPEC §6). */
@Injectable()
export class FeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: FeedsRepository,
    private readonly config: AppConfig,
  ) {}

  private async council(slug: string): Promise<FeedCouncilRow> {
    const council = await this.repository.council(this.dataSource.manager, slug);
    if (!council) throw FEED_COUNCIL_NOT_FOUND();
    return council;
  }

  /** The meetings of one council (a slug) or of all (null). */
  async meetings(slug: string | null): Promise<FeedDocument> {
    const council = slug === null ? null : await this.council(slug);
    const rows = await this.repository.meetings(this.dataSource.manager, slug);
    const title = council
      ? `Séances du conseil de quartier ${council.name}`
      : `Séances des conseils de quartier — ${this.config.TOWN_NAME}`;
    return document(
      meetingsCalendar(rows, { title, publicUrl: this.config.publicUrl }),
      'text/calendar; charset=utf-8',
      latest(rows.map((r) => r.modified_at)),
    );
  }

  async minutes(slug: string): Promise<FeedDocument> {
    const council = await this.council(slug);
    const rows = await this.repository.minutes(this.dataSource.manager, slug);
    return document(
      minutesFeed(council, rows, this.config.publicUrl),
      'application/atom+xml; charset=utf-8',
      latest(rows.map((r) => r.published_at)),
    );
  }

  async proposals(slug: string): Promise<FeedDocument> {
    const council = await this.council(slug);
    const rows = await this.repository.proposalSteps(this.dataSource.manager, slug);
    return document(
      proposalsFeed(council, rows, this.config.publicUrl),
      'application/atom+xml; charset=utf-8',
      latest(rows.map((r) => r.at)),
    );
  }
}
