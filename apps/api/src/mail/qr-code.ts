import qrcode from 'qrcode-generator';
import sharp from 'sharp';

/** EPC069-12 asks for error correction level M; the quiet zone is the 4 modules ISO/IEC 18004 requires. */
const ERROR_CORRECTION = 'M';
const QUIET_ZONE = 4;
/** Wide enough to scan from a phone held up to another screen, or from a printed e-mail. */
const MIN_SIZE_PX = 360;

/**
 * A QR code (byte mode, the version chosen to fit) as a black-on-white PNG, for inline use in e-mails, where
 * SVG is not shown by most clients. The payload is encoded as UTF-8 (EPC069-12 character set 1): the library
 * takes one byte per character, so it gets the UTF-8 bytes spelled as Latin-1 characters rather than a global
 * change of its encoder. Each module is a whole number of pixels, so the image stays crisp and decodable.
 */
export async function qrCodePng(payload: string, minSizePx = MIN_SIZE_PX): Promise<Buffer> {
  const qr = qrcode(0, ERROR_CORRECTION);
  qr.addData(Buffer.from(payload, 'utf8').toString('latin1'), 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const modules = count + 2 * QUIET_ZONE;
  const scale = Math.ceil(minSizePx / modules);
  const size = modules * scale;
  const pixels = Buffer.alloc(size * size, 0xff);
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!qr.isDark(row, col)) continue;
      const x0 = (col + QUIET_ZONE) * scale;
      for (let y = (row + QUIET_ZONE) * scale, end = y + scale; y < end; y++) pixels.fill(0, y * size + x0, y * size + x0 + scale);
    }
  }
  return sharp(pixels, { raw: { width: size, height: size, channels: 1 } })
    .png({ compressionLevel: 9, palette: true, colours: 2 })
    .toBuffer();
}
