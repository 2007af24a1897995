import sharp from 'sharp';
import { SHARP_INPUT } from './image-inspection';
import type { ThumbnailExtension, ThumbnailSize } from './stored-image';

/** Guests open gift lists on phones: small files matter more than the last bit of quality. */
const WEBP = { quality: 80, effort: 4 } as const;
const JPEG = { quality: 80, mozjpeg: true } as const;

/**
 * Writes one WebP and one JPEG per width to `pathOf(width, extension)`, turned upright by the EXIF orientation
 * and never enlarged. sharp keeps no metadata unless asked, so EXIF (GPS included), XMP and IPTC are all left
 * behind; colours are converted to sRGB. JPEG has no transparency, so it goes on white. Existing files are
 * overwritten, so a retried job just writes them again.
 */
export async function writeThumbnails(
  source: string,
  widths: number[],
  pathOf: (width: number, extension: ThumbnailExtension) => string,
): Promise<ThumbnailSize[]> {
  const sizes: ThumbnailSize[] = [];
  for (const width of widths) {
    const resized = sharp(source, SHARP_INPUT).autoOrient().resize({ width, withoutEnlargement: true });
    const [webp] = await Promise.all([
      resized.clone().webp(WEBP).toFile(pathOf(width, 'webp')),
      resized.clone().flatten({ background: '#ffffff' }).jpeg(JPEG).toFile(pathOf(width, 'jpg')),
    ]);
    sizes.push({ width, height: webp.height });
  }
  return sizes;
}
