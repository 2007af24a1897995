import { open } from 'node:fs/promises';
import sharp from 'sharp';
import { ProblemException, msg } from '../common/problem/problem';

/**
 * Decompression bombs: a few kilobytes of PNG can claim 20000 × 20000 pixels (1.6 GB once decoded). Anything
 * over 50 megapixels is refused before decoding; that still admits the 48–50 MP photos of recent phones.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/** How every image is opened, here and in the worker: decode errors and truncation fail, odd but harmless warnings do not. */
export const SHARP_INPUT = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' } as const;

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'heic';

export interface InspectedImage {
  format: ImageFormat;
  /** Whether any pixel is (even partly) transparent, judged on the small decode: an alpha channel alone is not enough (AVIF often has one). */
  transparent: boolean;
  /** As displayed, EXIF orientation applied. */
  width: number;
  height: number;
}

/** sharp's name for each format: AVIF and HEIC are both HEIF containers. */
const SHARP_FORMATS: Record<ImageFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif', heic: 'heif' };
const ACCEPTED = 'Upload a JPEG, PNG, WebP, AVIF or HEIC image.';
const SNIFF_BYTES = 4096;

/**
 * Checks an uploaded file by its content (the file name and Content-Type are the client's word, not evidence):
 * the format from its first bytes, its size in pixels from its header, then one full decode at a small size,
 * which a damaged or truncated file does not survive. Throws a problem that says what is wrong.
 */
export async function inspectImage(path: string): Promise<InspectedImage> {
  const format = sniffFormat(await readHead(path));
  if (format === 'empty') throw new ProblemException(400, 'bad-request', msg('problems:images.bad-request'));
  if (format === 'svg') throw unsupported(`SVG images are not accepted: they can carry scripts and links. ${ACCEPTED}`);
  if (!format) throw unsupported(`This file is not an image this service accepts (its content was checked, not its name or declared type). ${ACCEPTED}`);

  let metadata: sharp.Metadata;
  try {
    // Header only, without the pixel limit, so a bomb gets a message with its size rather than a decode error.
    metadata = await sharp(path, { limitInputPixels: false }).metadata();
  } catch {
    throw damaged(format);
  }
  if (metadata.format !== SHARP_FORMATS[format]) throw damaged(format);
  const pixels = metadata.width * metadata.height;
  if (pixels > MAX_INPUT_PIXELS) {
    throw new ProblemException(
      413,
      'payload-too-large',
      `The image is ${metadata.width} × ${metadata.height} pixels (${megapixels(pixels)} megapixels); the limit is ${megapixels(MAX_INPUT_PIXELS)} megapixels. Make it smaller and upload it again.`,
      { maxPixels: MAX_INPUT_PIXELS },
    );
  }

  let transparent: boolean;
  try {
    const { data, info } = await sharp(path, SHARP_INPUT).autoOrient().resize(64, 64, { fit: 'inside' }).raw().toBuffer({ resolveWithObject: true });
    transparent = metadata.hasAlpha && data.some((value, i) => i % info.channels === info.channels - 1 && value < 255);
  } catch {
    if (format === 'heic') {
      throw unsupported(
        'This HEIC photo cannot be decoded here. Export it as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible) and upload that.',
      );
    }
    throw damaged(format);
  }
  const { width, height } = metadata.autoOrient ?? metadata;
  return { format, transparent, width, height };
}

/** The format a file's first bytes announce; `svg` for SVG text, which is refused by name. */
export function sniffFormat(head: Buffer): ImageFormat | 'svg' | 'empty' | null {
  if (head.length === 0) return 'empty';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (head.toString('latin1', 4, 8) === 'ftyp') return heifBrand(head);
  return looksLikeSvg(head) ? 'svg' : null;
}

/** ISO-BMFF: the major and compatible brands of the `ftyp` box say AVIF (AV1) or HEIC (HEVC). */
function heifBrand(head: Buffer): ImageFormat | null {
  const boxEnd = Math.min(head.readUInt32BE(0), head.length);
  const brands = new Set<string>();
  for (let offset = 8; offset + 4 <= boxEnd; offset += 4) if (offset !== 12) brands.add(head.toString('latin1', offset, offset + 4));
  if (brands.has('avif') || brands.has('avis')) return 'avif';
  return ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].some((brand) => brands.has(brand)) ? 'heic' : null;
}

function looksLikeSvg(head: Buffer): boolean {
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return text.startsWith('<') && /<svg[\s>]/.test(text);
}

function startsWith(buffer: Buffer, bytes: number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((byte, i) => buffer[i] === byte);
}

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await file.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

function unsupported(detail: string): ProblemException {
  return new ProblemException(415, 'unsupported-media-type', detail);
}

function damaged(format: ImageFormat): ProblemException {
  return unsupported(
    `This file starts like a ${format.toUpperCase()} image but cannot be decoded: it is damaged or incomplete. Export it again and upload the new file.`,
  );
}

function megapixels(pixels: number): string {
  return String(Math.round(pixels / 100_000) / 10);
}
