import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server (smtp-server) that parses every message it accepts (mailparser), for tests to read.
 * `delayMs` makes it slow to accept, like a struggling mail relay.
 */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  /** Messages whose transfer has begun (accepted or not). */
  receiving = 0;
  delayMs = 0;
  private readonly waiters: (() => void)[] = [];
  private readonly server: SMTPServer;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        this.receiving++;
        simpleParser(stream, { skipImageLinks: true })
          .then(async (mail) => {
            if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
            // A client that hung up while we were slow did not deliver the message.
            if ((session as unknown as { closed?: boolean }).closed) return callback(new Error('client went away'));
            this.messages.push(mail);
            this.waiters.splice(0).forEach((wake) => wake());
            callback();
          })
          .catch((error: Error) => callback(error));
      },
      onClose: (session) => {
        (session as unknown as { closed?: boolean }).closed = true;
      },
    });
  }

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    // A client killed mid-transfer (the worker-resilience test does it on purpose) resets its socket: not our error.
    sink.server.on('error', () => undefined);
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Waits until at least `count` messages match, or fails after `timeoutMs`. */
  async waitFor(count: number, match: (mail: ParsedMail) => boolean = () => true, timeoutMs = 15_000): Promise<ParsedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.filter(match);
      if (found.length >= count) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} message(s), got ${found.length}: ${this.messages.map((m) => m.subject).join(' | ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => [m.to].flat().some((t) => t?.value.some((v) => v.address === address)));
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
