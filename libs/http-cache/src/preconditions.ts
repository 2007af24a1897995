import { opaqueTag, parseTagList } from './etag';

/**
 * RFC 9110 §13.2.2: the order in which a server evaluates conditional request headers.
 *
 * 1. If-Match            → false: 412
 * 2. If-Unmodified-Since → (only without If-Match) false: 412
 * 3. If-None-Match       → false: 304 for GET/HEAD, 412 otherwise
 * 4. If-Modified-Since   → (only GET/HEAD without If-None-Match) false: 304
 * 5. otherwise: perform the method
 */
export type PreconditionOutcome = 'proceed' | 'not-modified' | 'precondition-failed';

export interface ConditionalHeaders {
  'if-match'?: string;
  'if-none-match'?: string;
  'if-modified-since'?: string;
  'if-unmodified-since'?: string;
}

export interface CurrentRepresentation {
  /** The current entity tag, or null when the resource does not exist. */
  etag: string | null;
  /** Last modification time (any precision; HTTP dates have whole seconds). */
  lastModified: Date | null;
  /**
   * How If-Match compares a listed tag with the current state. Defaults to the weak comparison of the opaque
   * tags; resources whose tag carries a version pass a comparison of versions (see etag.ts).
   */
  matchesForWrite?: (tag: string) => boolean;
}

export function evaluatePreconditions(method: string, headers: ConditionalHeaders, current: CurrentRepresentation): PreconditionOutcome {
  const safe = method === 'GET' || method === 'HEAD';
  const ifMatch = headers['if-match'];
  if (ifMatch !== undefined) {
    if (!matchesAny(ifMatch, current, current.matchesForWrite ?? ((tag) => weakEqual(tag, current.etag)))) return 'precondition-failed';
  } else if (headers['if-unmodified-since'] !== undefined) {
    const date = parseHttpDate(headers['if-unmodified-since']);
    if (date !== null && current.lastModified !== null && wholeSeconds(current.lastModified) > date) return 'precondition-failed';
  }
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (matchesAny(ifNoneMatch, current, (tag) => weakEqual(tag, current.etag))) return safe ? 'not-modified' : 'precondition-failed';
  } else if (safe && headers['if-modified-since'] !== undefined) {
    const date = parseHttpDate(headers['if-modified-since']);
    if (date !== null && current.lastModified !== null && wholeSeconds(current.lastModified) <= date) return 'not-modified';
  }
  return 'proceed';
}

function matchesAny(header: string, current: CurrentRepresentation, matches: (tag: string) => boolean): boolean {
  const tags = parseTagList(header);
  if (tags.includes('*')) return current.etag !== null;
  return current.etag !== null && tags.some(matches);
}

/** Weak comparison: the opaque tags are equal, whether either is marked weak or not. */
export function weakEqual(a: string, b: string | null): boolean {
  if (b === null) return false;
  const left = opaqueTag(a);
  return left !== null && left === opaqueTag(b);
}

/** Milliseconds of an HTTP-date, or null when it is not one (an invalid date is ignored, per RFC 9110). */
export function parseHttpDate(value: string): number | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

/** HTTP dates carry whole seconds: compare the way the client saw our Last-Modified. */
function wholeSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000) * 1000;
}
