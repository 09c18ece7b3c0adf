import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@quorum/core';
import Redis from 'ioredis';
import { withTimeout } from './with-timeout';

/** Pings Redis on a connection of its own that never queues commands while Redis is away. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(
    config: AppConfig,
    private readonly indicator: HealthIndicatorService,
  ) {
    this.client = new Redis(config.REDIS_URL, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    this.client.on('error', () => undefined);
  }

  async check(key = 'redis') {
    const indicator = this.indicator.check(key);
    try {
      if (this.client.status === 'wait') await this.client.connect();
      const answer = await withTimeout(this.client.ping(), 1000);
      return answer === 'PONG' ? indicator.up() : indicator.down({ message: 'unexpected answer' });
    } catch {
      return indicator.down({ message: 'unreachable' });
    }
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}
