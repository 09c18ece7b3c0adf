import { Injectable } from '@nestjs/common';
import { decodeCursor, DEFAULT_PAGE_SIZE, DomainError, toConnection } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { DeliveriesService } from '../fan-out/deliveries.service';
import { NOTIFICATION_EVENT_TYPES, NOTIFICATION_EVENTS } from '../fan-out/notification-events';
import { isUUID } from 'class-validator';
import {
  DeliveryModeGql,
  eventTypeOf,
  gqlEventName,
  Notification,
  NotificationConnection,
  NotificationPreference,
  NotificationsArgs,
  PreferenceInput,
} from './inbox.types';

interface NotificationRow {
  id: string;
  event_type: string;
  title: string;
  body: string;
  link: string;
  created_at: Date;
  read_at: Date | null;
  cursor_key: string;
}

const view = (row: NotificationRow): Notification => ({
  id: row.id,
  event: gqlEventName(row.event_type),
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: row.created_at,
  readAt: row.read_at,
});

/** A person's notifications and their e-mail preferences (SPEC §5). */
@Injectable()
export class InboxService {
  constructor(private readonly tx: TransactionService) {}

  async list(accountId: string, args: NotificationsArgs): Promise<NotificationConnection> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [accountId, args.unreadOnly === true];
    let keyset = '';
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      if (
        typeof at !== 'string' ||
        Number.isNaN(Date.parse(at)) ||
        typeof id !== 'string' ||
        !isUUID(id)
      ) {
        throw DomainError.badInput([
          { field: 'after', message: { fr: 'curseur invalide', en: 'invalid cursor' } },
        ]);
      }
      params.push(at, id);
      keyset = 'AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    params.push(first + 1);
    return this.tx.run(async (em) => {
      const rows: NotificationRow[] = await em.query(
        `SELECT id, event_type, title, body, link, created_at, read_at, created_at::text AS cursor_key
           FROM notification WHERE account_id = $1 AND (NOT $2 OR read_at IS NULL) ${keyset}
          ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
        params,
      );
      const [counts]: { total: number; unread: number }[] = await em.query(
        `SELECT count(*) FILTER (WHERE NOT $2 OR read_at IS NULL)::int AS total,
                count(*) FILTER (WHERE read_at IS NULL)::int AS unread
           FROM notification WHERE account_id = $1`,
        [accountId, args.unreadOnly === true],
      );
      const page = toConnection(rows, first, counts.total, (row) => [row.cursor_key, row.id]);
      return {
        ...page,
        edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: view(edge.node) })),
        unreadCount: counts.unread,
      };
    });
  }

  /** Marks some (or all) of the caller's notifications read; returns what stays unread. */
  async markRead(accountId: string, ids: string[] | undefined, all: boolean): Promise<number> {
    if (!all && (!ids || ids.length === 0)) {
      throw DomainError.badInput([
        {
          field: 'input',
          message: { fr: 'indiquez des notifications, ou all: true', en: 'give ids, or all: true' },
        },
      ]);
    }
    return this.tx.run(async (em) => {
      await em.query(
        `UPDATE notification SET read_at = clock_now()
          WHERE account_id = $1 AND read_at IS NULL AND ($2 OR id = ANY($3::uuid[]))`,
        [accountId, all, ids ?? []],
      );
      const [{ n }]: { n: number }[] = await em.query(
        `SELECT count(*)::int AS n FROM notification WHERE account_id = $1 AND read_at IS NULL`,
        [accountId],
      );
      return n;
    });
  }

  async preferences(accountId: string): Promise<NotificationPreference[]> {
    return this.tx.run(async (em) => {
      const chosen: { event_type: string; mode: DeliveryModeGql }[] = await em.query(
        `SELECT event_type, mode FROM notification_preference WHERE account_id = $1`,
        [accountId],
      );
      return NOTIFICATION_EVENT_TYPES.map((type) => {
        const choice = chosen.find((c) => c.event_type === type);
        return {
          event: gqlEventName(type),
          label: NOTIFICATION_EVENTS[type].label,
          mode: choice?.mode ?? (NOTIFICATION_EVENTS[type].mode as DeliveryModeGql),
          isDefault: !choice,
        };
      });
    });
  }

  async updatePreferences(
    accountId: string,
    preferences: PreferenceInput[],
  ): Promise<NotificationPreference[]> {
    await this.tx.run(async (em) => {
      for (const preference of preferences) {
        const type = eventTypeOf(preference.event);
        await em.query(
          `INSERT INTO notification_preference (account_id, event_type, mode) VALUES ($1, $2, $3)
           ON CONFLICT (account_id, event_type) DO UPDATE SET mode = excluded.mode, updated_at = clock_now()`,
          [accountId, type, preference.mode],
        );
        if (preference.mode === 'OFF') await DeliveriesService.dropWaiting(em, accountId, [type]);
      }
    });
    return this.preferences(accountId);
  }
}
