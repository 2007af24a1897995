import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { smallWebp } from './image-fixtures';

/**
 * Other people's web shops, as local fixture pages on loopback (modelled on real product pages: JSON-LD,
 * Open Graph only, microdata only, another currency, none at all) plus the hostile answers the guarded
 * client must refuse. The app reaches it only because IMPORT_ALLOWED_HOSTS names `localhost:<port>`.
 */
export interface ShopFixtures {
  port: number;
  /** `http://localhost:<port>`: the allowed name. */
  origin: string;
  /** Requests seen, by path (to prove a refused address was never asked). */
  seen: string[];
  close: () => Promise<void>;
}

const PAGES = join(__dirname, 'shop-pages');
const page = (name: string) => readFileSync(join(PAGES, `${name}.html`));

export async function startShopFixtures(): Promise<ShopFixtures> {
  const webp = await smallWebp();
  // 20 MB of spaces in 20 KB: far past IMPORT_PAGE_MAX_BYTES once inflated.
  const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, ' '));
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  let port = 0;
  const html = (res: ServerResponse, body: Buffer | string, status = 200) => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/products/crumpet-toaster': (_, res) => html(res, page('jsonld-product')),
    '/products/linen-napkins': (_, res) => html(res, page('open-graph')),
    '/casserole': (_, res) => html(res, page('microdata')),
    '/stool': (_, res) => html(res, page('other-currency')),
    '/plain': (_, res) => html(res, page('no-metadata')),
    '/huge': (_, res) => html(res, `<html><head><title>Huge</title></head><body>${'<p>lorem ipsum</p>'.repeat(200_000)}</body></html>`),
    '/slow': (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><head><title>Slow');
      // …and never finishes.
    },
    '/to-loopback': (_, res) => res.writeHead(302, { location: `http://127.0.0.1:${port}/products/crumpet-toaster` }).end(),
    '/to-metadata': (_, res) => res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' }).end(),
    '/loop': (_, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/hops': (req, res) => {
      const left = Number(new URL(req.url!, 'http://x').searchParams.get('left'));
      res.writeHead(302, { location: left > 1 ? `/hops?left=${left - 1}` : '/products/crumpet-toaster' }).end();
    },
    '/api/product.json': (_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"name":"Toaster"}'),
    '/bomb': (_, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb),
    '/gone': (_, res) => html(res, '<html><title>Gone</title></html>', 410),
    '/missing': (_, res) => html(res, '<html><title>Not found</title></html>', 404),
    '/old-product': (_, res) => res.writeHead(301, { location: '/' }).end(),
    '/': (_, res) => html(res, '<html><head><title>The Kitchen Shop</title></head><body>Welcome</body></html>'),
    '/images/toaster.png': (_, res) => res.writeHead(200, { 'content-type': 'image/webp' }).end(webp),
    '/images/not-an-image.png': (_, res) => res.writeHead(200, { 'content-type': 'image/png' }).end('<html>surprise</html>'),
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    seen.push(path);
    const route = routes[path];
    if (route) route(req, res);
    else html(res, '<html><title>Home</title></html>', 404);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as { port: number }).port;
  return {
    port,
    origin: `http://localhost:${port}`,
    seen,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
