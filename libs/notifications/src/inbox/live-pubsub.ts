import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { liveChannel, LiveNotification } from '../fan-out/live-publisher';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';

/** This API instance's ear on the Redis channel where the worker pushes new notifications. */
@Injectable()
export class LivePubSub implements OnModuleDestroy {
  private readonly pubsub: RedisPubSub;
  readonly channel: string;

  constructor(config: AppConfig) {
    const options = { maxRetriesPerRequest: null };
    this.pubsub = new RedisPubSub({
      publisher: new Redis(config.REDIS_URL, options),
      subscriber: new Redis(config.REDIS_URL, options),
    });
    this.channel = liveChannel(config);
  }

  iterator(): AsyncIterableIterator<LiveNotification> {
    return this.pubsub.asyncIterableIterator<LiveNotification>(this.channel);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pubsub.close();
  }
}
