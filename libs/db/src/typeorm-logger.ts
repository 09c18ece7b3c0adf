import { Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'typeorm';

/** A prepared statement reaches the logger as pg's { name, text } config (queryRows). */
const textOf = (query: string | { text: string }) =>
  typeof query === 'string' ? query : query.text;

/**
 * TypeORM's messages through the application's logger. Failed queries are logged without their
 * parameters (they may hold personal data) and at debug level: several are expected, such as a
 * unique constraint doing its job.
 */
export class TypeOrmLogger implements Logger {
  private readonly logger = new NestLogger('TypeORM');

  logQuery(): void {}

  logQueryError(error: string | Error, query: string | { text: string }): void {
    this.logger.debug(
      { query: textOf(query), error: error instanceof Error ? error.message : error },
      'Query failed',
    );
  }

  logQuerySlow(time: number, query: string | { text: string }): void {
    this.logger.warn({ query: textOf(query), ms: time }, 'Slow query');
  }

  logSchemaBuild(): void {}

  /** Migrations report what they applied through their callers (runMigrations returns names). */
  logMigration(): void {}

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
  }
}
