import { useState } from 'react';
import type { Registry } from '@whispergifts/api-client';
import { CopyField } from '@/components/copy-field';
import { QrCode } from '@/components/qr-code';
import { downloadBlob, qrPngBlob, qrSvgFile } from '@/lib/qr';
import { canShareNatively, shareLinks, shareMessage } from '../utils/share-links';

/** Everything a couple needs to share the list: the link to copy, the phone's share sheet, social posts, e-mail and a printable QR code. */
export function SharePanel({ registry }: { registry: Registry }) {
  const message = shareMessage(registry);
  const links = shareLinks(message);
  const [nativeShare] = useState(() => canShareNatively(message));
  const [problem, setProblem] = useState<string | null>(null);
  const qrTitle = `QR code: the gift list of ${message.text.replace(/: our wedding gift list$/, '')} at ${message.url}`;
  const fileName = `whispergifts-${registry.slug}-qr`;

  async function shareNatively() {
    try {
      await navigator.share(message);
    } catch (error) {
      // Closing the sheet is a choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setProblem('Your phone could not open its share menu: copy the link instead.');
    }
  }

  async function downloadPng() {
    try {
      downloadBlob(await qrPngBlob(message.url), `${fileName}.png`);
    } catch {
      setProblem('This browser could not make the image: download the SVG instead.');
    }
  }

  return (
    <div className="stack share-panel">
      <CopyField label="Link to your gift list" value={message.url} what="link" copiedHint="Copied. Paste it into your invitation or a message." />
      {registry.visibility === 'password' && <p>Your list is password protected: share the password with your guests, too.</p>}
      <div className="share-buttons" role="group" aria-label="Share the link">
        {nativeShare && (
          <button type="button" className="button button-primary" onClick={() => void shareNatively()}>
            Share…
          </button>
        )}
        <a className="button" href={links.whatsapp} target="_blank" rel="noopener noreferrer">
          WhatsApp
        </a>
        <a className="button" href={links.facebook} target="_blank" rel="noopener noreferrer">
          Facebook
        </a>
        <a className="button" href={links.x} target="_blank" rel="noopener noreferrer">
          X
        </a>
        <a className="button" href={links.email}>
          E-mail
        </a>
      </div>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <figure className="qr-figure">
        <QrCode value={message.url} label={`QR code for ${message.url}`} />
        <figcaption>
          <p>Print it on your invitations: guests scan it to open the list.</p>
          <div className="button-row">
            <button type="button" className="button button-small" onClick={() => void downloadPng()}>
              Download QR code (PNG, 2048 px)
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => downloadBlob(new Blob([qrSvgFile(message.url, qrTitle)], { type: 'image/svg+xml' }), `${fileName}.svg`)}
            >
              Download QR code (SVG)
            </button>
          </div>
        </figcaption>
      </figure>
    </div>
  );
}
