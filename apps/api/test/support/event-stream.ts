import { IncomingHttpHeaders, IncomingMessage, request } from 'node:http';

export interface StreamEvent {
  event: string;
  id: string | null;
  data: string;
  /** When it arrived (performance-independent wall clock, ms). */
  at: number;
}

/**
 * A text/event-stream client for tests: opens `path` on `base` with node:http (any header, the cookie of an
 * unlocked session), parses events, comments and `retry` as a browser would, and lets a test wait for one.
 */
export class EventStreamClient {
  readonly events: StreamEvent[] = [];
  readonly comments: string[] = [];
  retry: number | null = null;
  ended = false;
  private buffer = '';
  private waiters: (() => void)[] = [];

  private constructor(
    readonly status: number,
    readonly headers: IncomingHttpHeaders,
    private readonly response: IncomingMessage,
    /** The body when the answer was not a stream (a problem). */
    readonly body: string,
  ) {}

  static open(base: string, path: string, headers: Record<string, string> = {}): Promise<EventStreamClient> {
    return new Promise((done, reject) => {
      const req = request(`${base}${path}`, { headers: { accept: 'text/event-stream', host: 'localhost', ...headers } }, (res) => {
        res.setEncoding('utf8');
        if (!String(res.headers['content-type']).startsWith('text/event-stream')) {
          let body = '';
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => done(new EventStreamClient(res.statusCode ?? 0, res.headers, res, body)));
          return;
        }
        const client = new EventStreamClient(res.statusCode ?? 0, res.headers, res, '');
        res.on('data', (chunk: string) => client.feed(chunk));
        const end = () => {
          client.ended = true;
          client.wake();
        };
        res.on('end', end);
        res.on('close', end);
        res.on('error', end);
        done(client);
      });
      req.on('error', reject);
      req.end();
    });
  }

  private feed(chunk: string) {
    this.buffer += chunk;
    let blank: number;
    while ((blank = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, blank);
      this.buffer = this.buffer.slice(blank + 2);
      const fields: Record<string, string> = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
        else {
          const colon = line.indexOf(':');
          fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
        }
      }
      if (fields.retry !== undefined) this.retry = Number(fields.retry);
      if (fields.data !== undefined) this.events.push({ event: fields.event ?? 'message', id: fields.id ?? null, data: fields.data, at: Date.now() });
    }
    this.wake();
  }

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves once `test` holds (checked on every chunk and at the end); rejects after `ms`. */
  async until(test: () => boolean, ms = 5000, what = 'the condition'): Promise<void> {
    const deadline = Date.now() + ms;
    while (!test()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`event stream: ${what} did not happen within ${ms} ms (events: ${JSON.stringify(this.events)}, ended: ${this.ended})`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  /** The versions announced so far (`changed` events). */
  versions(): (number | null)[] {
    return this.events.filter((e) => e.event === 'changed').map((e) => (JSON.parse(e.data) as { version: number | null }).version);
  }

  /** Waits for a `changed` event announcing `version` or newer. */
  untilVersion(version: number, ms = 5000): Promise<void> {
    return this.until(() => this.versions().some((v) => v !== null && v >= version), ms, `version ${version}`);
  }

  close(): void {
    this.response.destroy();
  }
}
