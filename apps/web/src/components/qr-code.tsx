import qrcode from 'qrcode-generator';
import { useId, useMemo } from 'react';

// The library's default keeps only the low byte of each character, garbling "Zoë Müller" as an account holder; EPC
// QR codes declare UTF-8 (character set 1), and URLs are ASCII, which UTF-8 leaves as it is.
// (The package's ES module leaves its own UTF-8 encoder out, so the browser's is used.)
qrcode.stringToBytes = (text: string) => Array.from(new TextEncoder().encode(text));

/** The library takes a title for its SVG (qrcode.js), which its type declarations leave out. */
interface TitledSvg {
  createSvgTag(options: { cellSize: number; margin: number; scalable: boolean; title: { text: string; id: string } }): string;
}

/**
 * A QR code as SVG, sharp at any size: the gift list's address for invitations, or a bank transfer (EPC QR) for a
 * guest's banking app. `large` makes it big enough to scan from one phone held up to another.
 */
export function QrCode({ value, label, large = false }: { value: string; label: string; large?: boolean }) {
  const titleId = useId();
  const svg = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(value);
    qr.make();
    // The <svg> itself is the image, named by its <title> (role="img" aria-labelledby, from the library), so the
    // name travels with it (a copied or downloaded SVG keeps it) and no wrapper claims to be a second image.
    return (qr as unknown as TitledSvg).createSvgTag({ cellSize: 6, margin: 4, scalable: true, title: { text: label, id: `${titleId}qr` } });
  }, [value, label, titleId]);
  // The SVG comes from the library's own markup for our data (escaped label), not from user HTML.
  return <div className={large ? 'qr-code qr-code-large' : 'qr-code'} dangerouslySetInnerHTML={{ __html: svg }} />;
}
