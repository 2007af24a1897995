import type { ParsedMail } from 'mailparser';

/** The checks every WhisperGifts message must pass: both parts, and the header image inline (CID) and used by the HTML. */
export function expectWhisperGiftsLayout(mail: ParsedMail): void {
  expect(mail.text?.length).toBeGreaterThan(0);
  expect(typeof mail.html === 'string' && mail.html.length).toBeGreaterThan(0);
  const header = mail.attachments.find((a) => a.contentId === '<header@whispergifts>' || a.cid === 'header@whispergifts');
  expect(header?.contentType).toBe('image/png');
  expect(header?.content.length).toBeGreaterThan(0);
  expect(mail.html).toContain('src="cid:header@whispergifts"');
}

export function recipients(mail: ParsedMail): string[] {
  return [mail.to]
    .flat()
    .flatMap((to) => to?.value ?? [])
    .map((v) => v.address ?? '');
}

/**
 * The token of a link `<publicUrl><path><token>`, found in the text part; the HTML part must carry the same link.
 * Fails when either part lacks it.
 */
export function tokenFromLink(mail: ParsedMail, publicUrl: string, path: string): string {
  const escaped = (publicUrl + path).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${escaped}([\\w-]+)`).exec(mail.text ?? '');
  if (!match) throw new Error(`no ${path} link in the text part:\n${mail.text}`);
  expect(mail.html).toContain(`href="${publicUrl}${path}${match[1]}"`);
  return match[1];
}
