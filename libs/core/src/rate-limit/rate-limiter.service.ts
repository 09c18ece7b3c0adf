import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { tooManyAttempts } from '../errors/catalogue';
import {
  BucketWhere,
  parseBudgetOverrides,
  RATE_LIMITS,
  RateLimitBucket,
  slowdownMs,
} from './rate-limits';

/** Attempts counted by the limiter, to give back when what was tried must not count (a success). */
export interface CountedAttempts {
  refund(): Promise<void>;
}

/** What a slowing bucket made the caller wait. */
export interface SlowedAttempt extends CountedAttempts {
  waitedMs: number;
}

/**
 * Counts attempts in Redis, so limits hold across API instances. Each bucket has a budget per
 * window (RATE_LIMITS, RATE_LIMIT_BUDGETS, RATE_LIMIT_WINDOW_S) and one behaviour once spent:
 * refuse (RATE_LIMITED with the seconds to wait), slow down, or skip the effect silently.
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly limiters = new Map<RateLimitBucket, RateLimiterRedis>();
  private readonly budgets: Record<RateLimitBucket, number>;

  constructor(private readonly config: AppConfig) {
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined);
    const overrides = parseBudgetOverrides(config.RATE_LIMIT_BUDGETS);
    if (typeof overrides === 'string') throw new Error(`RATE_LIMIT_BUDGETS: ${overrides}`);
    this.budgets = Object.fromEntries(
      Object.entries(RATE_LIMITS).map(([bucket, limit]) => [
        bucket,
        overrides[bucket as RateLimitBucket] ?? limit.budget,
      ]),
    ) as Record<RateLimitBucket, number>;
  }

  budget(bucket: RateLimitBucket): number {
    return this.budgets[bucket];
  }

  /**
   * Counts one attempt against every bucket given; when one is spent, gives back what this call
   * counted (the attempt does not happen) and throws RATE_LIMITED.
   */
  async consume(attempts: [BucketWhere<'refuse'>, string][]): Promise<CountedAttempts> {
    const counted: [RateLimitBucket, string][] = [];
    for (const [bucket, key] of attempts) {
      const { consumedPoints, msBeforeNext } = await this.limiter(bucket).consume(
        this.pseudonym(key),
      );
      counted.push([bucket, key]);
      if (consumedPoints > this.budgets[bucket]) {
        await this.giveBack(counted);
        const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
        throw tooManyAttempts(retryAfterSeconds);
      }
    }
    return { refund: () => this.giveBack(counted) };
  }

  /** Counts one attempt and, past the budget, waits before returning (slowdownMs); never refuses. */
  async slowDown(bucket: BucketWhere<'slow'>, key: string): Promise<SlowedAttempt> {
    const { consumedPoints } = await this.limiter(bucket).consume(this.pseudonym(key));
    const waitedMs = slowdownMs(consumedPoints, this.budgets[bucket]);
    if (waitedMs > 0) await sleep(waitedMs);
    return { waitedMs, refund: () => this.giveBack([[bucket, key]]) };
  }

  /** Counts one and says whether it was within the budget: false means "do not do it again yet". */
  async allows(bucket: BucketWhere<'skip'>, key: string): Promise<boolean> {
    const { consumedPoints } = await this.limiter(bucket).consume(this.pseudonym(key));
    return consumedPoints <= this.budgets[bucket];
  }

  /** Forgets a key's count (a success clears the failures behind it). */
  async forget(bucket: RateLimitBucket, key: string): Promise<void> {
    await this.limiter(bucket).delete(this.pseudonym(key));
  }

  private async giveBack(counted: [RateLimitBucket, string][]): Promise<void> {
    for (const [bucket, key] of counted) await this.limiter(bucket).reward(this.pseudonym(key));
  }

  /** Keys (addresses, e-mails) never reach Redis in clear. */
  private pseudonym(key: string): string {
    return createHmac('sha256', this.config.JWT_SECRET)
      .update(key)
      .digest('base64url')
      .slice(0, 32);
  }

  /** The store only counts: the budget is compared here, so one counter serves every behaviour. */
  private limiter(bucket: RateLimitBucket): RateLimiterRedis {
    let limiter = this.limiters.get(bucket);
    if (!limiter) {
      const { window } = RATE_LIMITS[bucket];
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${this.config.QUEUE_PREFIX}:rate:${bucket}`,
        points: Number.MAX_SAFE_INTEGER,
        duration: window === 'RATE_LIMIT_WINDOW_S' ? this.config.RATE_LIMIT_WINDOW_S : window,
      });
      this.limiters.set(bucket, limiter);
    }
    return limiter;
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
