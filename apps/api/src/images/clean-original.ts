import sharp from 'sharp';
import { InspectedImage, SHARP_INPUT } from './image-inspection';
import type { OriginalExtension } from './stored-image';

/**
 * What is kept of an upload: its pixels, re-encoded, turned upright by its EXIF orientation, in the colours of its
 * ICC profile, and nothing else. sharp writes no metadata unless asked, so EXIF (GPS, camera, serial numbers), XMP
 * and IPTC are left behind before the file is ever served (originals are public from the moment of upload).
 *
 * JPEG, PNG and WebP stay what they were. AVIF and HEIC become JPEG (WebP when they have transparency): encoding
 * AVIF here takes ~30 s of CPU for a 12-megapixel photo, and sharp's libvips has no HEVC encoder at all (nor a
 * decoder, so HEIC photos are mostly refused before this by inspection). The worker's thumbnails are WebP and
 * JPEG anyway, and every browser that shows AVIF shows both.
 */
export async function writeCleanOriginal(source: string, destination: string, image: InspectedImage): Promise<void> {
  const upright = sharp(source, SHARP_INPUT).autoOrient().keepIccProfile();
  await encoderFor(keptFormat(image))(upright).toFile(destination);
}

/** The file extension the clean original of `image` gets. */
export function keptExtension(image: InspectedImage): OriginalExtension {
  return KEPT_EXTENSIONS[keptFormat(image)];
}

type KeptFormat = 'jpeg' | 'png' | 'webp';
const KEPT_EXTENSIONS: Record<KeptFormat, OriginalExtension> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

function keptFormat({ format, transparent }: InspectedImage): KeptFormat {
  if (format === 'jpeg' || format === 'png' || format === 'webp') return format;
  return transparent ? 'webp' : 'jpeg';
}

/** Close to the upload's quality (it is the source of every thumbnail), and quick: this runs while the owner waits. */
function encoderFor(format: KeptFormat): (image: sharp.Sharp) => sharp.Sharp {
  switch (format) {
    case 'jpeg':
      return (image) => image.jpeg({ quality: 90 });
    case 'png':
      return (image) => image.png();
    case 'webp':
      return (image) => image.webp({ quality: 90, effort: 2 });
  }
}
