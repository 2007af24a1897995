import { type Language, localeOf } from '@whispergifts/i18n';
import sharp from 'sharp';
import { SHARP_INPUT } from '../images/image-inspection';
import { escapeHtml } from '../mail/html';
import { themeStyle } from '../themes/theme-palettes';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, formatEventDate } from './preview-design';
import type { Theme } from '../registries/registry.entity';

export interface PreviewText {
  /** The big line: the couple's names. */
  headline: string;
  /** Under it: the date, or another short line. */
  subline: string | null;
  theme: Theme;
}

const W = PREVIEW_WIDTH;
const H = PREVIEW_HEIGHT;
/** Installed with the image (fonts-dejavu-core); librsvg falls back to any serif. */
const SERIF = "'DejaVu Serif', Georgia, serif";
const SANS = "'DejaVu Sans', system-ui, sans-serif";

/**
 * A 1200×630 PNG: the header photo (cropped to fill, darkened at the bottom for legible text) with the names and the
 * date over it, or, without a photo, a designed card in the theme's colours. Text goes through SVG, escaped; sharp
 * keeps no metadata of the photo.
 */
export async function renderPreview(text: PreviewText, photoPath: string | null): Promise<Buffer> {
  // The theme's light colours on the card; over a photo darkened at the bottom, its dark variant's accent (made for dark grounds).
  const style = themeStyle(text.theme);
  const palette = style.light;
  const headline = fitted(text.headline, 1040, 92);
  if (photoPath) {
    const photo = await sharp(photoPath, SHARP_INPUT).autoOrient().resize(W, H, { fit: 'cover', position: 'attention' }).toBuffer();
    const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
      <defs><linearGradient id="fade" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0.35" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.78"/>
      </linearGradient></defs>
      <rect width="${W}" height="${H}" fill="url(#fade)"/>
      <rect x="80" y="${H - 214}" width="96" height="6" fill="${style.dark.accent}"/>
      ${textLine(headline.text, 80, H - 120, headline.size, '#ffffff', SERIF, 'start', 'bold')}
      ${text.subline ? textLine(text.subline, 80, H - 62, 38, '#f1f1f6', SANS, 'start') : ''}
      ${textLine('WhisperGifts', W - 60, 70, 30, '#ffffff', SERIF, 'end')}
    </svg>`;
    return sharp(photo)
      .composite([{ input: Buffer.from(overlay) }])
      .png({ compressionLevel: 9 })
      .toBuffer();
  }
  const card = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
    <rect width="${W}" height="${H}" fill="${palette.background}"/>
    <rect x="28" y="28" width="${W - 56}" height="${H - 56}" rx="18" fill="none" stroke="${palette.accent}" stroke-width="4"/>
    <rect x="44" y="44" width="${W - 88}" height="${H - 88}" rx="10" fill="none" stroke="${palette.accent}" stroke-width="1.5" stroke-opacity="0.6"/>
    ${giftMark(W / 2, 170, palette.accent, palette.background)}
    ${textLine(headline.text, W / 2, 350, headline.size, palette.accent, SERIF, 'middle', 'bold')}
    ${text.subline ? textLine(text.subline, W / 2, 425, 40, palette.muted, SANS, 'middle') : ''}
    ${textLine('WhisperGifts', W / 2, H - 78, 30, palette.text, SERIF, 'middle')}
  </svg>`;
  return sharp(Buffer.from(card)).png({ compressionLevel: 9 }).toBuffer();
}

/** The text a registry's own preview shows. */
export function registryPreviewText(fields: { coupleNames: string; title: string; eventDate: string | null; theme: Theme; language: Language }): PreviewText {
  return {
    headline: fields.coupleNames.trim() || fields.title.trim(),
    subline: formatEventDate(fields.eventDate, localeOf(fields.language)),
    theme: fields.theme,
  };
}

/** A font size that keeps one line within `width` (bold serif glyphs average ~0.68 em), shortened with an ellipsis past 48 characters. */
function fitted(text: string, width: number, maxSize: number): { text: string; size: number } {
  const short = text.length > 48 ? `${text.slice(0, 47).trimEnd()}…` : text;
  return { text: short, size: Math.max(40, Math.min(maxSize, Math.floor(width / (Math.max(short.length, 1) * 0.68)))) };
}

function textLine(text: string, x: number, y: number, size: number, fill: string, family: string, anchor: 'start' | 'middle' | 'end', weight = 'normal') {
  return `<text x="${x}" y="${y}" font-family="${family}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeHtml(text)}</text>`;
}

/** A small wrapped gift: a box, a lid and a ribbon. */
export function giftMark(cx: number, cy: number, colour: string, paper: string): string {
  return `<g transform="translate(${cx - 50} ${cy - 50})">
    <rect x="8" y="40" width="84" height="56" rx="6" fill="${colour}"/>
    <rect x="0" y="24" width="100" height="22" rx="5" fill="${colour}"/>
    <rect x="45" y="24" width="10" height="72" fill="${paper}"/>
    <path d="M50 24 C 30 0, 10 14, 28 24 Z M50 24 C 70 0, 90 14, 72 24 Z" fill="none" stroke="${colour}" stroke-width="6"/>
  </g>`;
}
