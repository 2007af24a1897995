/**
 * Writes the web app's brand files into apps/web/public (committed; run again after a design change):
 *   SWC_NODE_PROJECT=apps/api/tsconfig.json node --require @swc-node/register apps/api/src/link-previews/write-brand-assets.ts
 * The generic link preview (og-image.png, the same design as a registry's own, without names), favicon.ico (16, 32
 * and 48 px), the touch icon and the web app manifest's icons.
 */
import sharp from 'sharp';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { giftMark, renderPreview } from './preview-image';

const OUT = join(__dirname, '../../../web/public');
const ACCENT = '#7a3b52';
const PAPER = '#fbf8f5';

/** A square icon: the gift on the brand colour, with a margin that survives a maskable icon's crop. */
function iconSvg(size: number, rounded: boolean): string {
  const scale = (size * 0.62) / 100;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
    <rect width="${size}" height="${size}" rx="${rounded ? size * 0.2 : 0}" fill="${ACCENT}"/>
    <g transform="translate(${size / 2} ${size / 2 + size * 0.03}) scale(${scale}) translate(-50 -50)">${giftMark(50, 50, PAPER, ACCENT)}</g>
  </svg>`;
}

const png = (size: number, rounded = false) =>
  sharp(Buffer.from(iconSvg(size, rounded)))
    .png({ compressionLevel: 9 })
    .toBuffer();

/** ICO with PNG images inside (every browser since IE Vista-era reads them). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'og-image.png'),
    await renderPreview({ headline: 'A wedding gift list', subline: 'Reserve a gift so nobody buys it twice', theme: 'classic' }, null),
  );
  const small = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(size, true) })));
  writeFileSync(join(OUT, 'favicon.ico'), ico(small));
  writeFileSync(join(OUT, 'apple-touch-icon.png'), await png(180));
  writeFileSync(join(OUT, 'icon-192.png'), await png(192));
  writeFileSync(join(OUT, 'icon-512.png'), await png(512));
}

void main();
