import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../common/config/app-config';
import { isMediaName, thumbnailName, type StoredImage } from '../images/stored-image';
import type { Theme } from '../registries/registry.entity';
import { themeStyle, type ThemeStyle } from '../themes/theme-palettes';
import type { InlineImage } from './layout';

/**
 * How a message looks: a registry's messages wear the couple's theme colours, their header photo and their names;
 * account and admin messages wear WhisperGifts' own (the classic theme and the WhisperGifts banner).
 */
export interface MailLook {
  style: ThemeStyle;
  /** The couple's header photo as a banner (inline, by CID), or null for the WhisperGifts banner. */
  photo: InlineImage | null;
  /** Shown over the message ("Ana & Ben"); null for WhisperGifts' own messages. */
  coupleNames: string | null;
}

export const WHISPERGIFTS_LOOK: MailLook = { style: themeStyle('classic'), photo: null, coupleNames: null };

export const HEADER_CID = 'header@whispergifts';

/** The banner's size: 3:1, twice the layout's 600 px width for sharp screens. */
const BANNER = { width: 1200, height: 400 };

interface LookRow {
  theme: Theme;
  couple_names: string;
  header_image: StoredImage | null;
}

/** The look of one registry's messages. A header photo that cannot be read (deleted meanwhile) falls back to the banner. */
export async function registryLook(db: DataSource, config: AppConfig, registryId: string): Promise<MailLook> {
  const [row] = (await db.query('SELECT theme, couple_names, header_image FROM registries WHERE id = $1', [registryId])) as LookRow[];
  if (!row) return WHISPERGIFTS_LOOK;
  return { style: themeStyle(row.theme), photo: await bannerOf(config, row.header_image), coupleNames: row.couple_names };
}

/** The photo cropped to a banner, from its largest JPEG thumbnail (or the original until the thumbnails exist). */
async function bannerOf(config: AppConfig, image: StoredImage | null): Promise<InlineImage | null> {
  if (!image) return null;
  const largest = image.thumbnails.reduce((best, t) => (t.width > best ? t.width : best), 0);
  const name = largest ? thumbnailName(image, largest, 'jpg') : image.original;
  if (!isMediaName(name)) return null;
  try {
    const bytes = await readFile(join(config.mediaDir, name));
    const content = await sharp(bytes)
      .resize({ ...BANNER, fit: 'cover', position: 'attention' })
      .jpeg({ quality: 78, mozjpeg: true })
      .toBuffer();
    return { filename: 'header.jpg', content, cid: HEADER_CID, contentType: 'image/jpeg' };
  } catch {
    return null;
  }
}

/**
 * The couple's verified addresses, for Reply-To on messages to guests: a guest who answers writes to the couple,
 * not to a mailbox nobody reads. Unverified addresses are left out, as with the couple's links.
 */
export async function coupleReplyTo(db: DataSource, registryId: string): Promise<string[]> {
  const rows = (await db.query(
    `SELECT u.email FROM registry_owners o JOIN users u ON u.id = o.user_id
      WHERE o.registry_id = $1 AND u.email_verified_at IS NOT NULL ORDER BY o.created_at`,
    [registryId],
  )) as { email: string }[];
  return rows.map((r) => r.email);
}
