import { useMemo } from 'react';
import { qrSvgMarkup } from '@/lib/qr';

/**
 * A QR code as SVG, sharp at any size: the gift list's address for invitations, or a bank transfer (EPC QR) for a
 * guest's banking app. `large` makes it big enough to scan from one phone held up to another.
 */
export function QrCode({ value, label, large = false }: { value: string; label: string; large?: boolean }) {
  const svg = useMemo(() => qrSvgMarkup(value), [value]);
  // The SVG comes from the library's own markup for our data, not from user HTML.
  return <div className={large ? 'qr-code qr-code-large' : 'qr-code'} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
