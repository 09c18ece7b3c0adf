/**
 * A local SMTP sink for the worker's e-mails during the bench: accepts everything, keeps nothing
 * but counts (no parsing, so that counting 50,000 e-mails costs the harness little).
 */
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export class SmtpSink {
  received = 0;
  recipients = 0;
  private server?: SMTPServer;

  get url(): string {
    return `smtp://127.0.0.1:${(this.server!.server.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      // A reverse DNS lookup per connection would make the sink, not the sender, the bottleneck.
      disableReverseLookup: true,
      maxClients: 1000,
      logger: false,
      size: 10 * 1024 * 1024,
      onData: (stream, session, callback) => {
        stream.on('data', () => undefined);
        stream.once('end', () => {
          this.received += 1;
          this.recipients += session.envelope.rcptTo.length;
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(0, '127.0.0.1', () => resolve());
    });
    // A sender gone inside a mail transaction (a killed worker's pooled connections) resets its
    // socket: smtp-server emits it on the server, and it is not the sink's failure.
    this.server.on('error', () => undefined);
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
