import { Injectable } from '@nestjs/common';
import { lookup as dnsLookup } from 'node:dns/promises';
import http, { IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { AppConfig } from '../config/app-config';
import { addressRange, isPublicAddress } from './address-policy';

/**
 * The one HTTP client for every fetch the product makes on someone's behalf (shop pages, their images, link
 * checks). The address is another party's choice, so each hop of a request is checked before a socket opens:
 * http/https on ports 80 and 443 only; the name resolved once, every answer a public address
 * (address-policy.ts), and the connection pinned to that address, so a second lookup cannot point it elsewhere
 * (DNS rebinding); at most MAX_REDIRECTS redirects, each checked the same way; one deadline for the whole
 * exchange; the body counted after decompression (a gzip bomb stops at the limit) and of the expected type.
 * `IMPORT_ALLOWED_HOSTS` names `host:port` pairs exempt from the address and port checks (test fixtures on
 * loopback); it is empty by default.
 */

export const MAX_REDIRECTS = 5;

export type OutboundRefusal =
  | 'scheme' // not http or https
  | 'port' // not 80 or 443
  | 'address' // a private, loopback, link-local… address
  | 'dns' // the name does not resolve
  | 'network' // refused, reset, TLS failure
  | 'timeout'
  | 'too-many-redirects'
  | 'too-large'
  | 'content-type'
  | 'encoding'; // a Content-Encoding we do not decode

export class OutboundError extends Error {
  constructor(
    readonly reason: OutboundRefusal,
    message: string,
    /** The address of the hop that failed (after redirects). */
    readonly url: string,
  ) {
    super(message);
  }
}

export type Expect = 'html' | 'image' | 'any';

export interface OutboundRequest {
  /** What a successful (2xx) body must be: `html` (text/html, application/xhtml+xml) or `image` (image/*). */
  expect: Expect;
  /** Most bytes of body, counted after decompression. */
  maxBytes: number;
  /** When false, a 2xx body is not read (a link check needs only the status and the final address). */
  readBody?: boolean;
  /** Lower than the configured deadline, never higher. */
  timeoutMs?: number;
}

export interface OutboundResponse {
  /** The address that answered, after redirects. */
  url: string;
  status: number;
  contentType: string;
  /** How many redirects were followed. */
  redirects: number;
  /** The decompressed body of a 2xx answer (empty otherwise, or with `readBody: false`). */
  body: Buffer;
}

const CONTENT_TYPES: Record<Expect, (type: string) => boolean> = {
  html: (type) => type === 'text/html' || type === 'application/xhtml+xml',
  image: (type) => type.startsWith('image/'),
  any: () => true,
};

@Injectable()
export class OutboundHttp {
  private readonly allowed: Set<string>;

  constructor(private readonly config: AppConfig) {
    this.allowed = new Set(config.importAllowedHosts.map((pair) => pair.toLowerCase()));
  }

  get userAgent(): string {
    return `WhisperGiftsBot/1.0 (+${this.config.publicUrl})`;
  }

  /** GET `address`, following redirects; non-2xx answers are returned (with an empty body), refusals thrown as OutboundError. */
  async get(address: string, request: OutboundRequest): Promise<OutboundResponse> {
    const timeoutMs = Math.min(request.timeoutMs ?? this.config.outboundTimeoutMs, this.config.outboundTimeoutMs);
    const deadline = AbortSignal.timeout(timeoutMs);
    let url = parse(address);
    try {
      for (let redirects = 0; ; redirects++) {
        const response = await this.hop(url, request, deadline);
        const location = response.headers.location;
        if (response.statusCode! >= 300 && response.statusCode! < 400 && location) {
          response.resume();
          if (redirects === MAX_REDIRECTS) throw new OutboundError('too-many-redirects', `More than ${MAX_REDIRECTS} redirects.`, url.href);
          url = parse(new URL(location, url).href);
          continue;
        }
        return await this.finish(url, response, request, redirects, timeoutMs, deadline);
      }
    } catch (error) {
      if (error instanceof OutboundError) throw error;
      if (deadline.aborted) throw new OutboundError('timeout', `No complete answer within ${timeoutMs / 1000} s.`, url.href);
      throw new OutboundError('network', `The connection failed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, url.href);
    }
  }

  /** Checks one hop's address and opens it, connecting only to the address checked here. */
  private async hop(url: URL, request: OutboundRequest, signal: AbortSignal): Promise<IncomingMessage> {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
    const exempt = this.allowed.has(`${host.toLowerCase()}:${port}`);
    const pinned = await resolve(host, url.href, signal);
    // Every answer must be public, not just the first: the connection may not pick the one checked.
    const refused = pinned.find((answer) => !isPublicAddress(answer.address));
    if (!exempt && refused) {
      throw new OutboundError('address', `${host} is a ${addressRange(refused.address)} address (${refused.address}), which is never fetched.`, url.href);
    }
    if (!exempt && port !== 80 && port !== 443) throw new OutboundError('port', `Port ${port} is not allowed; only 80 and 443.`, url.href);
    const { address, family } = pinned[0];
    // Node asks with `all: true` when it tries several families; either way it gets the one checked address.
    const lookup: LookupFunction = (_name, options, callback) => (options.all ? callback(null, [{ address, family }]) : callback(null, address, family));
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<IncomingMessage>((accept, reject) => {
      const outgoing = client.request(
        {
          protocol: url.protocol,
          hostname: host,
          port,
          path: `${url.pathname}${url.search}`,
          method: 'GET',
          lookup,
          agent: false,
          signal,
          servername: isIp(host) ? undefined : host,
          headers: {
            'user-agent': this.userAgent,
            accept: request.expect === 'image' ? 'image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8' : 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
            'accept-encoding': 'gzip, deflate, br',
            'accept-language': 'en;q=0.9, *;q=0.5',
          },
        },
        accept,
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
  }

  private async finish(url: URL, response: IncomingMessage, request: OutboundRequest, redirects: number, timeoutMs: number, signal: AbortSignal) {
    const status = response.statusCode ?? 0;
    const contentType = (response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const answer = { url: url.href, status, contentType, redirects, body: Buffer.alloc(0) };
    if (status < 200 || status >= 300 || request.readBody === false) {
      response.destroy();
      return answer;
    }
    if (!CONTENT_TYPES[request.expect](contentType)) {
      response.destroy();
      const wanted = request.expect === 'html' ? 'an HTML page' : 'an image';
      throw new OutboundError('content-type', `The address answered with ${contentType || 'no content type'}, not ${wanted}.`, url.href);
    }
    const declared = Number(response.headers['content-length']);
    if (declared > request.maxBytes) {
      response.destroy();
      throw tooLarge(request.maxBytes, url);
    }
    const chunks: Buffer[] = [];
    try {
      await pipeline([response, ...decoders(response, url), capped(request.maxBytes, url, chunks)], { signal });
    } catch (error) {
      if (error instanceof OutboundError) throw error;
      if (signal.aborted) throw new OutboundError('timeout', `No complete answer within ${timeoutMs / 1000} s.`, url.href);
      throw new OutboundError('encoding', `The body could not be read (${(error as Error).message}).`, url.href);
    }
    return { ...answer, body: Buffer.concat(chunks) };
  }
}

function parse(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new OutboundError('scheme', 'Not an address.', address);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new OutboundError('scheme', `Only http and https addresses are fetched, not ${url.protocol}`, address);
  if (url.username || url.password) throw new OutboundError('scheme', 'Addresses with a user name or password are not fetched.', address);
  return url;
}

const isIp = (host: string) => /^[\d.]+$/.test(host) || host.includes(':');

async function resolve(host: string, href: string, signal: AbortSignal): Promise<{ address: string; family: number }[]> {
  try {
    const answers = await Promise.race([
      dnsLookup(host, { all: true, verbatim: true }),
      new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true })),
    ]);
    if (answers.length === 0) throw new Error('no address');
    return answers;
  } catch (error) {
    if (signal.aborted) throw error;
    throw new OutboundError('dns', `${host} does not resolve.`, href);
  }
}

function decoders(response: IncomingMessage, url: URL): Transform[] {
  const encodings = (response.headers['content-encoding'] ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e && e !== 'identity');
  // Encodings are listed in the order applied, so they are undone from the last.
  return encodings.reverse().map((encoding) => {
    if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip();
    if (encoding === 'deflate') return zlib.createInflate();
    if (encoding === 'br') return zlib.createBrotliDecompress();
    throw new OutboundError('encoding', `The body is encoded as ${encoding}, which is not read.`, url.href);
  });
}

/** Keeps the decompressed bytes, and stops the stream the moment they pass `maxBytes`. */
function capped(maxBytes: number, url: URL, chunks: Buffer[]): Writable {
  let total = 0;
  return new Writable({
    write(chunk: Buffer, _encoding, callback: (error?: Error | null) => void) {
      total += chunk.length;
      if (total > maxBytes) return callback(tooLarge(maxBytes, url));
      chunks.push(chunk);
      callback();
    },
  });
}

function tooLarge(maxBytes: number, url: URL): OutboundError {
  return new OutboundError('too-large', `The answer is larger than ${Math.round(maxBytes / 1024)} KB, the most read.`, url.href);
}
