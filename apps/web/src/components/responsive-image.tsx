import type { Image } from '@whispergifts/api-client';

interface ResponsiveImageProps {
  image: Image;
  /** How wide the image shows, for the browser to pick a thumbnail (the `sizes` attribute). */
  sizes: string;
  alt?: string;
  className?: string;
  loading?: 'lazy' | 'eager';
  /** The page's largest paint (a list's header photo): fetched at once, at high priority, and drawn as soon as decoded. */
  priority?: boolean;
}

/**
 * An uploaded image: WebP thumbnails where the browser takes them, JPEG otherwise, the right width for the
 * screen. Right after an upload there are no thumbnails yet, and the one `url` is shown.
 */
export function ResponsiveImage({ image, sizes, alt = '', className, loading = 'lazy', priority = false }: ResponsiveImageProps) {
  const img = priority
    ? { alt, className, loading: 'eager' as const, fetchPriority: 'high' as const, width: image.width, height: image.height }
    : { alt, className, loading, width: image.width, height: image.height, decoding: 'async' as const };
  if (image.thumbnails.length === 0) return <img src={image.url} {...img} />;
  const srcSet = (format: 'webp' | 'jpeg') => image.thumbnails.map((t) => `${t[format]} ${t.width}w`).join(', ');
  return (
    <picture>
      <source type="image/webp" srcSet={srcSet('webp')} sizes={sizes} />
      <img src={image.url} srcSet={srcSet('jpeg')} sizes={sizes} {...img} />
    </picture>
  );
}
