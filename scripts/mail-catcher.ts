/**
 * A local SMTP server that keeps every message in memory and shows them on a small web page:
 * what `npm start` uses when SMTP_URL is not set, and what the tests deliver to. It can be told
 * to refuse messages, permanently (5xx) or for now (4xx), to exercise retries and dead letters.
 */
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** Socket errors that only mean the client went away. */
const SENDER_VANISHED = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

export interface CaughtMail {
  id: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  receivedAt: Date;
}

export type Refusal = { code: number; message: string } | null;

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  /** Set to refuse recipients: e.g. { code: 550, message: 'No such user' }. */
  refusal: Refusal = null;
  /** With a refusal set: how many recipients to refuse before accepting again (default: all). */
  refusalsLeft = Infinity;
  /** Refuses some recipients only (checked before `refusal`): a refusal for this address, or null. */
  refuseRecipient?: (address: string) => Refusal;
  /** Milliseconds to wait before accepting a message's data (a slow server). */
  delayMs = 0;
  /** Called when a message's data starts arriving (the sender is mid-delivery). */
  onDataStart?: () => void;
  private smtp?: SMTPServer;
  private web?: Server;
  private waiters: (() => void)[] = [];
  smtpPort = 0;
  webPort = 0;

  get smtpUrl(): string {
    return `smtp://127.0.0.1:${this.smtpPort}`;
  }

  get webUrl(): string {
    return `http://127.0.0.1:${this.webPort}`;
  }

  async start(options: { web?: boolean; smtpPort?: number; webPort?: number } = {}): Promise<this> {
    this.smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const own = this.refuseRecipient?.(address.address);
        if (own) {
          return callback(Object.assign(new Error(own.message), { responseCode: own.code }));
        }
        if (!this.refusal || this.refusalsLeft <= 0) return callback();
        this.refusalsLeft -= 1;
        const error = Object.assign(new Error(this.refusal.message), {
          responseCode: this.refusal.code,
        });
        callback(error);
      },
      onData: (stream, session, callback) => {
        this.onDataStart?.();
        simpleParser(stream)
          .then(async (parsed) => {
            if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
            return parsed;
          })
          .then((parsed) => {
            const headers: Record<string, string> = {};
            for (const line of parsed.headerLines)
              headers[line.key] = line.line.slice(line.key.length + 1).trim();
            this.messages.push({
              id: this.messages.length + 1,
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              headers,
              receivedAt: new Date(),
            });
            this.waiters.splice(0).forEach((wake) => wake());
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.smtp!.once('error', reject);
      this.smtp!.listen(options.smtpPort ?? 0, '127.0.0.1', () => {
        this.smtp!.off('error', reject);
        resolve();
      });
    });
    // A sender that vanishes inside a mail transaction (a worker killed with its pooled
    // connections mid-message) resets its socket, and smtp-server emits that as an error of the
    // server: it must not bring the catcher (or the test process holding it) down.
    this.smtp.on('error', (error: NodeJS.ErrnoException) => {
      if (!SENDER_VANISHED.has(error.code ?? '')) console.error('mail catcher:', error);
    });
    this.smtpPort = (this.smtp.server.address() as AddressInfo).port;
    if (options.web) {
      this.web = createServer((req, res) => this.serve(req.url ?? '/', res));
      await new Promise<void>((resolve) =>
        this.web!.listen(options.webPort ?? 0, '127.0.0.1', resolve),
      );
      this.webPort = (this.web.address() as AddressInfo).port;
    }
    return this;
  }

  /** Resolves when `count` messages have arrived, or rejects after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 10_000): Promise<CaughtMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Expected ${count} e-mails, got ${this.messages.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.smtp ? this.smtp.close(() => resolve()) : resolve(),
    );
    await new Promise<void>((resolve) => (this.web ? this.web.close(() => resolve()) : resolve()));
  }

  private serve(url: string, res: import('node:http').ServerResponse): void {
    const match = /^\/messages\/(\d+)\.(html|txt)$/.exec(url);
    if (url === '/api/messages') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(this.messages));
      return;
    }
    if (match) {
      const mail = this.messages.find((m) => m.id === Number(match[1]));
      if (!mail) {
        res.writeHead(404).end('Not found');
        return;
      }
      const html = match[2] === 'html';
      res.writeHead(200, { 'content-type': `text/${html ? 'html' : 'plain'}; charset=utf-8` });
      res.end(html ? mail.html : mail.text);
      return;
    }
    const rows = [...this.messages]
      .reverse()
      .map(
        (m) =>
          `<tr><td>${m.receivedAt.toISOString()}</td><td>${escape(m.to.join(', '))}</td>` +
          `<td>${escape(m.subject)}</td><td><a href="/messages/${m.id}.html">HTML</a> · ` +
          `<a href="/messages/${m.id}.txt">texte</a></td></tr>`,
      )
      .join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Quorum — courriels</title>` +
        `<body style="font-family:sans-serif"><h1>Courriels envoyés (${this.messages.length})</h1>` +
        `<table border="1" cellpadding="4"><tr><th>Reçu</th><th>À</th><th>Objet</th><th></th></tr>${rows}</table>` +
        `<p>JSON : <a href="/api/messages">/api/messages</a></p></body></html>`,
    );
  }
}
