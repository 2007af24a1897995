import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { type Codec, ownBytes } from './layered-cache';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
/** Output per round trip from the zlib thread: fewer, larger hand-overs to the event loop than the 16 KB default. */
const CHUNK_BYTES = 256 * 1024;

/** A finished response body, kept as bytes in every encoding we serve, so a hit never re-serializes or compresses. */
export interface CachedDocument {
  contentType: string;
  identity: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * Compresses on libuv's threadpool, never on the event loop: a large list takes hundreds of milliseconds of CPU
 * to compress, and done synchronously every other request of the process waited for it. One encoding after the
 * other, so a rebuild keeps at most one core busy and leaves the other to the event loop (on 2 cores).
 */
export async function makeDocument(contentType: string, identity: Buffer): Promise<CachedDocument> {
  const gzip = await gzipAsync(identity, { level: 6, chunkSize: CHUNK_BYTES });
  // Quality 5 compresses JSON nearly as well as 11 at a small fraction of the CPU.
  const brotli = await brotliAsync(identity, {
    chunkSize: CHUNK_BYTES,
    params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
  });
  return { contentType, identity, gzip, brotli };
}

export function bodyFor(document: CachedDocument, encoding: Encoding): Buffer {
  return encoding === 'br' ? document.brotli : encoding === 'gzip' ? document.gzip : document.identity;
}

/** Picks br, then gzip, then identity, honouring q-values (q=0 refuses). */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}

/** The encoded document as pieces that share the bodies' memory (no copy): each body after its length. */
function documentParts(d: CachedDocument): Buffer[] {
  return [Buffer.from(d.contentType), d.identity, d.gzip, d.brotli].flatMap((part) => {
    const length = Buffer.allocUnsafe(4);
    length.writeUInt32BE(part.length);
    return [length, part];
  });
}

/** Redis stores the three bodies in one value: [type length][type][identity length][identity][gzip length]... */
export const documentCodec: Codec<CachedDocument> = {
  encode: (d) => Buffer.concat(documentParts(d)),
  encodeParts: documentParts,
  decode: (bytes) => {
    const parts: Buffer[] = [];
    let offset = 0;
    for (let i = 0; i < 4; i++) {
      const length = bytes.readUInt32BE(offset);
      parts.push(bytes.subarray(offset + 4, offset + 4 + length));
      offset += 4 + length;
    }
    return { contentType: parts[0].toString(), identity: parts[1], gzip: parts[2], brotli: parts[3] };
  },
  size: (d) => d.identity.length + d.gzip.length + d.brotli.length + d.contentType.length,
  own: (d) => ({ contentType: d.contentType, identity: ownBytes(d.identity), gzip: ownBytes(d.gzip), brotli: ownBytes(d.brotli) }),
};
