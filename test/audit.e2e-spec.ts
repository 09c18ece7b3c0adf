import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { TransactionService } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  adminDatabaseUrl,
  createTestDatabase,
  startWorker,
  testConfig,
  TestDatabase,
} from './support/test-env';

describe('Audit trail: append-only, hash-chained, enforced by PostgreSQL', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startWorker(testConfig({ DATABASE_URL: db.url, OUTBOX_RELAY: 'off' }));
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const audit = () => app.get(AuditService);
  const tx = () => app.get(TransactionService);
  const dataSource = () => app.get<DataSource>(getDataSourceToken());
  const count = async () =>
    Number((await dataSource().query('SELECT count(*) AS n FROM audit_log'))[0].n);
  const entry = (n: number) => ({
    actorId: '00000000-0000-4000-8000-000000000001',
    actorRole: 'AGENT',
    action: 'council.charter-updated',
    objectType: 'council',
    objectId: `c-${n}`,
    before: { supportThreshold: 50 },
    after: { supportThreshold: 40 + n },
  });

  it('chains rows, concurrent writers included, and the chain verifies', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, n) => tx().run((em) => audit().record(em, entry(n)))),
    );
    const rows: { id: string; prev_hash: string; hash: string }[] = await dataSource().query(
      'SELECT id, prev_hash, hash FROM audit_log ORDER BY id',
    );
    expect(rows.length).toBe(20);
    expect(rows[0].prev_hash).toBe('0'.repeat(64));
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i].hash));
    expect(await audit().verifyChain()).toMatchObject({
      valid: true,
      checked: 20,
      firstBrokenId: null,
      headId: rows[19].id,
    });
  });

  it('serializes concurrent REPEATABLE READ writers by retrying them, never forking the chain', async () => {
    const before = await count();
    await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        tx().run((em) => audit().record(em, entry(200 + n)), 'REPEATABLE READ'),
      ),
    );
    expect(await count()).toBe(before + 10);
    expect((await audit().verifyChain()).valid).toBe(true);
  });

  it('rows written in a rolled-back transaction vanish with it, and the chain stays valid', async () => {
    const before = await count();
    await expect(
      tx().run(async (em) => {
        await audit().record(em, entry(100));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await count()).toBe(before);
    await tx().run((em) => audit().record(em, entry(101)));
    expect((await audit().verifyChain()).valid).toBe(true);
  });

  it("refuses UPDATE, DELETE and TRUNCATE from the application's role", async () => {
    for (const sql of [
      "UPDATE audit_log SET action = 'forged'",
      'DELETE FROM audit_log',
      'TRUNCATE audit_log',
    ]) {
      await expect(dataSource().query(sql)).rejects.toMatchObject({ code: '42501' });
    }
    expect((await audit().verifyChain()).valid).toBe(true);
  });

  it('detects a row altered directly in SQL by a superuser', async () => {
    const [target] = await dataSource().query(
      'SELECT id FROM audit_log ORDER BY id OFFSET 3 LIMIT 1',
    );
    const superuser = new Client({
      connectionString: adminDatabaseUrl().replace(/\/postgres$/, `/${db.name}`),
    });
    await superuser.connect();
    try {
      // A superuser can switch triggers off for its session; the chain still tells.
      await superuser.query('SET session_replication_role = replica');
      await superuser.query(
        `UPDATE audit_log SET after = '{"supportThreshold": 1}' WHERE id = $1`,
        [target.id],
      );
    } finally {
      await superuser.end();
    }
    expect(await audit().verifyChain()).toMatchObject({
      valid: false,
      firstBrokenId: String(target.id),
    });
  });
});
