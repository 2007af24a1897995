import { useState } from 'react';
import type { Registry } from '@whispergifts/api-client';
import { QrCode } from './qr-code';

/** Everything a couple needs to share the list: the link to copy, a QR code, and social posts. */
export function SharePanel({ registry }: { registry: Registry }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const url = registry.guestUrl;
  const text = `${registry.title}: our gift list`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="stack share-panel">
      <div className="field">
        <label htmlFor="guest-url">Link to your gift list</label>
        <div className="copy-row">
          <input id="guest-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button" onClick={() => void copy()}>
            Copy link
          </button>
        </div>
        <p role="status" className="field-hint">
          {copied === 'yes'
            ? 'Copied. Paste it into your invitation or a message.'
            : copied === 'failed'
              ? 'Copying is blocked here: select the link and copy it.'
              : ''}
        </p>
      </div>
      {registry.visibility === 'password' && <p>Your list is password protected: share the password with your guests, too.</p>}
      <div className="button-row">
        <a className="button" href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`} target="_blank" rel="noopener noreferrer">
          Share on Facebook
        </a>
        <a
          className="button"
          href={`https://x.com/intent/post?url=${encodeURIComponent(url)}&text=${encodeURIComponent(text)}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          Share on X
        </a>
      </div>
      <figure className="qr-figure">
        <QrCode value={url} label={`QR code for ${url}`} />
        <figcaption>Print it on your invitations: guests scan it to open the list.</figcaption>
      </figure>
    </div>
  );
}
