import type { Registry } from '@whispergifts/api-client';
import { CopyField } from '@/components/copy-field';
import { QrCode } from '@/components/qr-code';

/** Everything a couple needs to share the list: the link to copy, a QR code, and social posts. */
export function SharePanel({ registry }: { registry: Registry }) {
  const url = registry.guestUrl;
  const text = `${registry.title}: our gift list`;

  return (
    <div className="stack share-panel">
      <CopyField label="Link to your gift list" value={url} what="link" copiedHint="Copied. Paste it into your invitation or a message." />
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
