import type { GiftListRegistry } from '@whispergifts/api-client';
import { ResponsiveImage } from '@/components/responsive-image';
import { formatEventDate } from '@/lib/dates';

export function GiftListHeader({ registry }: { registry: GiftListRegistry }) {
  return (
    <header className="gift-list-header">
      {registry.headerImage && (
        // The first thing guests see: not lazy.
        <ResponsiveImage className="gift-list-header-image" image={registry.headerImage} sizes="(min-width: 72rem) 72rem, 100vw" loading="eager" />
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
