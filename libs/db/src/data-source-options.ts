import { join } from 'node:path';
// Relative: jest's global setup runs migrations without the path aliases.
import { TOWN_TIME_ZONE } from '../../core/src/context/clock';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { TypeOrmLogger } from './typeorm-logger';

const LIBS = join(__dirname, '..', '..');

/**
 * The one TypeORM configuration, shared by the API, the worker, the CLI and the tests.
 * Entities are found in every lib (`*.entity.ts` or, once built, `.js`); the schema only ever
 * comes from migrations.
 */
export function dataSourceOptions(databaseUrl: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [join(LIBS, '*', 'src', '**', '*.entity.{ts,js}')],
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    logger: new TypeOrmLogger(),
    logging: ['error', 'warn'],
    maxQueryExecutionTime: 1000,
    // Sessions in the town's time zone: a timestamp's ::date is the town's day. READ COMMITTED
    // whatever the server's configuration says, so TransactionService need not set it each time.
    extra: {
      max: poolSize,
      application_name: 'quorum',
      options: `-c TimeZone=${TOWN_TIME_ZONE} -c default_transaction_isolation=read\\ committed`,
    },
  };
}
