import jsQR from 'jsqr';

/**
 * Reads a QR code the way a phone's camera would: the SVG that QrCode renders is drawn into pixels (each `Mx,y` of its
 * path is one dark module) and decoded with jsQR. A code that scans wrongly fails the test, not just a changed string.
 */
export function decodeQrSvg(image: Element): string | null {
  const svg = image instanceof SVGSVGElement ? image : image.querySelector('svg');
  const path = svg?.querySelector('path')?.getAttribute('d');
  const box = svg?.getAttribute('viewBox')?.split(' ').map(Number);
  if (!path || !box) return null;
  const size = box[2];
  const cell = Number(/l(\d+),0/.exec(path)?.[1] ?? 1);
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+),(\d+)/g)) {
    for (let dy = 0; dy < cell; dy++) {
      for (let dx = 0; dx < cell; dx++) {
        const at = ((Number(y) + dy) * size + Number(x) + dx) * 4;
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
      }
    }
  }
  return jsQR(pixels, size, size)?.data ?? null;
}
