import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * Used by the TypeORM CLI (`npm run migration:generate` / `migration:revert`), as the owner:
 * MIGRATION_DATABASE_URL, or DATABASE_URL when there is one role.
 */
const databaseUrl = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
if (!databaseUrl) {
  throw new Error('DATABASE_URL is not set: export it, or run through `npm run migration:*`.');
}
export default new DataSource(dataSourceOptions(databaseUrl));
