import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { SeededRegistry } from './seed';

/**
 * What guests and couples send, one request at a time, with node:http (autocannon drives the bulk reads).
 * Each guest writes from an address of its own in 127.0.0.0/8, as real guests come from their own phones:
 * the edge limits reservations per address, and one address for a whole wedding would be a DoS test instead.
 */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent (still compressed), and decoded as text. */
  raw: Buffer;
  body: string;
  ms: number;
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 64 });

export function send(
  base: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: unknown; localAddress?: string; decode?: boolean },
): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${options.path}`,
      {
        method: options.method ?? 'GET',
        // A guest address needs its own connection; reads share kept-alive ones.
        agent: options.localAddress ? false : keepAlive,
        localAddress: options.localAddress,
        headers: {
          'accept-encoding': 'br',
          'user-agent': 'wg-load-harness',
          ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}),
          ...options.headers,
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          // decode: false leaves `body` empty: decompressing megabytes would stall this process's own timers.
          const body =
            options.decode === false ? '' : (encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, body, ms: performance.now() - started });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${options.method ?? 'GET'} ${options.path}: no answer in 30 s`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** What guests read: the public gift list. */
export const giftListPath = (slug: string) => `/api/public/registries/${slug}`;

/** The couple's credentials: their personal access token. */
export const ownerHeaders = (registry: SeededRegistry) => ({ authorization: `Bearer ${registry.ownerToken}` });

/** Guest number n's own loopback address (127.42.0.1 and up; Linux answers for all of 127.0.0.0/8). */
export function guestAddress(n: number): string {
  return `127.42.${Math.floor(n / 254) % 256}.${1 + (n % 254)}`;
}

/** A guest reserves one unit of an item, as the SPA's reserve dialog does. */
export function reserve(base: string, slug: string, itemId: string, guest: number): Promise<Answer> {
  return send(base, {
    method: 'POST',
    path: `${giftListPath(slug)}/reservations`,
    headers: { 'idempotency-key': randomUUID() },
    body: { itemId, quantity: 1, name: `Guest ${guest}`, email: `guest-${guest}@guests.example.com`, message: 'Congratulations!' },
    localAddress: guestAddress(guest),
  });
}

/** A guest pledges an amount (minor units) to a fund or a group gift, as the SPA's "Chip in" dialog does. */
export function pledge(base: string, slug: string, itemId: string, amount: number, guest: number): Promise<Answer> {
  return send(base, {
    method: 'POST',
    path: `${giftListPath(slug)}/pledges`,
    headers: { 'idempotency-key': randomUUID() },
    body: { itemId, amount, name: `Guest ${guest}`, email: `guest-${guest}@guests.example.com`, message: 'For the honeymoon!' },
    localAddress: guestAddress(guest),
  });
}

/** The couple edits an item (with their personal access token), as the dashboard's item form does (with If-Match: the item's etag). */
export function editItem(base: string, registry: SeededRegistry, itemId: string, changes: Record<string, unknown>, ifMatch?: string): Promise<Answer> {
  return send(base, {
    method: 'PATCH',
    path: `/api/registries/${registry.id}/items/${itemId}`,
    headers: { ...ownerHeaders(registry), ...(ifMatch ? { 'if-match': ifMatch } : {}) },
    body: changes,
  });
}

/** The couple adds an item. */
export function addItem(base: string, registry: SeededRegistry, item: Record<string, unknown>): Promise<Answer> {
  return send(base, {
    method: 'POST',
    path: `/api/registries/${registry.id}/items`,
    headers: ownerHeaders(registry),
    body: item,
  });
}

/** The gift list as a guest reads it (brotli, anonymous), parsed. */
export async function readList<T = GiftList>(base: string, slug: string): Promise<{ answer: Answer; list: T }> {
  const answer = await send(base, { path: giftListPath(slug) });
  if (answer.status !== 200) throw new Error(`GET ${slug}: ${answer.status} ${answer.body.slice(0, 200)}`);
  return { answer, list: JSON.parse(answer.body) as T };
}

/** The parts of the gift list the harness checks. */
export interface GiftList {
  version: number;
  updatedAt: string;
  registry: { title: string };
  items: { id: string; name: string; quantity: number | null; reserved: number; remaining: number | null }[];
}
