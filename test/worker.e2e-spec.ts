import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '@quorum/notifications';
import { isSeeded, runSeed } from '../scripts/seed';
import { createTestDatabase, startWorker, testConfig, TestDatabase } from './support/test-env';

@Injectable()
@HandlesJob('email.requested')
class SecondEmailHandler implements JobHandler {
  async handle(): Promise<void> {}
}

describe('Worker boot and demo seed', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('refuses to start when a job has two handlers, naming the job and the handlers', async () => {
    const config = testConfig({ DATABASE_URL: db.url, OUTBOX_RELAY: 'off' });
    await expect(startWorker(config, [SecondEmailHandler])).rejects.toThrow(
      /job "email.requested" has 2 handlers: SecondEmailHandler, SendEmailJob/,
    );
  });

  it('seeds once: a second run adds nothing', async () => {
    expect(await isSeeded(db.url)).toBe(false);
    expect(await runSeed(db.url, 'Testville')).toEqual(['demo-town']);
    expect(await isSeeded(db.url)).toBe(true);
    expect(await runSeed(db.url, 'Testville')).toEqual([]);
  });
});
