/**
 * A server-sent events client on fetch rather than EventSource: EventSource gives up for good on any non-200
 * answer (a 503 while an API process restarts, the edge's 429) and reconnects at a fixed pace without backoff, and
 * it cannot be told which version we last heard of after a fresh start. Here: exponential backoff with jitter,
 * the server's `retry` honoured, `Last-Event-ID` sent on every reconnect, and a clean stop.
 */
export interface StreamEvent {
  event: string;
  id: string | null;
  data: string;
}

export interface EventStreamOptions {
  /** Opens the stream; `lastEventId` is the id of the last event heard (null at first). */
  open: (
    lastEventId: string | null,
    signal: AbortSignal,
  ) => Promise<{ status: number; body: ReadableStream<Uint8Array> | null | undefined; retryAfter?: string | null }>;
  onEvent: (event: StreamEvent) => void;
  /** A 4xx that asking again cannot change (401 locked, 404 gone): the connection stops for good. */
  onRefused?: (status: number) => void;
  /** First and longest pause between failed attempts, in ms. */
  backoff?: { initialMs: number; maxMs: number };
  /** For tests: the pause, and the jitter's randomness. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

const DEFAULT_BACKOFF = { initialMs: 1000, maxMs: 60_000 };

export class EventStreamConnection {
  private controller: AbortController | null = null;
  /** Kept across stop/start, so a page that comes back from the background says what it last heard. */
  lastEventId: string | null = null;
  private serverRetryMs: number | null = null;

  private readonly options: EventStreamOptions;

  constructor(options: EventStreamOptions) {
    this.options = options;
  }

  get running(): boolean {
    return this.controller !== null;
  }

  start(): void {
    if (this.controller) return;
    const controller = new AbortController();
    this.controller = controller;
    void this.run(controller.signal).finally(() => {
      if (this.controller === controller) this.controller = null;
    });
  }

  stop(): void {
    this.controller?.abort();
    this.controller = null;
  }

  /** The pause before attempt `failures + 1`: doubling from initialMs up to maxMs, each between half and all of it. */
  delay(failures: number): number {
    const { initialMs, maxMs } = this.options.backoff ?? DEFAULT_BACKOFF;
    const ceiling = Math.min(maxMs, initialMs * 2 ** failures);
    return Math.round(ceiling * (0.5 + (this.options.random ?? Math.random)() / 2));
  }

  private async run(signal: AbortSignal): Promise<void> {
    const sleep = this.options.sleep ?? abortableSleep;
    let failures = 0;
    while (!signal.aborted) {
      let pause: number;
      try {
        const { status, body, retryAfter } = await this.options.open(this.lastEventId, signal);
        if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
          this.options.onRefused?.(status);
          return;
        }
        if (status === 200 && body) {
          // A stream that opened resets the backoff: what follows its end is a reconnect, not a failure.
          failures = 0;
          await this.read(body, signal);
          pause = this.serverRetryMs ?? this.delay(failures++);
        } else {
          const seconds = Number(retryAfter);
          pause = Math.max(this.delay(failures++), Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0);
        }
      } catch {
        if (signal.aborted) return;
        pause = this.delay(failures++);
      }
      try {
        await sleep(pause, signal);
      } catch {
        return;
      }
    }
  }

  private async read(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const cancel = () => void reader.cancel().catch(() => undefined);
    signal.addEventListener('abort', cancel, { once: true });
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done || signal.aborted) return;
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }

  /** One block of lines, as the WHATWG parser reads it (comments ignored, `data` lines joined). */
  private dispatch(block: string) {
    let event = 'message';
    const data: string[] = [];
    let id: string | null = null;
    for (const line of block.split('\n')) {
      if (!line || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id' && !value.includes('\0')) id = value;
      else if (field === 'retry' && /^\d+$/.test(value)) this.serverRetryMs = Number(value);
    }
    if (id !== null) this.lastEventId = id;
    if (data.length) this.options.onEvent({ event, id, data: data.join('\n') });
  }
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        fail(new Error('stopped'));
      },
      { once: true },
    );
  });
}
