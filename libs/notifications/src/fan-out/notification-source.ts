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

/**
 * A source from three parts: who hears of it, what to load about the object (null: it is gone),
 * and what to say. `class X extends notice(...) {}` then takes @Injectable() and @NotifiesOn().
 */
export function notice<P, F>(
  audience: (payload: P) => { sql: string; params: unknown[] },
  facts: (em: EntityManager, payload: P) => Promise<F | null>,
  say: (facts: F, payload: P) => NotificationMessage,
): new () => NotificationSource<P> {
  return class implements NotificationSource<P> {
    audience(payload: P) {
      return audience(payload);
    }

    async message(em: EntityManager, payload: P): Promise<NotificationMessage | null> {
      const loaded = await facts(em, payload);
      return loaded === null ? null : say(loaded, payload);
    }
  };
}
