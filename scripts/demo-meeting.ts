/**
 * A demo meeting to play through the API right now (`npm run demo:meeting`): convened, starting in
 * half an hour, so its chair can open it at once. Demo databases only.
 */
import { dataSourceOptions } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { DataSource } from 'typeorm';
import { seedPracticeMeeting } from './seed-meetings';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (process.env.NODE_ENV === 'production') {
    console.error('Refusing to add a demo meeting when NODE_ENV=production.');
    process.exit(1);
  }
  if (!url) {
    console.error(
      'Set DATABASE_URL (npm start prints it), e.g. DATABASE_URL=… npm run demo:meeting',
    );
    process.exit(78);
  }
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const audit = new AuditService(dataSource);
    const { id, chairEmail } = await dataSource.transaction((em) => seedPracticeMeeting(em, audit));
    console.log(`Meeting ${id} of the centre-ville council: convened, starts in 30 minutes.`);
    console.log(`Its chair, ${chairEmail} (password "quorum-demo-2026"), can open it now.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
