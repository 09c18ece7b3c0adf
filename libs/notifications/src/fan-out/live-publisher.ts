import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import Redis from 'ioredis';

/**
 * The Redis channel of one account's live notifications: the API instance that holds a
 * subscription of that account listens to it, so a push costs one message per recipient and
 * reaches only the instances where the recipient listens, whatever the number of subscribers.
 */
export const liveChannel = (config: AppConfig, accountId: string) =>
  `${config.QUEUE_PREFIX}:notificationAdded:${accountId}`;

/** A notification as a live push carries it (built from what the fan-out wrote, not read back). */
export interface LiveRow {
  id: string;
  accountId: string;
  eventType: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
}

export interface LiveNotification {
  accountId: string;
  notification: Omit<LiveRow, 'accountId'> & { readAt: null };
}

/**
 * Pushes new in-app notifications to Redis pub/sub, whichever API instance holds the recipient's
 * subscription. Live pushes are best effort: the stored notifications are the record.
 */
@Injectable()
export class LivePublisher implements OnApplicationShutdown {
  private redis?: Redis;

  constructor(private readonly config: AppConfig) {}

  /** The notifications as they were committed (their text, their creation time). */
  async publish(rows: LiveRow[]): Promise<void> {
    this.redis ??= new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: 3 });
    const pipeline = this.redis.pipeline();
    for (const { accountId, ...notification } of rows) {
      const message: LiveNotification = {
        accountId,
        notification: { ...notification, readAt: null },
      };
      pipeline.publish(liveChannel(this.config, accountId), JSON.stringify(message));
    }
    await pipeline.exec();
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}
