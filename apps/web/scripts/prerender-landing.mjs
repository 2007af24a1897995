/* global URL, console */
// After `vite build` and the SSR build of src/app/landing-prerender.tsx (into dist-ssr/): writes dist/landing.html,
// the built index.html with the landing page rendered into #root, and its .gz and .br beside it for gzip_static.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const ssr = fileURLToPath(new URL('../dist-ssr/', import.meta.url));
const { renderLanding } = await import(pathToFileURL(`${ssr}landing-prerender.js`).href);
const shell = readFileSync(`${dist}index.html`, 'utf8');
if (!shell.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty #root to render into');
const page = shell.replace(/ *<!-- wg-guest-[a-z]+: [^>]* -->\n?/g, '').replace('<div id="root"></div>', () => `<div id="root">${renderLanding()}</div>`);
writeFileSync(`${dist}landing.html`, page);
writeFileSync(`${dist}landing.html.gz`, gzipSync(page, { level: 9 }));
writeFileSync(`${dist}landing.html.br`, brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
rmSync(ssr, { recursive: true, force: true });
console.log(`dist/landing.html: the landing page prerendered (${page.length} bytes)`);
