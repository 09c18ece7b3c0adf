import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '@quorum/outbox';
import { draw } from '@quorum/councils';
import { PasswordService } from '@quorum/identity';
import { Client } from 'pg';
import { DEMO_LOGINS, DEMO_PASSWORD, isSeeded, runSeed } from '../scripts/seed';
import { ok, sql } from './support/meeting-fixtures';
import {
  createTestDatabase,
  graphql,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
} from './support/test-env';

@Injectable()
@HandlesJob('account.password-reset-requested')
class SecondResetHandler implements JobHandler {
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
    await expect(startWorker(config, [SecondResetHandler])).rejects.toThrow(
      /job "account.password-reset-requested" has 2 handlers: SecondResetHandler, SendPasswordResetEmailJob/,
    );
  });

  it('seeds once: a second run adds nothing', async () => {
    expect(await isSeeded(db.url)).toBe(false);
    const options = {
      townName: 'Testville',
      censusHashKey: 'census-key-census-key-census-key-0123',
    };
    expect(await runSeed(db.url, options)).toEqual([
      'demo-town',
      'demo-accounts',
      'demo-councils',
      'demo-proposals',
      'demo-meetings',
      'demo-practice-meeting',
      'demo-works',
      'demo-places',
      'demo-solidarity',
    ]);
    expect(await isSeeded(db.url)).toBe(true);
    expect(await runSeed(db.url, options)).toEqual([]);

    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT email, role, password_hash FROM account ORDER BY email`,
      );
      expect(rows.map((r) => r.email)).toEqual(
        expect.arrayContaining(DEMO_LOGINS.map((l) => l.email)),
      );
      const admin = rows.find((r) => r.email === 'admin@demo.quorum.local');
      expect(admin.role).toBe('ADMIN');
      expect(await new PasswordService().verify(admin.password_hash, DEMO_PASSWORD)).toBe(true);
      const councils = await client.query(
        `SELECT c.slug, count(DISTINCT m.college)::int AS colleges FROM council c JOIN council_membership m ON m.council_id = c.id GROUP BY c.slug`,
      );
      expect(councils.rows).toHaveLength(3);
      expect(councils.rows.every((c) => c.colleges === 4)).toBe(true);
      // Places in every state, and the demo meetings held in places of the register.
      const places = await client.query(`SELECT DISTINCT overall FROM place ORDER BY overall`);
      expect(places.rows.map((r) => r.overall)).toEqual([
        'ACCESSIBLE',
        'NOT_ACCESSIBLE',
        'UNKNOWN',
      ]);
      const unregistered = await client.query(
        `SELECT count(*)::int AS n FROM meeting WHERE place_id IS NULL`,
      );
      expect(unregistered.rows[0].n).toBe(0);
      const statuses = await client.query(`SELECT DISTINCT status FROM proposal ORDER BY status`);
      expect(statuses.rows.map((r) => r.status)).toEqual([
        'ADOPTED',
        'ANSWERED',
        'DRAFT',
        'EXPIRED',
        'IMPLEMENTED',
        'ON_AGENDA',
        'PUBLISHED',
        'QUALIFIED',
        'REJECTED',
        'WITHDRAWN',
      ]);
      const hidden = await client.query(
        `SELECT count(*)::int AS n FROM proposal WHERE hidden_at IS NOT NULL`,
      );
      expect(hidden.rows[0].n).toBe(1);
      // Works: a project with its detour in two versions, and two reports, one answered.
      const works = await client.query(
        `SELECT (SELECT count(*)::int FROM works_detour d WHERE d.works_id = w.id) AS detours,
                (SELECT count(*)::int FROM works_report r WHERE r.works_id = w.id) AS reports,
                (SELECT count(*)::int FROM works_report r WHERE r.works_id = w.id AND r.answer IS NOT NULL) AS answered
           FROM works w`,
      );
      expect(works.rows).toEqual([{ detours: 2, reports: 2, answered: 1 }]);
      const [sortition] = (await client.query(`SELECT pool, seats, seed, result FROM sortition`))
        .rows;
      expect(draw(sortition.pool, sortition.seats, sortition.seed)).toEqual(sortition.result);
      const claims = await client.query(
        `SELECT count(*)::int AS n FROM census_entry WHERE claimed_by IS NOT NULL`,
      );
      expect(claims.rows[0].n).toBe(1);
      // Meetings: published minutes whose hash checks, minutes awaiting publication, a convened
      // upcoming meeting with an opposition item.
      const minutes = await client.query(
        `SELECT n.status, n.document, n.content_hash, n.publication_due < current_date AS overdue, m.status AS meeting
           FROM minutes n JOIN meeting m ON m.id = n.meeting_id ORDER BY m.starts_at`,
      );
      expect(minutes.rows.map((r) => r.status)).toEqual(['PUBLISHED', 'ADOPTED', 'DRAFT']);
      const published = minutes.rows[0];
      expect(createHash('sha256').update(published.document, 'utf8').digest('hex')).toBe(
        published.content_hash,
      );
      expect(published.document).toContain('Expression de l’opposition');
      expect(minutes.rows[1].overdue).toBe(false);
      const upcoming = await client.query(
        `SELECT m.status, array_agg(i.kind ORDER BY i.position) AS kinds FROM meeting m
           JOIN agenda_item i ON i.meeting_id = m.id WHERE m.starts_at > now() GROUP BY m.id`,
      );
      expect(upcoming.rows).toEqual(
        expect.arrayContaining([
          { status: 'CONVENED', kinds: ['QUALIFIED_PROPOSAL', 'TOWN_HALL', 'OPPOSITION'] },
          { status: 'CONVENED', kinds: ['TOWN_HALL', 'TOWN_HALL'] },
        ]),
      );
      const secret = await client.query(
        `SELECT b.adopted, t.for_count, t.against_count FROM ballot b JOIN ballot_secret_tally t ON t.ballot_id = b.id`,
      );
      expect(secret.rows).toHaveLength(1);
      expect(secret.rows[0].adopted).toBe(false);
    } finally {
      await client.end();
    }
  });

  it('leaves a meeting its chair can open at once, through the API, on the first day', async () => {
    const config = testConfig({ DATABASE_URL: db.url });
    const api = await startApi(config);
    try {
      const [{ id, email }] = await sql<{ id: string; email: string }>(
        db.url,
        `SELECT m.id, a.email FROM meeting m JOIN council_membership c ON c.council_id = m.council_id AND c.role = 'CHAIR'
           JOIN account a ON a.id = c.account_id
          WHERE m.status = 'CONVENED' AND m.starts_at < now() + interval '1 hour'`,
      );
      const { login } = await ok<{ login: { accessToken: string } }>(
        api.url,
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email, password: DEMO_PASSWORD } },
      );
      const opened = await graphql<{ openMeeting: { status: string } }>(
        api.url,
        `
          mutation ($id: ID!) {
            openMeeting(id: $id) {
              status
            }
          }
        `,
        { id },
        { authorization: `Bearer ${login.accessToken}` },
      );
      expect(opened.data?.openMeeting.status).toBe('OPEN');
    } finally {
      await api.close();
    }
  });
});
