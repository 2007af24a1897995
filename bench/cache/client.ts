import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** One HTTP exchange, timed from the request being written to the last byte of the body. */
export interface Exchange {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  ms: number;
}

/** A keep-alive client with one connection, so sequential timings exclude connection set-up. */
export class Client {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

  constructor(readonly base: string) {}

  send(method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Exchange> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const allHeaders: Record<string, string | number> = { ...headers };
    if (payload) {
      allHeaders['content-type'] = 'application/json';
      allHeaders['content-length'] = payload.length;
    }
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = request(`${this.base}${path}`, { method, headers: allHeaders, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
      req.end(payload);
    });
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Exchange> {
    return this.send('GET', path, headers);
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The body as text, decoded according to Content-Encoding. */
export function decodeBody(exchange: Exchange): string {
  const encoding = exchange.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(exchange.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(exchange.body).toString('utf8');
  if (encoding === undefined || encoding === 'identity') return exchange.body.toString('utf8');
  throw new Error(`unexpected content-encoding ${String(encoding)}`);
}

export function header(exchange: Exchange, name: string): string | undefined {
  const value = exchange.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Fails the run on anything but the expected status: a benchmark of errors measures nothing. */
export function expectStatus(exchange: Exchange, expected: number, what: string): Exchange {
  if (exchange.status !== expected) {
    throw new Error(`${what}: expected ${expected}, got ${exchange.status}: ${exchange.body.toString('utf8').slice(0, 500)}`);
  }
  return exchange;
}
