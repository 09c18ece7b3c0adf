import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withTimeout } from './with-timeout';

/** `SELECT 1` on the pool, bounded in time. */
@Injectable()
export class PostgresHealthIndicator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key = 'postgres') {
    const indicator = this.indicator.check(key);
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), 1500);
      return indicator.up();
    } catch {
      return indicator.down({ message: 'unreachable' });
    }
  }
}
