import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** Images made here, in the test, with sharp (and one PNG by hand), so no binary fixture is committed. */

/** Text written into the photo's EXIF; no thumbnail may contain it. */
export const EXIF_MARKER = 'ana-and-ben-at-home';

/** A place name written into the photo's IPTC (JPEG) and XMP; no served file may contain it. */
export const LOCATION_MARKER = 'Brighton-Seafront';

/**
 * A 1600 × 1000 JPEG stored sideways with EXIF orientation 6 (shown 1000 × 1600), with GPS coordinates and a
 * description in EXIF, a location in XMP and in IPTC. A red square sits at the stored top-left corner, which is the
 * top-right corner once upright.
 */
export function photoWithExif(): Promise<Buffer> {
  return photoWithMetadata('jpeg');
}

/**
 * The same kind of photo in any format sharp can write here (HEIC it cannot): EXIF with GPS and XMP in every one,
 * IPTC in JPEG. AVIF records the orientation in its own box rather than EXIF.
 */
export async function photoWithMetadata(format: 'jpeg' | 'png' | 'webp' | 'avif', width = 1600, height = 1000): Promise<Buffer> {
  const square = Math.round(width / 8);
  const image = sharp({ create: { width, height, channels: 3, background: '#2040c0' } }).composite([
    { input: { create: { width: square, height: square, channels: 3, background: '#ff0000' } }, left: 0, top: 0 },
  ]);
  const encoded = format === 'jpeg' ? image.jpeg({ quality: 90 }) : format === 'avif' ? image.avif({ effort: 0 }) : image[format]();
  const bytes = await encoded
    .withExif({
      IFD0: { ImageDescription: EXIF_MARKER, Make: 'WhisperPhone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 1234/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3900/100' },
    })
    .withXmp(xmpWith(LOCATION_MARKER))
    .withMetadata({ orientation: 6 })
    .toBuffer();
  return format === 'jpeg' ? withIptc(bytes, LOCATION_MARKER) : bytes;
}

function xmpWith(city: string): string {
  return (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    `<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="${city}"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
  );
}

/** Inserts an APP13 (Photoshop 3.0, 8BIM 0x0404) segment with the IPTC city (2:90) right after the JPEG's SOI. */
function withIptc(jpeg: Buffer, city: string): Buffer {
  const value = Buffer.from(city, 'latin1');
  const dataset = Buffer.concat([Buffer.from([0x1c, 0x02, 90, value.length >> 8, value.length & 255]), value]);
  const iptc = dataset.length % 2 ? Buffer.concat([dataset, Buffer.alloc(1)]) : dataset;
  const size = Buffer.alloc(4);
  size.writeUInt32BE(dataset.length);
  const resource = Buffer.concat([Buffer.from('8BIM', 'latin1'), Buffer.from([0x04, 0x04, 0, 0]), size, iptc]);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const header = Buffer.from([0xff, 0xed, (payload.length + 2) >> 8, (payload.length + 2) & 255]);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

/** What a served image file must not carry: EXIF (GPS, orientation), XMP or IPTC, by sharp's reading and by its bytes. */
export async function metadataLeftIn(file: Buffer): Promise<string[]> {
  const metadata = await sharp(file).metadata();
  const found: string[] = (['exif', 'xmp', 'iptc', 'orientation'] as const).filter((key) => metadata[key] !== undefined);
  for (const text of ['Exif', 'GPS', 'xmpmeta', 'Photoshop 3.0', '8BIM', EXIF_MARKER, LOCATION_MARKER, 'WhisperPhone']) {
    if (file.includes(text)) found.push(`bytes "${text}"`);
  }
  return found;
}

/** A 1300 × 900 PNG, half transparent. */
export function transparentPng(): Promise<Buffer> {
  return sharp({ create: { width: 1300, height: 900, channels: 4, background: { r: 0, g: 160, b: 80, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

/** A 300 × 200 WebP: narrower than two of the three thumbnail widths. */
export function smallWebp(): Promise<Buffer> {
  return sharp({ create: { width: 300, height: 200, channels: 3, background: '#d0a020' } })
    .webp()
    .toBuffer();
}

/** A JPEG of pseudo-random pixels (it does not compress), cut in half: damaged. */
export async function truncatedJpeg(): Promise<Buffer> {
  const pixels = Buffer.alloc(300 * 200 * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + (i >> 5) * 31) & 255;
  const jpeg = await sharp(pixels, { raw: { width: 300, height: 200, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
  return jpeg.subarray(0, jpeg.length >> 1);
}

/** A valid JPEG padded (after its end marker, which decoders ignore) to exactly `bytes`. */
export async function jpegOfSize(bytes: number): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } })
    .jpeg()
    .toBuffer();
  return Buffer.concat([jpeg, Buffer.alloc(bytes - jpeg.length)]);
}

/**
 * A 20000 × 20000 one-colour PNG (400 megapixels, 1.2 GB decoded), a few dozen kilobytes on disk. Written by
 * hand as 1-bit greyscale so that making it is quick.
 */
export function pixelBombPng(size = 20_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 1; // bit depth; colour type 0 (grey), default compression, filter and interlace
  const rows = Buffer.alloc((1 + Math.ceil(size / 8)) * size);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const SVG = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(document.cookie)</script><rect width="100" height="100"/></svg>',
);

/** A temporary MEDIA_DIR for one test file. */
export async function temporaryMediaDir(): Promise<{ path: string; files: () => Promise<string[]>; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'wg-media-'));
  return {
    path,
    files: async () => (await readdir(path)).sort(),
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

/** Polls until `check` returns a value other than undefined. */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
