import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppConfig } from '../common/config/app-config';
import { isMediaName } from './stored-image';

/** MEDIA_DIR on disk: nginx serves it at MEDIA_URL; the API writes originals, the worker thumbnails. */
@Injectable()
export class MediaFiles {
  private readonly logger = new Logger(MediaFiles.name);

  constructor(private readonly config: AppConfig) {}

  path(name: string): string {
    if (!isMediaName(name)) throw new Error(`not a media file name: ${JSON.stringify(name)}`);
    return join(this.config.mediaDir, name);
  }

  /**
   * Where an upload is streamed before it is checked and its clean copy written (it is removed then). The name is
   * random and nothing links to it. MEDIA_DIR is made on first use, not at start.
   */
  async incomingPath(): Promise<string> {
    await mkdir(this.config.mediaDir, { recursive: true });
    return join(this.config.mediaDir, `.incoming-${randomBytes(16).toString('hex')}`);
  }

  /** Removes files, ignoring those already gone (so a repeated removal is harmless). */
  async remove(names: string[]): Promise<void> {
    await Promise.all(names.map((name) => rm(this.path(name), { force: true })));
  }

  /** For clean-ups after a failure: logs rather than hiding the first error. */
  async removeQuietly(paths: string[]): Promise<void> {
    for (const path of paths) {
      await rm(path, { force: true }).catch((error: unknown) => this.logger.warn(`could not remove ${path}: ${String(error)}`));
    }
  }
}
