import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Allow, Anyone } from '@quorum/identity';
import { PostgresHealthIndicator } from './postgres.health';
import { RedisHealthIndicator } from './redis.health';

@Controller('health')
@Allow(Anyone)
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: PostgresHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** The process is up (for a liveness probe: no dependency is checked). */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** PostgreSQL and Redis answer: 200, or 503 naming what is down. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.postgres.check('postgres'),
      () => this.redis.check('redis'),
    ]);
  }
}
