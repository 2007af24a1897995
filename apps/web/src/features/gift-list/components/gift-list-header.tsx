import type { GiftListRegistry } from '@whispergifts/api-client';
import { ResponsiveImage } from '@/components/responsive-image';
import { formatEventDate } from '@/lib/dates';

export function GiftListHeader({ registry }: { registry: GiftListRegistry }) {
  return (
    <header className="gift-list-header">
      {registry.headerImage && (
        // The first thing guests see, and the page's largest paint. The shared page's HTML paints the same picture
        // before any script (apps/api/src/link-previews/first-paint.ts, same `sizes`), so this one comes from the cache.
        <ResponsiveImage className="gift-list-header-image" image={registry.headerImage} sizes="(min-width: 72rem) 72rem, 100vw" priority />
      )}
      <p className="gift-list-couple">{registry.coupleNames}</p>
      <h1>{registry.title}</h1>
      {registry.eventDate && (
        <p className="gift-list-date">
          <time dateTime={registry.eventDate}>{formatEventDate(registry.eventDate)}</time>
        </p>
      )}
      {registry.welcomeMessage && <p className="gift-list-message">{registry.welcomeMessage}</p>}
    </header>
  );
}
