import { existsSync } from 'node:fs';
import { type Language, directionOf } from '@whispergifts/i18n';
import { translator } from '@whispergifts/i18n/node';
import PDFDocument from 'pdfkit';
import qrcode from 'qrcode-generator';
import { themeStyle } from '../themes/theme-palettes';
import type { Theme } from '../registries/registry.entity';
import { BLEED, Box, MARGIN, PAPER_SIZES, cardBoxes, cropMarks } from './card-layout';
import type { CardsPerPage, Paper } from './guest-card.entity';
import { rtlPlacement, rtlRuns, wrapWords } from './rtl-lines';

export interface CardContent {
  theme: Theme;
  paper: Paper;
  perPage: CardsPerPage;
  heading: string;
  coupleNames: string;
  /** Already formatted ("12 June 2027"), or null. */
  date: string | null;
  message: string;
  /** The gift list's address, printed and in the QR code. */
  url: string;
  /** A JPEG or PNG of the header photo, or null. */
  photo: Buffer | null;
  title: string;
  /** The registry's language: the PDF's own words are already in it; Arabic needs a font with Arabic glyphs. */
  language: Language;
}

/** The PDF standard fonts (no file to ship): Times for the serif themes, Helvetica for the rest; they cover Western European text. */
const isSerif = (stack: string) => !/sans-serif\s*$/i.test(stack);
const standardFont = (stack: string, bold: boolean) => (isSerif(stack) ? (bold ? 'Times-Bold' : 'Times-Roman') : bold ? 'Helvetica-Bold' : 'Helvetica');

/**
 * The standard fonts have no Arabic glyphs. DejaVu Sans (Debian's fonts-dejavu-core, in the runtime image) has them,
 * and pdfkit's fontkit applies its Arabic shaping (joined letter forms) and lays an Arabic run right to left. There is
 * no bidi algorithm: a line mixing Arabic and Latin words is not reordered, so the card keeps each line one script
 * (the names, the date, the message on lines of their own). Themes' serif faces are not available in Arabic.
 */
