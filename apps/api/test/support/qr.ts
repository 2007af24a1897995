import jsQR from 'jsqr';
import sharp from 'sharp';

/** Decodes a QR code image the way a phone would see it: its RGBA pixels into a QR decoder; the raw bytes read as UTF-8. */
export async function decodeQrPng(image: Buffer): Promise<string | null> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
  return code ? Buffer.from(code.binaryData).toString('utf8') : null;
}
