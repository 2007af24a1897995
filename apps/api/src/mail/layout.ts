import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { html, SafeHtml } from './html';

/** An image the HTML shows with `src="cid:<cid>"`, sent as a related (inline) part of the message. */
export interface InlineImage {
  filename: string;
  content: Buffer;
  cid: string;
  contentType: string;
}

/** What a template produces: both parts; the layout adds the header image. */
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
}

export interface Message {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: InlineImage[];
  headers?: Record<string, string>;
}

export const HEADER_CID = 'header@whispergifts';
const HEADER_IMAGE = readFileSync(join(__dirname, '../../assets/email-header.png'));

/** Wraps a template's content in the WhisperGifts layout, with the header image inline (CID), as the original service did. */
export function composeMessage(to: string[], content: MessageContent): Message {
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <title>${content.subject}</title>
      </head>
      <body style="margin:0;background:#faf6f4;font-family:Georgia,serif;color:#3d2a2e">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
          <tr>
            <td align="center" style="padding:24px 12px">
              <table
                role="presentation"
                width="600"
                cellpadding="0"
                cellspacing="0"
                style="max-width:600px;background:#ffffff;border-radius:8px;overflow:hidden"
              >
                <tr>
                  <td><img src="cid:${HEADER_CID}" width="600" height="120" alt="WhisperGifts" style="display:block;width:100%;height:auto" /></td>
                </tr>
                <tr>
                  <td style="padding:24px 32px;font-size:16px;line-height:1.5">${content.body}</td>
                </tr>
                <tr>
                  <td style="padding:16px 32px;font-size:12px;color:#8a7378">WhisperGifts · the gift list for your wedding</td>
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
    text: `${content.text}\n\n-- \nWhisperGifts · the gift list for your wedding\n`,
    html: page.value,
    attachments: [{ filename: 'whispergifts.png', content: HEADER_IMAGE, cid: HEADER_CID, contentType: 'image/png' }, ...(content.inline ?? [])],
    ...(content.headers ? { headers: content.headers } : {}),
  };
}

/** A call to action that every mail client shows as a button (a styled link; no CSS classes survive in mail). */
export const button = (url: string, label: string) =>
  html`<p style="margin:24px 0">
    <a href="${url}" style="background:#b5566e;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none">${label}</a>
  </p>`;
