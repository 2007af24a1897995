/**
 * The text/event-stream wire format (WHATWG HTML, "Server-sent events"), the few pieces the live updates use.
 * Kept free of Nest and Fastify so the bench's clients and the specs can share it.
 */

/** One event. `id` becomes the client's Last-Event-ID, so a reconnect says which version it last heard of. */
export function sseEvent(event: string, id: number, data: unknown): string {
  return `event: ${event}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: ignored by every client, but it keeps proxies (nginx's proxy_read_timeout) and NATs from closing an idle stream. */
export const SSE_HEARTBEAT = ': heartbeat\n\n';

/** How long a client waits before reconnecting after this stream ends (the `retry` field), in ms. */
export function sseRetry(ms: number): string {
  return `retry: ${Math.round(ms)}\n\n`;
}

/**
 * The version a reconnecting client last heard of: the `Last-Event-ID` header (set by EventSource and by our own
 * client), or `lastEventId` in the query for clients that cannot set headers. Anything that is not a plain
 * non-negative integer counts as none (the stream then starts with the current version).
 */
export function lastEventId(header: string | string[] | undefined, query: unknown): number | null {
  const raw = typeof header === 'string' ? header : typeof query === 'string' ? query : undefined;
  if (raw === undefined || !/^\d{1,15}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}
