import { Injectable } from '@nestjs/common';
import { decodeCursor, DEFAULT_PAGE_SIZE, toConnection } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { isUUID } from 'class-validator';
import { NotificationEmailRepository } from '../fan-out/notification-email.repository';
import { NOTIFICATION_EVENT_TYPES, NOTIFICATION_EVENTS } from '../fan-out/notification-events';
import { NotificationPreferenceRepository } from '../fan-out/notification-preference.repository';
import { InboxRow, NotificationRepository } from '../fan-out/notification.repository';
import { INVALID_CURSOR, NOTHING_TO_MARK_READ } from '../notifications.errors';
import { preferenceOf } from '../rules/email-mode';
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

const view = (row: InboxRow): Notification => ({
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
  constructor(
    private readonly tx: TransactionService,
    private readonly notifications: NotificationRepository,
    private readonly emails: NotificationEmailRepository,
    private readonly preferenceRows: NotificationPreferenceRepository,
  ) {}

  async list(accountId: string, args: NotificationsArgs): Promise<NotificationConnection> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const unreadOnly = args.unreadOnly === true;
    let before: { at: string; id: string } | undefined;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      if (
        typeof at !== 'string' ||
        Number.isNaN(Date.parse(at)) ||
        typeof id !== 'string' ||
        !isUUID(id)
      ) {
        throw INVALID_CURSOR();
      }
      before = { at, id };
    }
    return this.tx.run(async (em) => {
      const rows = await this.notifications.page(em, accountId, {
        unreadOnly,
        before,
        limit: first + 1,
      });
      const counts = await this.notifications.counts(em, accountId, unreadOnly);
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
    if (!all && (!ids || ids.length === 0)) throw NOTHING_TO_MARK_READ();
    return this.tx.run(async (em) => {
      await this.notifications.markRead(em, accountId, { all, ids: ids ?? [] });
      return this.notifications.unreadCount(em, accountId);
    });
  }

  async preferences(accountId: string): Promise<NotificationPreference[]> {
    return this.tx.run(async (em) => {
      const chosen = await this.preferenceRows.ofAccount(em, accountId);
      return NOTIFICATION_EVENT_TYPES.map((type) => {
        const choice = chosen.find((c) => c.event_type === type);
        const { mode, isDefault } = preferenceOf(
          choice?.mode ?? null,
          NOTIFICATION_EVENTS[type].mode,
        );
        return {
          event: gqlEventName(type),
          label: NOTIFICATION_EVENTS[type].label,
          mode: mode as DeliveryModeGql,
          isDefault,
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
        await this.preferenceRows.set(em, accountId, type, preference.mode);
        if (preference.mode === 'OFF') await this.emails.dropWaiting(em, accountId, [type]);
      }
    });
    return this.preferences(accountId);
  }
}
