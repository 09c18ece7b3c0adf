import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { TransactionService } from '@quorum/db';
import { MailRequestedPayload, OutboxService } from '@quorum/notifications';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SendEmailJob } from '../libs/notifications/src/mail/send-email.job';
import { MailCatcher } from '../scripts/mail-catcher';
import {
  createTestDatabase,
  eventually,
  startWorker,
  testConfig,
  TestDatabase,
} from './support/test-env';

describe('The e-mail job, against a real SMTP server', () => {
  let db: TestDatabase;
  let smtp: MailCatcher;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    worker = await startWorker(
      testConfig({ DATABASE_URL: db.url, SMTP_URL: smtp.smtpUrl, JOB_ATTEMPTS: '3' }),
    );
  });
  afterAll(async () => {
    await worker.close().catch(() => undefined);
    await smtp.stop();
    await db.drop();
  });
  beforeEach(() => {
    smtp.messages.length = 0;
    smtp.refusal = null;
    smtp.refusalsLeft = Infinity;
    smtp.delayMs = 0;
    smtp.onDataStart = undefined;
  });

  const dataSource = () => worker.get<DataSource>(getDataSourceToken());
  const request = (payload: MailRequestedPayload, app = worker) =>
    app
      .get(TransactionService)
      .run((em) => app.get(OutboxService).record(em, 'email.requested', payload));
  const deadLetterFor = (outboxId: string) =>
    eventually(async () => {
      const rows: { attempts: number; error: string; job_name: string }[] =
        await dataSource().query(
          'SELECT attempts, error, job_name FROM dead_letter WHERE outbox_event_id = $1',
          [outboxId],
        );
      return rows[0];
    });

  it('delivers a French e-mail with a plain-text and an HTML part', async () => {
    await request({
      template: 'welcome',
      to: 'camille@example.fr',
      params: { displayName: 'Camille <b>' },
    });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual(['camille@example.fr']);
    expect(mail.subject).toBe('Bienvenue sur Quorum');
    expect(mail.text).toContain('Bonjour Camille <b>,');
    expect(mail.text).toContain('conseils de quartier de Testville');
    expect(mail.text).toContain('Ouvrir Quorum : http://quorum.test');
    expect(mail.html).toContain('Bonjour Camille &lt;b&gt;,');
    expect(mail.html).not.toContain('<b>');
  });

  it('speaks English when the recipient asked for it', async () => {
    await request({
      template: 'welcome',
      to: 'sam@example.org',
      locale: 'en',
      params: { displayName: 'Sam' },
    });
    const [mail] = await smtp.waitFor(1);
    expect(mail.subject).toBe('Welcome to Quorum');
    expect(mail.text).toContain('Hello Sam,');
  });

  it('sends once even when the job runs again', async () => {
    const outboxId = await request({
      template: 'welcome',
      to: 'lou@example.fr',
      params: { displayName: 'Lou' },
    });
    await smtp.waitFor(1);
    await eventually(async () => {
      const rows: unknown[] = await dataSource().query(
        'SELECT 1 FROM mail_delivery WHERE delivery_key = $1',
        [`email-${outboxId}`],
      );
      return rows.length === 1;
    });
    const [event] = await dataSource().query('SELECT payload FROM outbox_event WHERE id = $1', [
      outboxId,
    ]);
    await worker.get(SendEmailJob).handle({ outboxId, payload: event.payload, attempt: 2 });
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages).toHaveLength(1);
  });

  it('two runs of the same job at once send one message', async () => {
    smtp.delayMs = 300;
    const payload = {
      template: 'welcome' as const,
      to: 'twice@example.fr',
      params: { displayName: 'T' },
    };
    const job = worker.get(SendEmailJob);
    await Promise.all([
      job.handle({ outboxId: 'concurrent-1', payload, attempt: 1 }),
      job.handle({ outboxId: 'concurrent-1', payload, attempt: 1 }),
    ]);
    expect(smtp.messages.map((m) => m.to[0])).toEqual(['twice@example.fr']);
  });

  it('a permanent refusal (550) goes to the dead-letter table at once', async () => {
    smtp.refusal = { code: 550, message: 'No such mailbox' };
    const outboxId = await request({
      template: 'welcome',
      to: 'nobody@example.fr',
      params: { displayName: 'X' },
    });
    const dead = await deadLetterFor(outboxId);
    expect(dead.attempts).toBe(1);
    expect(dead.job_name).toBe('email.requested');
    expect(dead.error).toMatch(/PermanentJobError: SMTP refused/);
    expect(smtp.messages).toHaveLength(0);
  });

  it('a temporary refusal (451) is retried with backoff, then dead-lettered after its attempts', async () => {
    smtp.refusal = { code: 451, message: 'Try again later' };
    const outboxId = await request({
      template: 'welcome',
      to: 'later@example.fr',
      params: { displayName: 'Y' },
    });
    const dead = await deadLetterFor(outboxId);
    expect(dead.attempts).toBe(3);
    expect(dead.error).not.toMatch(/PermanentJobError/);
  });

  it('a temporary refusal that clears is delivered on a retry', async () => {
    smtp.refusal = { code: 421, message: 'Busy' };
    smtp.refusalsLeft = 1;
    const outboxId = await request({
      template: 'welcome',
      to: 'retry@example.fr',
      params: { displayName: 'Z' },
    });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual(['retry@example.fr']);
    expect(smtp.refusalsLeft).toBe(0);
    const dead: unknown[] = await dataSource().query(
      'SELECT 1 FROM dead_letter WHERE outbox_event_id = $1',
      [outboxId],
    );
    expect(dead).toHaveLength(0);
  });

  it('a worker shutting down lets the job it is running finish', async () => {
    const config = testConfig({ DATABASE_URL: db.url, SMTP_URL: smtp.smtpUrl });
    const second = await startWorker(config);
    await worker.close();
    smtp.delayMs = 1000;
    const started = new Promise<void>((resolve) => (smtp.onDataStart = resolve));
    const slow = {
      template: 'welcome' as const,
      to: 'slow@example.fr',
      params: { displayName: 'S' },
    };
    const outboxId = await request(slow, second);
    await started;
    await second.close();
    expect(smtp.messages.map((m) => m.to[0])).toEqual(['slow@example.fr']);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('SELECT 1 FROM mail_delivery WHERE delivery_key = $1', [
      `email-${outboxId}`,
    ]);
    await client.end();
    expect(rows).toHaveLength(1);
  });
});