const DEJAVU = { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' };
const needsArabicFont = (language: Language) => language === 'ar' && existsSync(DEJAVU.regular) && existsSync(DEJAVU.bold);

/** The font for a theme's stack, in a card's language. */
function fontsFor(language: Language) {
  const arabic = needsArabicFont(language);
  return (stack: string, bold: boolean) => (arabic ? (bold ? DEJAVU.bold : DEJAVU.regular) : standardFont(stack, bold));
}

const QR_INK = '#111111';
const PADDING = 16;

/**
 * One sheet of identical guest cards as a print-ready PDF: the cards tiled edge to edge inside a half-inch margin,
 * their colour bleeding past the outer trim, crop marks in the margin at every trim line. Each card has the header
 * photo (if any), the wording, the couple's names, the date, a message, the list's address and a QR code to it
 * (vector modules on white with the quiet zone, so it scans whatever the theme's colours).
 */
export function renderCardsPdf(content: CardContent): Promise<Buffer> {
  const style = themeStyle(content.theme);
  const palette = style.light;
  const [width, height] = PAPER_SIZES[content.paper];
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    info: { Title: translator().t(content.language, 'cards:pdf.title', { title: content.title }), Author: 'WhisperGifts', Subject: content.url },
    lang: content.language,
    autoFirstPage: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.rect(MARGIN - BLEED, MARGIN - BLEED, width - 2 * (MARGIN - BLEED), height - 2 * (MARGIN - BLEED)).fill(palette.background);
  // openImage once: every card then refers to the same embedded image rather than a copy each.
  const photo = content.photo ? (doc as unknown as { openImage(src: Buffer): unknown }).openImage(content.photo) : null;
  const qr = qrcode(0, 'M');
  qr.addData(content.url, 'Byte');
  qr.make();

  for (const box of cardBoxes(content.paper, content.perPage)) {
    drawCard(doc, box, content, photo, qr, style.headingFont, style.bodyFont);
  }
  doc.lineWidth(0.5).strokeColor('#000000');
  for (const [x1, y1, x2, y2] of cropMarks(content.paper, content.perPage)) doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
  doc.end();
  return done;
}

type Qr = ReturnType<typeof qrcode>;

function drawCard(doc: PDFKit.PDFDocument, box: Box, c: CardContent, photo: unknown, qr: Qr, headingFont: string, bodyFont: string) {
  const palette = themeStyle(c.theme).light;
  const fonts = fontsFor(c.language);
  const tall = box.height > box.width;
  // A thin frame in the accent colour, inside the trim so a cut slightly off still shows all of it.
  doc
    .lineWidth(0.75)
    .strokeColor(palette.accent)
    .rect(box.x + 8, box.y + 8, box.width - 16, box.height - 16)
    .stroke();

  let top = box.y + PADDING;
  if (photo) {
    const photoHeight = Math.round(box.height * (tall ? 0.3 : 0.24));
    const inner = { x: box.x + 8, y: box.y + 8, width: box.width - 16, height: photoHeight };
    doc.save();
    doc.rect(inner.x, inner.y, inner.width, inner.height).clip();
    doc.image(photo as Buffer, inner.x, inner.y, { cover: [inner.width, inner.height], align: 'center', valign: 'center' });
    doc.restore();
    top = inner.y + inner.height + 10;
  }

  const qrSize = tall ? Math.min(96, box.width * 0.4) : Math.min(84, (box.height - (top - box.y)) * 0.62);
  if (tall) {
    const textWidth = box.width - 2 * PADDING;
    const bottomOfText = drawText(doc, c, box.x + PADDING, top, textWidth, 'center', headingFont, bodyFont, 1);
    const qrTop = Math.max(bottomOfText + 8, box.y + box.height - PADDING - qrSize - 22);
    drawQr(doc, qr, box.x + (box.width - qrSize) / 2, qrTop, qrSize);
    doc
      .font(fonts(bodyFont, false))
      .fontSize(7.5)
      .fillColor(palette.muted)
      .text(displayUrl(c.url), box.x + PADDING, qrTop + qrSize + 5, { width: textWidth, align: 'center', lineBreak: false, ellipsis: true });
  } else {
    const qrX = box.x + box.width - PADDING - qrSize;
    const textWidth = qrX - box.x - PADDING - 10;
    drawText(doc, c, box.x + PADDING, top, textWidth, directionOf(c.language) === 'rtl' ? 'right' : 'left', headingFont, bodyFont, 0.78);
    const qrTop = top + Math.max(0, (box.y + box.height - PADDING - 12 - top - qrSize) / 2);
    drawQr(doc, qr, qrX, qrTop, qrSize);
    doc
      .font(fonts(bodyFont, false))
      .fontSize(6.5)
      .fillColor(palette.muted)
      .text(displayUrl(c.url), box.x + PADDING, box.y + box.height - PADDING - 8, {
        width: box.width - 2 * PADDING,
        align: 'left',
        lineBreak: false,
        ellipsis: true,
      });
  }
}

/** Heading, names, date and message from `top`; returns where the text ends. */
function drawText(
  doc: PDFKit.PDFDocument,
  c: CardContent,
  x: number,
  top: number,
  width: number,
  align: 'center' | 'left' | 'right',
  headingFont: string,
  bodyFont: string,
  scale: number,
): number {
  const palette = themeStyle(c.theme).light;
  const fonts = fontsFor(c.language);
  const rtl = directionOf(c.language) === 'rtl';
  // Spacing letters apart would break the joins between Arabic letters.
  const characterSpacing = rtl ? 0 : 1.2;
  /** One line, no wrapping: right-to-left lines run by run (see rtl-lines.ts), others as pdfkit lays them. */
  const line = (text: string, at: number, options: PDFKit.Mixins.TextOptions) => {
    if (!rtl) return void doc.text(text, x, at, { width, align, lineBreak: false, ...options });
    const placed = rtlPlacement(rtlRuns(text), (run) => doc.widthOfString(run), doc.widthOfString(' '), x, width, align === 'center' ? 'center' : 'right');
    for (const { run, x: runX } of placed) doc.text(run, runX, at, { lineBreak: false });
  };
  let y = top;
  if (c.heading) {
    doc
      .font(fonts(bodyFont, true))
      .fontSize(8 * scale)
      .fillColor(palette.muted);
    line(c.heading.toLocaleUpperCase(c.language), y, { characterSpacing, ellipsis: true });
    y += 14 * scale;
  }
  const nameFont = fonts(headingFont, true);
  let size = 24 * scale;
  doc.font(nameFont);
  while (size > 11 && doc.fontSize(size).widthOfString(c.coupleNames) > width) size -= 1;
  doc.fillColor(palette.accent);
  line(c.coupleNames, y, { ellipsis: true });
  y += size * 1.25;
  if (c.date) {
    doc
      .font(fonts(bodyFont, false))
      .fontSize(10.5 * scale)
      .fillColor(palette.text);
    line(c.date, y, {});
    y += 16 * scale;
  }
  if (c.message) {
    y += 4 * scale;
    doc
      .font(fonts(bodyFont, false))
      .fontSize(9 * scale)
      .fillColor(palette.text);
    const maxHeight = 9 * scale * 1.3 * 4;
    if (rtl) {
      const lineHeight = 9 * scale * 1.3;
      for (const text of wrapWords(c.message, width, (t) => doc.widthOfString(t), 4)) {
        line(text, y, {});
        y += lineHeight;
      }
    } else {
      doc.text(c.message, x, y, { width, align, height: maxHeight, ellipsis: true, lineGap: 1.5 });
      y = Math.min(doc.y, y + maxHeight);
    }
  }
  return y;
}

function drawQr(doc: PDFKit.PDFDocument, qr: Qr, x: number, y: number, size: number) {
  const count = qr.getModuleCount();
  const quiet = 2;
  const module = size / (count + 2 * quiet);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      // Slightly over-sized modules: neighbouring squares overlap, so no hairline gaps show between them.
      if (qr.isDark(row, col)) doc.rect(x + (col + quiet) * module, y + (row + quiet) * module, module + 0.05, module + 0.05);
    }
  }
  doc.fill(QR_INK);
}

/** The address as people type it: no scheme, no trailing slash. */
export const displayUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');
