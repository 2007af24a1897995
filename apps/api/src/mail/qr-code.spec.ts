import sharp from 'sharp';
import { decodeQrPng } from '../../test/support/qr';
import { qrCodePng } from './qr-code';

// An EPC069-12 credit transfer (its lines as in the standard), with characters outside ASCII in the name.
const EPC = ['BCD', '002', '1', 'SCT', 'COBADEFFXXX', 'Anaïs Müller & René Côté', 'DE89370400440532013000', 'EUR50.00', '', 'WG-7K3F', '', 'Für euch'].join(
  '\n',
);

describe('qrCodePng', () => {
  it('renders a PNG that decodes back to an EPC payload with UTF-8 characters', async () => {
    const png = await qrCodePng(EPC);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(await decodeQrPng(png)).toBe(EPC);
  });

  it('fits the largest EPC payload (331 bytes, two-byte characters included) and still decodes', async () => {
    let max = EPC;
    while (Buffer.byteLength(max) <= 329) max += 'é';
    max += 'x'.repeat(331 - Buffer.byteLength(max));
    expect(Buffer.byteLength(max)).toBe(331);
    expect(await decodeQrPng(await qrCodePng(max))).toBe(max);
  });

  it('is at least 300 px square, with a white quiet zone of four whole-pixel modules', async () => {
    const { data, info } = await sharp(await qrCodePng(EPC))
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(info.width).toBeGreaterThanOrEqual(300);
    expect(info.height).toBe(info.width);
    // The top-left finder pattern is dark from its corner: the light run before it on the diagonal is the quiet zone.
    let quiet = 0;
    while (data[quiet * info.width + quiet] > 128) quiet++;
    const moduleSize = quiet / 4;
    expect(Number.isInteger(moduleSize) && moduleSize >= 4).toBe(true);
    // The finder pattern is 7 modules of dark then light: its dark run confirms the module size.
    let dark = quiet;
    while (data[quiet * info.width + dark] <= 128) dark++;
    expect(dark - quiet).toBe(7 * moduleSize);
  });
});
