import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AudiencePageSql } from './audience.repository';
import type { DeliveryMode } from './notification-events';

export interface InboxRow {
  id: string;
  event_type: string;
  title: string;
  body: string;
  link: string;
  created_at: Date;
  read_at: Date | null;
  cursor_key: string;
}

export interface NotificationExportRow {
  id: string;
  event: string;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

/** A person of an audience page, with the notification written for them now (null: there already, or gone). */
export interface PageNotificationRow {
  account_id: string;
  relations: string[];
  has_address: boolean;
  gone: boolean;
  notification_id: string | null;
  /** When it was written (JSON's ISO form, as a live push carries it); null when notification_id is. */
  notification_created_at: string | null;
  /** Their e-mail choice for the event's type, read in the same statement (null: none made). */
  chosen: DeliveryMode | null;
}

/** In-app notifications: one per (event, recipient). */
@Injectable()
export class NotificationRepository {
  /**
   * Writes the notifications of one page of an audience in one statement (INSERT … SELECT from
   * the page; those already there, a batch run again, are skipped by the unique key) and returns
   * the page's people with what the e-mail rules need: relations, address, choice.
   */
  insertForPage(
    em: EntityManager,
    page: AudiencePageSql,
    event: { id: string; type: string },
    text: { title: string; body: string; link: string },
  ): Promise<PageNotificationRow[]> {
    const n = page.params.length;
    return em.query(
      `WITH people AS MATERIALIZED (${page.people}),
       made AS (
         INSERT INTO notification (event_id, event_type, account_id, title, body, link)
         SELECT $${n + 1}, $${n + 2}, account_id, $${n + 3}, $${n + 4}, $${n + 5}
           FROM people WHERE NOT gone ORDER BY account_id
         ON CONFLICT (event_id, account_id) DO NOTHING
         RETURNING id, account_id, to_json(created_at) #>> '{}' AS created_at)
       SELECT p.account_id, p.relations, p.has_address, p.gone, m.id AS notification_id,
              m.created_at AS notification_created_at, pref.mode AS chosen
         FROM people p LEFT JOIN made m ON m.account_id = p.account_id
         LEFT JOIN notification_preference pref
                ON pref.account_id = p.account_id AND pref.event_type = $${n + 2}
        ORDER BY p.account_id`,
      [...page.params, event.id, event.type, text.title, text.body, text.link],
    );
  }

  /** A page of a person's inbox, newest first, after the keyset (created_at, id) if given. */
  page(
    em: EntityManager,
    accountId: string,
    options: { unreadOnly: boolean; before?: { at: string; id: string }; limit: number },
  ): Promise<InboxRow[]> {
    const params: unknown[] = [accountId, options.unreadOnly];
    let keyset = '';
    if (options.before) {
      params.push(options.before.at, options.before.id);
      keyset = 'AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    params.push(options.limit);
    return em.query(
      `SELECT id, event_type, title, body, link, created_at, read_at, created_at::text AS cursor_key
         FROM notification WHERE account_id = $1 AND (NOT $2 OR read_at IS NULL) ${keyset}
        ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
  }

  async counts(
    em: EntityManager,
    accountId: string,
    unreadOnly: boolean,
  ): Promise<{ total: number; unread: number }> {
    const [counts]: { total: number; unread: number }[] = await em.query(
      `SELECT count(*) FILTER (WHERE NOT $2 OR read_at IS NULL)::int AS total,
              count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notification WHERE account_id = $1`,
      [accountId, unreadOnly],
    );
    return counts;
  }

  /** Marks read the person's unread notifications: all of them, or those of `ids`. */
  async markRead(
    em: EntityManager,
    accountId: string,
    which: { all: boolean; ids: string[] },
  ): Promise<void> {
    await em.query(
      `UPDATE notification SET read_at = clock_now()
        WHERE account_id = $1 AND read_at IS NULL AND ($2 OR id = ANY($3::uuid[]))`,
      [accountId, which.all, which.ids],
    );
  }

  async unreadCount(em: EntityManager, accountId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM notification WHERE account_id = $1 AND read_at IS NULL`,
      [accountId],
    );
    return n;
  }

  exportOf(em: EntityManager, accountId: string): Promise<NotificationExportRow[]> {
    return em.query(
      `SELECT id, event_type AS "event", title, body, link, created_at AS "createdAt", read_at AS "readAt"
         FROM notification WHERE account_id = $1 ORDER BY created_at, id`,
      [accountId],
    );
  }

  async eraseOf(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`DELETE FROM notification WHERE account_id = $1`, [accountId]);
  }
}
