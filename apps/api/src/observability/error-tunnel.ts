import type { FastifyInstance } from 'fastify';

/**
 * Browser error reports reach Sentry through our own origin (Sentry's "tunnel"): the CSP keeps `connect-src 'self'`,
 * and ad blockers that drop requests to Sentry's hosts don't hide our guests' errors. Only envelopes addressed to
 * the one configured project are relayed, so the endpoint can't be used to post to anyone else.
 */
export const MAX_ENVELOPE_BYTES = 256 * 1024;
export const ENVELOPE_TYPE = 'application/x-sentry-envelope';

/** Envelopes are newline-separated JSON, so they come as their own type, read as text, and bounded in size. */
export function acceptErrorEnvelopes(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(ENVELOPE_TYPE, { parseAs: 'string', bodyLimit: MAX_ENVELOPE_BYTES }, (_request, body, done) => done(null, body));
}

export interface TunnelTarget {
  /** Where the envelope goes: `<scheme>://<host>/api/<project>/envelope/`. */
  url: string;
}

/** The ingest URL of a DSN, e.g. https://key@o1.ingest.sentry.io/42 → https://o1.ingest.sentry.io/api/42/envelope/ */
export function envelopeUrl(dsn: string): string {
  const parsed = new URL(dsn);
  const project = parsed.pathname.split('/').filter(Boolean).pop();
  return `${parsed.protocol}//${parsed.host}/api/${project}/envelope/`;
}

/** The target of an envelope whose header names the allowed DSN's host and project; null for anything else. */
export function tunnelTarget(envelope: string, allowedDsn: string): TunnelTarget | null {
  const newline = envelope.indexOf('\n');
  const firstLine = newline < 0 ? envelope : envelope.slice(0, newline);
  let header: { dsn?: unknown };
  try {
    header = JSON.parse(firstLine) as { dsn?: unknown };
  } catch {
    return null;
  }
  if (typeof header?.dsn !== 'string') return null;
  let url: string;
  try {
    url = envelopeUrl(header.dsn);
  } catch {
    return null;
  }
  return url === envelopeUrl(allowedDsn) ? { url } : null;
}
