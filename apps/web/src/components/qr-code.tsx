import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

// The library's default keeps only the low byte of each character, garbling "Zoë Müller" as an account holder; EPC
// QR codes declare UTF-8 (character set 1), and URLs are ASCII, which UTF-8 leaves as it is.
// (The package's ES module leaves its own UTF-8 encoder out, so the browser's is used.)
qrcode.stringToBytes = (text: string) => Array.from(new TextEncoder().encode(text));

/**
 * A QR code as SVG, sharp at any size: the gift list's address for invitations, or a bank transfer (EPC QR) for a
 * guest's banking app. `large` makes it big enough to scan from one phone held up to another.
 */
export function QrCode({ value, label, large = false }: { value: string; label: string; large?: boolean }) {
  const svg = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(value);
    qr.make();
    return qr.createSvgTag({ cellSize: 6, margin: 4, scalable: true });
  }, [value]);
  // The SVG comes from the library's own markup for our data, not from user HTML.
  return <div className={large ? 'qr-code qr-code-large' : 'qr-code'} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
