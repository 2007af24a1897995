import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sharp from 'sharp';

const root = resolve(import.meta.dirname, '../../../..');

/** Another party's web shop for "paste a shop link": a product page (JSON-LD) and its photo, on loopback. */
export async function startShop(): Promise<{ url: string; host: string; close: () => Promise<void> }> {
  // The API tests' page, with the canonical address a real shop gives: its public domain.
  const page = readFileSync(resolve(root, 'apps/api/test/support/shop-pages/jsonld-product.html'), 'utf8').replaceAll(
    'href="/products/crumpet-toaster"',
    'href="https://kitchen-shop.example/products/crumpet-toaster"',
  );
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#e8d6b0' } })
    .jpeg()
    .toBuffer();
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/products/crumpet-toaster')) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (req.url === '/images/toaster.png') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://localhost:${port}`,
    host: `localhost:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
