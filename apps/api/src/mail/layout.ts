import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LANGUAGE, type Language, directionOf } from '@whispergifts/i18n';
import { translator } from '@whispergifts/i18n/node';
import juice from 'juice';
import type { ThemeStyle } from '../themes/theme-palettes';
import { html, SafeHtml } from './html';
import { HEADER_CID, WHISPERGIFTS_LOOK, type MailLook } from './look';

/** An image the HTML shows with `src="cid:<cid>"`, sent as a related (inline) part of the message. */
export interface InlineImage {
  filename: string;
  content: Buffer;
  cid: string;
  contentType: string;
}

/** What a template produces: both parts; the layout adds the header image, the theme and the footer. */
export interface MessageContent {
  subject: string;
  /** Plain-text part. */
  text: string;
  /** The body of the HTML part (escaped by `html`). */
  body: SafeHtml;
  /** Images the body shows inline (by CID), besides the header, e.g. a pledge's bank-transfer QR code. */
  inline?: InlineImage[];
  /** Extra header fields, e.g. List-Unsubscribe on reminders (RFC 2369, RFC 8058). */
  headers?: Record<string, string>;
  /** The couple's theme, photo and names; WhisperGifts' own look when absent. */
  look?: MailLook;
  /** Reply-To: the couple, on messages to guests. */
  replyTo?: string[];
  /** The reader's language (a user's for their own mail, the registry's for its guests'): `<html lang dir>`, the footer. English when absent. */
  language?: Language;
}

export interface Message {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: InlineImage[];
  replyTo?: string[];
  headers?: Record<string, string>;
}

const WHISPERGIFTS_BANNER = readFileSync(join(__dirname, '../../assets/email-header.png'));

/** The theme as CSS: juice inlines it into every element (mail clients drop classes), the dark variant stays a media query. */
function stylesheet({ light, dark, headingFont, bodyFont }: ThemeStyle): string {
  return `
    body, .wg-bg { margin: 0; background: ${light.background}; }
    .wg-card { background: ${light.surface}; border: 1px solid ${light.border}; border-radius: 8px; color: ${light.text}; font-family: ${bodyFont}; }
    .wg-body { padding: 24px 32px; font-size: 16px; line-height: 1.5; }
    .wg-names { margin: 0; padding: 20px 32px 0; font-family: ${headingFont}; font-size: 26px; font-weight: normal; color: ${light.accent}; }
    .wg-footer { padding: 16px 32px 24px; font-size: 12px; color: ${light.muted}; }
    .wg-muted { color: ${light.muted}; font-size: 14px; }
    .wg-quote { margin: 0 0 16px; padding-left: 12px; border-left: 3px solid ${light.border}; white-space: pre-line; }
    a { color: ${light.accent}; }
    .wg-button { display: inline-block; background: ${light.accent}; color: ${light.accentText}; padding: 12px 22px; border-radius: 6px; font-weight: bold; text-decoration: none; }
    .wg-gift td { padding: 8px 0; border-top: 1px solid ${light.border}; vertical-align: top; }
    @media (prefers-color-scheme: dark) {
      body, .wg-bg { background: ${dark.background} !important; }
      .wg-card { background: ${dark.surface} !important; border-color: ${dark.border} !important; color: ${dark.text} !important; }
      .wg-names, a { color: ${dark.accent} !important; }
      .wg-footer, .wg-muted { color: ${dark.muted} !important; }
      .wg-quote, .wg-gift td { border-color: ${dark.border} !important; }
      .wg-button { background: ${dark.accent} !important; color: ${dark.accentText} !important; }
    }
    @media (max-width: 620px) {
      .wg-body { padding: 20px !important; }
      .wg-names, .wg-footer { padding-left: 20px !important; padding-right: 20px !important; }
    }`;
}

/**
 * Every message's one layout: the couple's header photo (or the WhisperGifts banner) inline by CID, their names in
 * the theme's heading font, the body, and a footer; light and dark colours from the theme (THEME_STYLES), inlined by
 * juice so that clients which drop <style> still show them. Templates write plain markup with the classes above.
 */
export function composeMessage(to: string[], content: MessageContent): Message {
  const look = content.look ?? WHISPERGIFTS_LOOK;
  const header = look.photo ?? { filename: 'whispergifts.png', content: WHISPERGIFTS_BANNER, cid: HEADER_CID, contentType: 'image/png' };
  const language = content.language ?? DEFAULT_LANGUAGE;
  const t = translator();
  const footer = t.t(language, 'couple-mail:layout.footer');
  const alt = look.photo
    ? look.coupleNames
      ? t.t(language, 'couple-mail:layout.photo-of', { names: look.coupleNames })
      : t.t(language, 'couple-mail:layout.photo')
    : 'WhisperGifts';
  const page = html`<!doctype html>
    <html lang="${language}" dir="${directionOf(language)}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>${content.subject}</title>
        <style>
          ${new SafeHtml(stylesheet(look.style))}
        </style>
      </head>
      <body class="wg-bg">
        <table role="presentation" class="wg-bg" width="100%" cellpadding="0" cellspacing="0">
          <tr>
            <td align="center" style="padding:24px 12px">
              <table role="presentation" class="wg-card" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;overflow:hidden">
                <tr>
                  <td><img src="cid:${HEADER_CID}" width="600" alt="${alt}" style="display:block;width:100%;height:auto;border:0" /></td>
                </tr>
                ${
                  look.coupleNames
                    ? html`<tr>
                        <td><h1 class="wg-names">${look.coupleNames}</h1></td>
                      </tr>`
                    : ''
                }
                <tr>
                  <td class="wg-body">${content.body}</td>
                </tr>
                <tr>
                  <td class="wg-footer">${footer}</td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html>`;
  return {
    to,
    subject: content.subject,
    text: `${content.text}\n\n-- \n${footer}\n`,
    html: juice(page.value, { preserveMediaQueries: true, removeStyleTags: true }),
    attachments: [header, ...(content.inline ?? [])],
    ...(content.replyTo?.length ? { replyTo: content.replyTo } : {}),
    ...(content.headers ? { headers: content.headers } : {}),
  };
}

/** A call to action every mail client shows as a button (a styled link: the theme's accent, inlined by the layout). */
export const button = (url: string, label: string) => html`<p style="margin:24px 0"><a class="wg-button" href="${url}">${label}</a></p>`;
