import { sniffFormat } from './image-inspection';
import { imageFiles, isMediaName, newStoredImage, thumbnailWidths } from './stored-image';

describe('sniffFormat', () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe1], 'Exif')],
    ['png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'IHDR')],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['avif', bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'mif1miaf')],
    ['avif', bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'avif')],
    ['heic', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic')],
    ['svg', bytes('\uFEFF  <?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['svg', bytes('<!DOCTYPE svg><svg>')],
    ['empty', bytes()],
    [null, bytes('GIF89a')],
    [null, bytes('{"not": "an image"}')],
    [null, bytes([0, 0, 0, 0x18], 'ftypmp42', [0, 0, 0, 0], 'isommp42')],
    [null, bytes('<html><body>svg</body></html>')],
  ])('reads %s from the first bytes', (format, head) => {
    expect(sniffFormat(head)).toBe(format);
  });
});

describe('stored image names', () => {
  it('makes each width once, never wider than the image', () => {
    expect(thumbnailWidths(4000)).toEqual([160, 480, 800, 1200]);
    expect(thumbnailWidths(1000)).toEqual([160, 480, 800, 1000]);
    expect(thumbnailWidths(300)).toEqual([160, 300]);
    expect(thumbnailWidths(100)).toEqual([100]);
  });

  it('names files randomly, with a thumbnail key unrelated to the original, and lists every file an image may have', () => {
    const image = newStoredImage('jpg', 300, 200);
    expect(image.original).toMatch(/^[0-9a-f]{32}\.jpg$/);
    expect(image.original.startsWith(image.thumbnailKey)).toBe(false);
    expect(imageFiles(image)).toEqual([
      image.original,
      `${image.thumbnailKey}-160.webp`,
      `${image.thumbnailKey}-160.jpg`,
      `${image.thumbnailKey}-300.webp`,
      `${image.thumbnailKey}-300.jpg`,
    ]);
    expect(imageFiles(image).every(isMediaName)).toBe(true);
  });

  it.each(['../etc/passwd', 'photo.jpg', `${'a'.repeat(32)}.svg`, `${'a'.repeat(32)}.jpg/../x`, `.incoming-${'a'.repeat(32)}`])(
    'refuses %s as a media name',
    (name) => {
      expect(isMediaName(name)).toBe(false);
    },
  );
});
