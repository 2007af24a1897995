import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server the stack's worker sends to (as Mailpit does in development), keeping every message parsed,
 * so a scenario can open a link from an e-mail the way a guest does.
 */
export class MailCatcher {
  readonly messages: ParsedMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          this.messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  async start(): Promise<string> {
    this.server.on('error', () => undefined);
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** The first message to `address` whose subject matches, waiting for the worker to send it. */
  async waitFor(address: string, subject: RegExp, timeoutMs = 20_000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((m) => [m.to].flat().some((to) => to?.value.some((v) => v.address === address)) && subject.test(m.subject ?? ''));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no e-mail to ${address} matching ${subject} (got: ${this.messages.map((m) => m.subject).join(' | ')})`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  close(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}
