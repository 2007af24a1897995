import { randomBytes } from 'node:crypto';

/** Thumbnail widths the worker makes, each as WebP and JPEG; an image narrower than a width gets its own width instead (never upscaled). */
// 800: a phone's full-width header (412 px at 1.75–2× is 720–824 device pixels), which 1200 served 2.2× over.
export const THUMBNAIL_WIDTHS = [160, 480, 800, 1200] as const;

export const ORIGINAL_EXTENSIONS = ['jpg', 'png', 'webp', 'avif', 'heic'] as const;
export type OriginalExtension = (typeof ORIGINAL_EXTENSIONS)[number];
export type ThumbnailExtension = 'webp' | 'jpg';

export interface ThumbnailSize {
  width: number;
  height: number;
}

/**
 * What an item (`items.image`) or a registry (`registries.header_image`) records about its image, as jsonb.
 * File names are random and never the client's. The thumbnails get a key of their own, so their public URLs
 * never lead to the original. (Originals are clean copies of the upload, without its metadata: clean-original.ts.)
 */
export interface StoredImage {
  /** `<32 hex>.<ext>` under MEDIA_DIR. */
  original: string;
  /** As displayed, EXIF orientation applied. */
  width: number;
  height: number;
  /** Thumbnails are `<thumbnailKey>-<width>.webp|jpg`. */
  thumbnailKey: string;
  /** Empty until the worker has written every thumbnail. */
  thumbnails: ThumbnailSize[];
}

export function newStoredImage(extension: OriginalExtension, width: number, height: number): StoredImage {
  return { original: `${randomKey()}.${extension}`, width, height, thumbnailKey: randomKey(), thumbnails: [] };
}

/** The widths made for an image this wide, deduplicated: [160, 480, 800, 1200], or e.g. [160, 300] for a 300-pixel image. */
export function thumbnailWidths(imageWidth: number): number[] {
  return [...new Set(THUMBNAIL_WIDTHS.map((width) => Math.min(width, imageWidth)))];
}

export function thumbnailName(image: Pick<StoredImage, 'thumbnailKey'>, width: number, extension: ThumbnailExtension): string {
  return `${image.thumbnailKey}-${width}.${extension}`;
}

/** Every thumbnail file an image may have, made or not (computed from its width, so a half-done job leaves nothing unknown). */
export function thumbnailFiles(image: Pick<StoredImage, 'thumbnailKey' | 'width'>): string[] {
  return thumbnailWidths(image.width).flatMap((width) => [thumbnailName(image, width, 'webp'), thumbnailName(image, width, 'jpg')]);
}

/** Every file an image may have under MEDIA_DIR. */
export function imageFiles(image: Pick<StoredImage, 'original' | 'thumbnailKey' | 'width'>): string[] {
  return [image.original, ...thumbnailFiles(image)];
}

const MEDIA_NAME = /^[0-9a-f]{32}(?:\.(?:jpg|png|webp|avif|heic)|-\d{1,5}\.(?:webp|jpg))$/;

/** Only names this module makes: a value from the database or a job never reaches outside MEDIA_DIR. */
export function isMediaName(name: string): boolean {
  return MEDIA_NAME.test(name);
}

function randomKey(): string {
  return randomBytes(16).toString('hex');
}
