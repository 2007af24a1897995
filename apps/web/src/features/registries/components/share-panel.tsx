import { useState } from 'react';
import type { Registry } from '@whispergifts/api-client';
import { CopyField } from '@/components/copy-field';
import { QrCode } from '@/components/qr-code';
import { useT } from '@/lib/i18n';
import { downloadBlob, qrPngBlob, qrSvgFile } from '@/lib/qr';
import { canShareNatively, shareLinks, shareMessage } from '../utils/share-links';

/** Everything a couple needs to share the list: the link to copy, the phone's share sheet, social posts, e-mail and a printable QR code. */
export function SharePanel({ registry }: { registry: Registry }) {
  const t = useT('dashboard');
  const names = registry.coupleNames.trim() || registry.title.trim();
  const full = shareMessage(registry, {
    text: (names) => t('dashboard:share.post', { names }),
    body: (url) => t('dashboard:share.mail-body', { url }),
  });
  const { body: _body, ...message } = full;
  const links = shareLinks(full);
  const [nativeShare] = useState(() => canShareNatively(message));
  const [problem, setProblem] = useState<string | null>(null);
  const qrTitle = t('dashboard:share.qr-title', { names, url: message.url });
  const fileName = `whispergifts-${registry.slug}-qr`;

  async function shareNatively() {
    try {
      await navigator.share(message);
    } catch (error) {
      // Closing the sheet is a choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setProblem(t('dashboard:share.native-failed'));
    }
  }

  async function downloadPng() {
    try {
      downloadBlob(await qrPngBlob(message.url), `${fileName}.png`);
    } catch {
      setProblem(t('dashboard:share.png-failed'));
    }
  }

  return (
    <div className="stack share-panel">
      <CopyField label={t('dashboard:share.link')} value={message.url} what="link" copiedHint={t('dashboard:share.link-copied')} />
      {registry.visibility === 'password' && <p>{t('dashboard:share.password-note')}</p>}
      <div className="share-buttons" role="group" aria-label={t('dashboard:share.buttons')}>
        {nativeShare && (
          <button type="button" className="button button-primary" onClick={() => void shareNatively()}>
            {t('dashboard:share.native')}
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
          {t('dashboard:share.email')}
        </a>
      </div>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <figure className="qr-figure">
        <QrCode value={message.url} label={t('dashboard:share.qr-label', { url: message.url })} />
        <figcaption>
          <p>{t('dashboard:share.qr-print')}</p>
          <div className="button-row">
            <button type="button" className="button button-small" onClick={() => void downloadPng()}>
              {t('dashboard:share.qr-png')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => downloadBlob(new Blob([qrSvgFile(message.url, qrTitle)], { type: 'image/svg+xml' }), `${fileName}.svg`)}
            >
              {t('dashboard:share.qr-svg')}
            </button>
          </div>
        </figcaption>
      </figure>
    </div>
  );
}
