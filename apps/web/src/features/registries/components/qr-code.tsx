import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** The gift list's address as a QR code (SVG, sharp at any size and printable on an invitation). */
export function QrCode({ value, label }: { value: string; label: string }) {
  const svg = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(value);
    qr.make();
    return qr.createSvgTag({ cellSize: 6, margin: 4, scalable: true });
  }, [value]);
  // The SVG comes from the library's own markup for our URL, not from user HTML.
  return <div className="qr-code" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
