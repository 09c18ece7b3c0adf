import { SetMetadata } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationEventType } from './notification-events';

export const NOTIFICATION_SOURCE = Symbol('quorum:notification-source');

/** What a notification says: the same for everyone it reaches (French, plain text). */
export interface NotificationMessage {
  title: string;
  body: string;
  /** Path on the public site, e.g. `/propositions/<id>`. */
  path: string;
}

/**
 * How an event reaches people: the lib that owns the event says who is concerned (a query, so
 * that the fan-out reads it in batches) and what to tell them. Mark it @NotifiesOn('type', …).
 */
export interface NotificationSource<P = Record<string, string>> {
  /** SQL returning `account_id uuid, relation text` (duplicates allowed; MEMBER wins). */
  audience(payload: P): { sql: string; params: unknown[] };
  /** Null when the object is gone: nothing is sent. */
  message(em: EntityManager, payload: P): Promise<NotificationMessage | null>;
}

export const NotifiesOn = (...types: NotificationEventType[]): ClassDecorator =>
  SetMetadata(NOTIFICATION_SOURCE, types);
