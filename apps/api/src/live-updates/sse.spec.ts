import { lastEventId, sseEvent, sseRetry } from './sse';

describe('server-sent events', () => {
  it('writes an event with its id and JSON data, ended by a blank line', () => {
    expect(sseEvent('changed', 42, { version: 42 })).toBe('event: changed\nid: 42\ndata: {"version":42}\n\n');
    expect(sseRetry(1500.4)).toBe('retry: 1500\n\n');
  });

  it('reads Last-Event-ID from the header first, then the query, and ignores anything but a whole number', () => {
    expect(lastEventId('17', '3')).toBe(17);
    expect(lastEventId(undefined, '3')).toBe(3);
    expect(lastEventId(' 8 ', undefined)).toBe(8);
    expect(lastEventId('-1', undefined)).toBeNull();
    expect(lastEventId('1e3', undefined)).toBeNull();
    expect(lastEventId('9'.repeat(16), undefined)).toBeNull();
    expect(lastEventId(['1', '2'], undefined)).toBeNull();
    expect(lastEventId(undefined, ['4'])).toBeNull();
    expect(lastEventId(undefined, undefined)).toBeNull();
  });
});
