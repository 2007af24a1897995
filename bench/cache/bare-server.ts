import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { serve } from './child';

/**
 * The practical limit: plain `node:http` sending bytes prepared in advance (the very brotli and identity bytes
 * the API sent for this state), and a 304 for a constant tag. No routing, no framework, no lookups.
 */
const brotli = readFileSync(process.env.BENCH_BODY_BR!);
const identity = readFileSync(process.env.BENCH_BODY_IDENTITY!);
const etag = process.env.BENCH_ETAG!;
const contentType = 'application/json; charset=utf-8';

serve(async () => {
  const server = createServer((request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    const br = (request.headers['accept-encoding'] ?? '').includes('br');
    const body = br ? brotli : identity;
    const headers: Record<string, string | number> = { 'content-type': contentType, 'content-length': body.length, etag, vary: 'Accept-Encoding' };
    if (br) headers['content-encoding'] = 'br';
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
});
