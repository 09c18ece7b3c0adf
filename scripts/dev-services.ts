/** `npm run services`: starts the embedded PostgreSQL and Redis and prints their URLs until Ctrl-C. */
import { join } from 'node:path';
import { ROOT, startEmbeddedPostgres, startRedis } from './ensure-services';

async function main(): Promise<void> {
  const postgres = await startEmbeddedPostgres(join(ROOT, '.data', 'postgres'));
  const redis = await startRedis(join(ROOT, '.data', 'redis'));
  console.log(
    [
      `DATABASE_URL=${postgres.url}`,
      `MIGRATION_DATABASE_URL=${postgres.ownerUrl}`,
      `REDIS_URL=${redis.url}`,
      `ADMIN_DATABASE_URL=${postgres.adminUrl}`,
    ].join('\n'),
  );
  const stop = async () => {
    await Promise.allSettled([postgres.stop(), redis.stop()]);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
