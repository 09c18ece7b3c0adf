import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { TransactionService } from '@quorum/db';
import { OutboxService } from '@quorum/outbox';
import { connect } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SendPasswordResetEmailJob } from '@quorum/notifications';
import { MailCatcher } from '../scripts/mail-catcher';
import { newAccount, NewAccountOptions } from './support/factories';
import {
  createTestDatabase,
  eventually,
  startWorker,
  testConfig,
  TestDatabase,
} from './support/test-env';

/** The mechanism (templates, delivery keys, retries, dead letters) through a real e-mail: a password reset. */
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
  /** An account with this address, and a password reset asked for it; returns the outbox id. */
  const resetFor = async (
    email: string,
    options: NewAccountOptions & { locale?: 'fr' | 'en' } = {},
    app = worker,
  ) => {
    const { id } = await newAccount(testConfig({ DATABASE_URL: db.url }), db.url, options);
    await app
      .get<DataSource>(getDataSourceToken())
      .query(`UPDATE account SET email = $2, locale = $3 WHERE id = $1`, [
        id,
        email,
        options.locale ?? 'fr',
      ]);
    const outboxId = await app
      .get(TransactionService)
      .run((em) =>
        app.get(OutboxService).record(em, 'account.password-reset-requested', { accountId: id }),
      );
    return { accountId: id, outboxId };
  };
  const deadLetterFor = (outboxId: string) =>
    eventually(async () => {
      const rows: { attempts: number; error: string; job_name: string }[] =
        await dataSource().query(
          'SELECT attempts, error, job_name FROM dead_letter WHERE outbox_event_id = $1',
          [outboxId],
        );
      return rows[0];
    });

  it('the catcher outlives senders that vanish inside a mail transaction (a killed worker’s pooled connections)', async () => {
    const vanish = () =>
      new Promise<void>((done) => {
        const socket = connect(smtp.smtpPort, '127.0.0.1');
        const steps = ['EHLO x\r\n', 'MAIL FROM:<a@b.fr>\r\n', 'RCPT TO:<c@d.fr>\r\n', 'DATA\r\n'];
        socket.on('data', () => {
          const step = steps.shift();
          if (step) return void socket.write(step);
          socket.write('Subject: cut\r\n\r\nhalf a message');
          setTimeout(() => {
            socket.resetAndDestroy();
            done();
          }, 50);
        });
      });
    // Several at once: the first reset was swallowed by a leftover listener, the next ones threw.
    await Promise.all([vanish(), vanish(), vanish()]);
    await new Promise((r) => setTimeout(r, 200));
    await resetFor('after-resets@example.fr');
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual(['after-resets@example.fr']);
  });

  it('delivers a French e-mail with a plain-text and an HTML part', async () => {
    await resetFor('camille@example.fr', { displayName: 'Camille <b>' });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual(['camille@example.fr']);
    expect(mail.subject).toBe('Choisissez un nouveau mot de passe');
    expect(mail.text).toContain('Bonjour Camille <b>,');
    expect(mail.text).toContain('conseils de quartier de Testville');
    expect(mail.text).toMatch(
      /Choisir un nouveau mot de passe : http:\/\/quorum\.test\/compte\/mot-de-passe\?token=\S+/,
    );
    expect(mail.html).toContain('Bonjour Camille &lt;b&gt;,');
    expect(mail.html).not.toContain('<b>');
  });

  it('speaks English when the recipient asked for it', async () => {
    await resetFor('sam@example.org', { displayName: 'Sam', locale: 'en' });
    const [mail] = await smtp.waitFor(1);
    expect(mail.subject).toBe('Choose a new password');
    expect(mail.text).toContain('Hello Sam,');
  });

  it('sends once even when the job runs again', async () => {
    const { accountId, outboxId } = await resetFor('lou@example.fr');
    await smtp.waitFor(1);
    await eventually(async () => {
      const rows: unknown[] = await dataSource().query(
        'SELECT 1 FROM mail_delivery WHERE delivery_key = $1',
        [`reset-password-${outboxId}`],
      );
      return rows.length === 1;
    });
    // The run again ends before resolving: it would have sent by then.
    await worker
      .get(SendPasswordResetEmailJob)
      .handle({ outboxId, payload: { accountId }, attempt: 2 });
    expect(smtp.messages).toHaveLength(1);
  });

  it('two runs of the same job at once send one message', async () => {
    smtp.delayMs = 300;
    const { accountId } = await resetFor('twice@example.fr');
    // Its own outbox event's job may run too: wait for it, then run another id twice at once.
    await smtp.waitFor(1);
    smtp.messages.length = 0;
    const payload = { accountId };
    const job = worker.get(SendPasswordResetEmailJob);
    await Promise.all([
      job.handle({ outboxId: 'concurrent-1', payload, attempt: 1 }),
      job.handle({ outboxId: 'concurrent-1', payload, attempt: 1 }),
    ]);
    expect(smtp.messages.map((m) => m.to[0])).toEqual(['twice@example.fr']);
  });

  it('a permanent refusal (550) goes to the dead-letter table at once', async () => {
    smtp.refusal = { code: 550, message: 'No such mailbox' };
    const { outboxId } = await resetFor('nobody@example.fr');
    const dead = await deadLetterFor(outboxId);
    expect(dead.attempts).toBe(1);
    expect(dead.job_name).toBe('account.password-reset-requested');
    expect(dead.error).toMatch(/PermanentJobError: SMTP refused/);
    expect(smtp.messages).toHaveLength(0);
  });

  it('a temporary refusal (451) is retried with backoff, then dead-lettered after its attempts', async () => {
    smtp.refusal = { code: 451, message: 'Try again later' };
    const { outboxId } = await resetFor('later@example.fr');
    const dead = await deadLetterFor(outboxId);
    expect(dead.attempts).toBe(3);
    expect(dead.error).not.toMatch(/PermanentJobError/);
  });

  it('a temporary refusal that clears is delivered on a retry', async () => {
    smtp.refusal = { code: 421, message: 'Busy' };
    smtp.refusalsLeft = 1;
    const { outboxId } = await resetFor('retry@example.fr');
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
    const { outboxId } = await resetFor('slow@example.fr', {}, second);
    await started;
    await second.close();
    expect(smtp.messages.map((m) => m.to[0])).toEqual(['slow@example.fr']);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('SELECT 1 FROM mail_delivery WHERE delivery_key = $1', [
      `reset-password-${outboxId}`,
    ]);
    await client.end();
    expect(rows).toHaveLength(1);
  });
});
