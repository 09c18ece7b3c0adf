import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';

/** How many attempts a caller gets per window (RATE_LIMIT_WINDOW_S), by action and key. */
export const RATE_LIMITS = {
  'login:ip': 30,
  'login:account': 10,
  'register:ip': 10,
  'register:account': 3,
  'password-reset:ip': 10,
  'password-reset:account': 3,
  'claim-residency:account': 5,
} as const;

export type RateLimitBucket = keyof typeof RATE_LIMITS;

/**
 * Counts attempts in Redis, so limits hold across API instances. Over the limit, the caller gets
 * RATE_LIMITED with the seconds to wait.
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly limiters = new Map<RateLimitBucket, RateLimiterRedis>();

  constructor(private readonly config: AppConfig) {
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined);
  }

  /** Counts one attempt against every bucket given; throws RATE_LIMITED when one is exhausted. */
  async consume(attempts: [RateLimitBucket, string][]): Promise<void> {
    for (const [bucket, key] of attempts) {
      try {
        await this.limiter(bucket).consume(this.pseudonym(key));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new DomainError(
          'RATE_LIMITED',
          {
            fr: `Trop de tentatives. Réessayez dans ${retryAfterSeconds} s.`,
            en: `Too many attempts. Try again in ${retryAfterSeconds} s.`,
          },
          { retryAfterSeconds },
        );
      }
    }
  }

  /** Keys (addresses, e-mails) never reach Redis in clear. */
  private pseudonym(key: string): string {
    return createHmac('sha256', this.config.JWT_SECRET)
      .update(key)
      .digest('base64url')
      .slice(0, 32);
  }

  private limiter(bucket: RateLimitBucket): RateLimiterRedis {
    let limiter = this.limiters.get(bucket);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${this.config.QUEUE_PREFIX}:rate:${bucket}`,
        points: RATE_LIMITS[bucket],
        duration: this.config.RATE_LIMIT_WINDOW_S,
      });
      this.limiters.set(bucket, limiter);
    }
    return limiter;
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
