import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under the media directory (uploads, thumbnails, previews) with its size and SHA-256, by relative path. */
export async function mediaFiles(dir: string): Promise<Record<string, { bytes: number; sha256: string }>> {
  if (!existsSync(dir)) return {};
  const files: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dir);
  const result: Record<string, { bytes: number; sha256: string }> = {};
  for (const path of files.sort()) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    result[relative(dir, path)] = { bytes: statSync(path).size, sha256: hash.digest('hex') };
  }
  return result;
}
