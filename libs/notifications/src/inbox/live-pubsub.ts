import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { liveChannel, LiveNotification } from '../fan-out/live-publisher';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';

/**
 * This API instance's ear on the Redis channels where the worker pushes new notifications: one
 * channel per account, subscribed while one of its subscriptions is open here (shared by them all).
 */
@Injectable()
export class LivePubSub implements OnModuleDestroy {
  private readonly pubsub: RedisPubSub;

  constructor(private readonly config: AppConfig) {
    const options = { maxRetriesPerRequest: null };
    this.pubsub = new RedisPubSub({
      publisher: new Redis(config.REDIS_URL, options),
      subscriber: new Redis(config.REDIS_URL, options),
    });
  }

  iterator(accountId: string): AsyncIterableIterator<LiveNotification> {
    return this.pubsub.asyncIterableIterator<LiveNotification>(
      liveChannel(this.config, accountId),
    ) as AsyncIterableIterator<LiveNotification>;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pubsub.close();
  }
}
