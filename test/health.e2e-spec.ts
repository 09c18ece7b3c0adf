import { join } from 'node:path';
import { ROOT, startRedis } from '../scripts/ensure-services';
import {
  createTestDatabase,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
  uniqueName,
} from './support/test-env';

describe('API and worker boot against real PostgreSQL and Redis', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('boots the API and the worker; /health/live and /health/ready answer 200', async () => {
    const config = testConfig({ DATABASE_URL: db.url });
    const api = await startApi(config);
    const worker = await startWorker(config);
    try {
      const live = await fetch(`${api.url}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'ok' });

      const ready = await fetch(`${api.url}/health/ready`);
      expect(ready.status).toBe(200);
      const body = (await ready.json()) as {
        status: string;
        info: Record<string, { status: string }>;
      };
      expect(body.status).toBe('ok');
      expect(body.info.postgres.status).toBe('up');
      expect(body.info.redis.status).toBe('up');
      expect(ready.headers.get('x-request-id')).toBeTruthy();
    } finally {
      await worker.close();
      await api.close();
    }
  });

  describe('when Redis stops', () => {
    let api: RunningApi;
    let redis: Awaited<ReturnType<typeof startRedis>>;

    beforeAll(async () => {
      redis = await startRedis(join(ROOT, '.data', 'test', uniqueName('redis')), true);
      api = await startApi(testConfig({ DATABASE_URL: db.url, REDIS_URL: redis.url }));
    });
    afterAll(async () => {
      await api.close();
      await redis.stop();
    });

    it('/health/ready answers 503 naming Redis, while /health/live stays 200', async () => {
      expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
      await redis.stop();

      const ready = await fetch(`${api.url}/health/ready`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { error: Record<string, { status: string }> };
      expect(body.error.redis.status).toBe('down');
      expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    });
  });
});
