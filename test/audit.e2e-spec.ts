import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { TransactionService } from '@quorum/db';
import {
  AuditExportLine,
  AuditService,
  chainStep,
  exportLine,
  initialChainState,
} from '@quorum/transparency';
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

  it('verifies and exports in batches: any batch size gives the same answer and the same lines', async () => {
    await tx().run(async (em) => {
      for (let n = 0; n < 25; n++)
        await audit().record(em, {
          ...entry(300 + n),
          action: n % 3 ? 'council.charter-updated' : 'account.searched',
        });
    });
    const whole = await audit().verifyChain();
    expect(whole).toMatchObject({ valid: true, checked: await count() });
    for (const size of [1, 7, 50]) expect(await audit().verifyChain(size)).toEqual(whole);
    const lines = async (size: number) => {
      const out: AuditExportLine[] = [];
      for await (const rows of audit().exportPublic(undefined, size))
        out.push(...rows.map(exportLine));
      return out;
    };
    const all = await lines(1000);
    expect(all.length).toBe(await count());
    expect(await lines(7)).toEqual(all);
    // The export alone recomputes the chain, private entries (account.searched) as hashes only.
    const state = all.reduce(chainStep, initialChainState());
    expect(state).toMatchObject({
      firstBroken: null,
      lastId: whole.headId,
      lastHash: whole.headHash,
    });
    expect(all.filter((l) => !l.public).length).toBeGreaterThan(0);
    expect(all.filter((l) => !l.public && (l.payload || l.entry))).toEqual([]);
  });

  it('reports a cut tail (the last rows gone, the head kept) as the head', async () => {
    const superuser = new Client({
      connectionString: adminDatabaseUrl().replace(/\/postgres$/, `/${db.name}`),
    });
    await superuser.connect();
    try {
      await superuser.query('SET session_replication_role = replica');
      await superuser.query('DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)');
    } finally {
      await superuser.end();
    }
    expect(await audit().verifyChain(5)).toMatchObject({ valid: false, firstBrokenId: 'head' });
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
    // Found whichever batch it falls in, the row just after a batch's end included.
    for (const size of [1, 2, 3, 4]) {
      expect(await audit().verifyChain(size)).toMatchObject({ firstBrokenId: String(target.id) });
    }
  });
});

describe('Audit trail: rows of chain version 1 (before AuditPayloadDigest) stay valid', () => {
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

  /** Writes rows as the version-1 trigger did (hash over the fields), as a superuser. */
  async function writeVersion1(rows: { action: string; objectType: string; after: object }[]) {
    const superuser = new Client({
      connectionString: adminDatabaseUrl().replace(/\/postgres$/, `/${db.name}`),
    });
    await superuser.connect();
    try {
      await superuser.query('SET session_replication_role = replica');
      for (const row of rows) {
        const [head] = (await superuser.query('SELECT last_hash FROM audit_chain_head')).rows as {
          last_hash: string;
        }[];
        const [written] = (
          await superuser.query(
            `WITH r AS (SELECT nextval('audit_log_id_seq') AS id, now() AS at)
             INSERT INTO audit_log (id, occurred_at, actor_role, action, object_type, after, prev_hash, hash)
             SELECT id, at, 'AGENT', $1, $2, $3::jsonb, $4::text,
                    audit_row_hash($4::text, id, at, NULL, 'AGENT', $1, $2, NULL, NULL, $3::jsonb) FROM r
             RETURNING id, hash`,
            [row.action, row.objectType, JSON.stringify(row.after), head.last_hash],
          )
        ).rows as { id: string; hash: string }[];
        await superuser.query('UPDATE audit_chain_head SET last_id = $1, last_hash = $2', [
          written.id,
          written.hash,
        ]);
      }
    } finally {
      await superuser.end();
    }
  }

  it('verifies old rows by their old hash and new rows after them, from the database and from the export', async () => {
    await writeVersion1([
      { action: 'council.created', objectType: 'council', after: { slug: 'centre' } },
      { action: 'account.registered', objectType: 'account', after: {} },
    ]);
    const audit = app.get(AuditService);
    await app.get(TransactionService).run((em) =>
      audit.record(em, {
        actorRole: 'AGENT',
        action: 'council.charter-updated',
        objectType: 'council',
        after: { supportThreshold: 30 },
      }),
    );
    expect(await audit.verifyChain()).toMatchObject({ valid: true, checked: 3 });
    const lines: AuditExportLine[] = [];
    for await (const rows of audit.exportPublic()) lines.push(...rows.map(exportLine));
    expect(lines.map((l) => [l.public, Boolean(l.hashedText), Boolean(l.payload)])).toEqual([
      [true, true, false],
      [false, false, false],
      [true, false, true],
    ]);
    // The public recomputes the public version-1 row; the private one only by its link.
    expect(lines.reduce(chainStep, initialChainState())).toMatchObject({
      firstBroken: null,
      unverifiable: 1,
      checked: 3,
    });
  });
});
