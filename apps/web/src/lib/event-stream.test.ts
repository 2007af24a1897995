import { describe, expect, it } from 'vitest';
import { EventStreamConnection, type EventStreamOptions, type StreamEvent } from './event-stream';

/** A stream body the test writes to, as the server would. */
function serverStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return { body, write: (text: string) => controller.enqueue(encoder.encode(text)), end: () => controller.close() };
}

type Answer = { status: number; body?: ReturnType<typeof serverStream>; retryAfter?: string };

/** A connection whose opens answer from `answers` in turn and whose pauses return at once (recorded). */
function harness(answers: Answer[], extra: Partial<EventStreamOptions> = {}) {
  const events: StreamEvent[] = [];
  const opened: (string | null)[] = [];
  const pauses: number[] = [];
  const refused: number[] = [];
  let settle: () => void = () => undefined;
  const idle = new Promise<void>((done) => (settle = done));
  const connection = new EventStreamConnection({
    open: async (lastEventId) => {
      opened.push(lastEventId);
      const answer = answers.shift();
      if (!answer) {
        settle();
        return new Promise(() => undefined); // the last attempt hangs, like a request in flight
      }
      if (answer.status === 0) throw new TypeError('Failed to fetch');
      return { status: answer.status, body: answer.body?.body ?? null, retryAfter: answer.retryAfter ?? null };
    },
    onEvent: (event) => events.push(event),
    onRefused: (status) => {
      refused.push(status);
      settle();
    },
    sleep: (ms) => {
      pauses.push(ms);
      return Promise.resolve();
    },
    random: () => 1,
    ...extra,
  });
  return { connection, events, opened, pauses, refused, idle };
}

describe('EventStreamConnection', () => {
  it('parses events (comments and heartbeats ignored, chunks split anywhere) and reconnects with Last-Event-ID', async () => {
    const first = serverStream();
    const second = serverStream();
    const h = harness([
      { status: 200, body: first },
      { status: 200, body: second },
    ]);
    h.connection.start();
    first.write(': heartbeat\n\nevent: changed\nid: 4\nda');
    first.write('ta: {"version":4}\n\n: heartbeat\n\n');
    first.write('event: changed\r\nid: 5\r\ndata: {"version":5}\r\n\r\n');
    await new Promise((done) => setTimeout(done, 10));
    first.end();
    await new Promise((done) => setTimeout(done, 10));
    second.write('retry: 2500\n\n');
    second.end();
    await h.idle;
    expect(h.events).toEqual([
      { event: 'changed', id: '4', data: '{"version":4}' },
      { event: 'changed', id: '5', data: '{"version":5}' },
    ]);
    expect(h.opened).toEqual([null, '5', '5']);
    // After a stream that worked, the first pause is short; after the server said `retry`, that is the pause.
    expect(h.pauses).toEqual([1000, 2500]);
  });

  it('backs off exponentially (with jitter, capped) while the server is away or refusing for now', async () => {
    const h = harness([{ status: 0 }, { status: 503 }, { status: 502 }, { status: 429, retryAfter: '60' }, { status: 0 }, { status: 0 }, { status: 0 }], {
      backoff: { initialMs: 1000, maxMs: 30_000 },
    });
    h.connection.start();
    await h.idle;
    // 1, 2, 4 s; Retry-After (60 s) when it says more; then the cap.
    expect(h.pauses).toEqual([1000, 2000, 4000, 60_000, 16_000, 30_000, 30_000]);
    const jittered = new EventStreamConnection({ open: () => Promise.resolve({ status: 503, body: null }), onEvent: () => undefined, random: () => 0 });
    expect(jittered.delay(3)).toBe(4000);
  });

  it('stops for good on a 4xx asking again cannot change (locked, gone)', async () => {
    const h = harness([{ status: 503 }, { status: 401 }]);
    h.connection.start();
    await h.idle;
    expect(h.refused).toEqual([401]);
    expect(h.opened).toHaveLength(2);
    await new Promise((done) => setTimeout(done, 10));
    expect(h.connection.running).toBe(false);
  });

  it('stops reading and asking when stopped, and starts again from the last id heard', async () => {
    const stream = serverStream();
    const h = harness([{ status: 200, body: stream }]);
    h.connection.start();
    stream.write('event: changed\nid: 9\ndata: {"version":9}\n\n');
    await new Promise((done) => setTimeout(done, 10));
    h.connection.stop();
    expect(h.connection.running).toBe(false);
    h.connection.start();
    await h.idle;
    expect(h.opened).toEqual([null, '9']);
  });
});
