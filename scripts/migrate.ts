/** `npm run migration:run` in production images: applies pending migrations from DATABASE_URL. */
import { runMigrations } from '@quorum/db';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    'DATABASE_URL is not set: export it, e.g. postgres://user:password@host:5432/quorum',
  );
  process.exit(78);
}
runMigrations(url)
  .then((applied) =>
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date.'),
  )
  .catch((error) => {
    console.error('Migrations failed:', error);
    process.exit(1);
  });
