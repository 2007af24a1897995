import type { Language } from '@whispergifts/i18n';
import { createHash } from 'node:crypto';
import type { Theme, Visibility } from '../registries/registry.entity';

/** Open Graph's large-image size: what WhatsApp, Facebook, X and iMessage show without cropping. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
/** Bump when the design changes: every preview gets a new name (media files are cached for a year, immutable). */
export const PREVIEW_DESIGN_REVISION = '2';
/** The generic preview (no names, no photo) in the web app's root: unlisted and password lists, and until the worker is done. */
export const GENERIC_PREVIEW_PATH = '/og-image.png';

/** Everything a registry's preview shows; a change to any of it is a new image with a new name. */
export interface PreviewFields {
  title: string;
  coupleNames: string;
  eventDate: string | null;
  theme: Theme;
  /** The header photo's original under MEDIA_DIR, or null. */
  photo: string | null;
  /** The registry's language: the date is written in its locale. */
  language: Language;
}

/** Only public lists get a preview of their own; the others show the generic one (no names, no photo). */
export const hasOwnPreview = (visibility: Visibility) => visibility === 'public';

/** `og-<32 hex>.png`: named after what it shows, so the page can tell a current preview from an old one without a lookup. */
export function previewFileName(fields: PreviewFields): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([PREVIEW_DESIGN_REVISION, fields.title, fields.coupleNames, fields.eventDate, fields.theme, fields.photo, fields.language]))
    .digest('hex');
  return `og-${digest.slice(0, 32)}.png`;
}

export const PREVIEW_FILE_NAME = /^og-[0-9a-f]{32}\.png$/;

/** "12 June 2027": the wedding is a calendar date, not an instant, so it is formatted in UTC. */
export function formatEventDate(date: string | null, locale = 'en-GB'): string | null {
  if (!date) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
