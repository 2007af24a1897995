import qrcode from 'qrcode-generator';

// The library's default keeps only the low byte of each character, garbling "Zoë Müller" as an account holder; EPC
// QR codes declare UTF-8 (character set 1), and URLs are ASCII, which UTF-8 leaves as it is.
// (The package's ES module leaves its own UTF-8 encoder out, so the browser's is used.)
qrcode.stringToBytes = (text: string) => Array.from(new TextEncoder().encode(text));

/** Modules of white around the code: the quiet zone the QR standard asks for, so a scanner finds its edges on paper. */
export const QUIET_ZONE = 4;

/** The code's modules, `true` for dark (medium error correction: survives a smudge on a printed card). */
export function qrModules(value: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(value);
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)));
}

/** The library's own SVG for the page (scales to its box). */
export function qrSvgMarkup(value: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(value);
  qr.make();
  return qr.createSvgTag({ cellSize: 6, margin: QUIET_ZONE, scalable: true });
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A standalone SVG file for print (2 mm a module, about 7 cm across): one path of unit squares on white, the quiet zone included, with a title and
 * role so a screen reader (or a designer's tool) names it.
 */
export function qrSvgFile(value: string, title: string): string {
  const modules = qrModules(value);
  const size = modules.length + 2 * QUIET_ZONE;
  const d = modules.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`] : []))).join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 2}mm" height="${size * 2}mm" shape-rendering="crispEdges" role="img" aria-labelledby="t">`,
    `<title id="t">${escapeXml(title)}</title>`,
    `<rect width="${size}" height="${size}" fill="#fff"/>`,
    `<path fill="#000" d="${d}"/>`,
    `</svg>`,
  ].join('\n');
}

/**
 * A print-ready PNG, `size` pixels square (2048 by default: sharp at 10 cm and 500 dpi): whole pixels per module,
 * centred, the rest white (at least the quiet zone). Needs a canvas, so a browser.
 */
export async function qrPngBlob(value: string, size = 2048): Promise<Blob> {
  const modules = qrModules(value);
  const cell = Math.floor(size / (modules.length + 2 * QUIET_ZONE));
  const offset = Math.floor((size - cell * modules.length) / 2);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size, size);
  context.fillStyle = '#000';
  modules.forEach((row, y) => row.forEach((dark, x) => dark && context.fillRect(offset + x * cell, offset + y * cell, cell, cell)));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'));
}

/** Saves a blob as a file through the browser's own download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the address to the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
