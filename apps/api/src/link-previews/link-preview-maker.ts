import type { Language } from '@whispergifts/i18n';
import { Injectable, Logger } from '@nestjs/common';
import { access, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { ProblemException } from '../common/problem/problem';
import { isMediaName } from '../images/stored-image';
import type { StoredImage } from '../images/stored-image';
import { RegistryWrites } from '../registries/registry-writes.service';
import type { Theme, Visibility } from '../registries/registry.entity';
import { PREVIEW_FILE_NAME, PreviewFields, hasOwnPreview, previewFileName } from './preview-design';
import { registryPreviewText, renderPreview } from './preview-image';

interface Row {
  title: string;
  couple_names: string;
  event_date: string | null;
  theme: Theme;
  visibility: Visibility;
  header_image: StoredImage | null;
  link_preview: string | null;
  language: Language;
}

/** Thrown inside the recording transaction to roll it back (no version bump) when the registry changed meanwhile. */
class Superseded extends Error {}

const fieldsOf = (row: Row): PreviewFields => ({
  title: row.title,
  coupleNames: row.couple_names,
  eventDate: row.event_date,
  theme: row.theme,
  photo: row.header_image?.original ?? null,
  language: row.language,
});

const READ = `SELECT title, couple_names, event_date::text AS event_date, theme, visibility, header_image, link_preview, language FROM registries WHERE id = $1`;

/**
 * The worker's `link-preview` job (queued by a trigger whenever what the preview shows may have changed): makes the
 * registry's 1200×630 preview, records its name through RegistryWrites (keeping the version: the page's cache keys on
 * the name itself, so its HTML is rebuilt with it), and deletes the one it replaces. A list that is not public gets none, and loses the one it had, so its names
 * and photo stop being reachable. Safe to repeat: a preview that is current is left alone, and one made from fields
 * that changed meanwhile is discarded (the job the change queued makes the right one).
 */
@Injectable()
export class LinkPreviewMaker {
  private readonly logger = new Logger(LinkPreviewMaker.name);

  constructor(
    private readonly db: DataSource,
    private readonly writes: RegistryWrites,
    private readonly config: AppConfig,
  ) {}

  async make(registryId: string): Promise<string> {
    const [row] = (await this.db.query(READ, [registryId])) as Row[];
    if (!row) return 'gone';
    if (!hasOwnPreview(row.visibility)) return row.link_preview ? this.withdraw(registryId, row.link_preview) : 'generic';

    const name = previewFileName(fieldsOf(row));
    if (row.link_preview === name && (await this.exists(name))) return 'current';
    let image: Buffer;
    try {
      image = await renderPreview(registryPreviewText(fieldsOf(row)), row.header_image ? this.photoPath(row.header_image.original) : null);
    } catch (error) {
      // The photo was replaced or removed meanwhile (its file may be gone already): the newer job makes the right one.
      if (await this.stillShows(registryId, name)) throw error;
      return 'superseded';
    }
    await this.writeFile(name, image);
    try {
      await this.writes.byIdKeepingVersion(registryId, async (tx) => {
        if (!(await this.stillShows(registryId, name, tx))) throw new Superseded();
        await tx.query('UPDATE registries SET link_preview = $2 WHERE id = $1', [registryId, name]);
      });
    } catch (error) {
      if (error instanceof Superseded || (error instanceof ProblemException && error.getStatus() === 404)) {
        await this.remove(name);
        return 'superseded';
      }
      throw error;
    }
    if (row.link_preview && row.link_preview !== name) await this.remove(row.link_preview);
    this.logger.log(`made the link preview ${name} of registry ${registryId}`);
    return 'made';
  }

  /** Stops pointing at the preview first, then deletes it (a page never names a missing file). */
  private async withdraw(registryId: string, previous: string): Promise<string> {
    await this.writes.byIdKeepingVersion(registryId, (tx) => tx.query('UPDATE registries SET link_preview = NULL WHERE id = $1', [registryId]));
    await this.remove(previous);
    return 'withdrawn';
  }

  private async stillShows(registryId: string, name: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [row] = (await tx.query(READ, [registryId])) as Row[];
    return !!row && hasOwnPreview(row.visibility) && previewFileName(fieldsOf(row)) === name;
  }

  private photoPath(original: string): string {
    if (!isMediaName(original)) throw new Error(`not a media file name: ${JSON.stringify(original)}`);
    return join(this.config.mediaDir, original);
  }

  private path(name: string): string {
    if (!PREVIEW_FILE_NAME.test(name)) throw new Error(`not a preview file name: ${JSON.stringify(name)}`);
    return join(this.config.mediaDir, name);
  }

  /** Written under a temporary name and renamed: nginx never serves half a file. */
  private async writeFile(name: string, image: Buffer): Promise<void> {
    await mkdir(this.config.mediaDir, { recursive: true });
    const temporary = join(this.config.mediaDir, `.incoming-${randomBytes(16).toString('hex')}`);
    await writeFile(temporary, image, { mode: 0o644 });
    await rename(temporary, this.path(name));
  }

  private async exists(name: string): Promise<boolean> {
    return access(this.path(name)).then(
      () => true,
      () => false,
    );
  }

  private async remove(name: string): Promise<void> {
    await rm(this.path(name), { force: true }).catch((error: unknown) => this.logger.warn(`could not remove ${name}: ${String(error)}`));
  }
}
