import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';

/** What decides whether a gift list may be kept by a shared cache. */
export interface ListExposure {
  slug: string;
  visibility: string;
}

/** Public and unlisted lists are the same for everyone; password lists are never shared. */
export const isShareable = (list: ListExposure | null | undefined): list is ListExposure => !!list && list.visibility !== 'password';

/**
 * Which gift lists the edge may keep and serve stale while the API is down: one empty file per shareable slug in
 * EDGE_SHARE_DIR, which nginx reads (`-f`, nginx/whispergifts.conf.template). A list without a file is never taken
 * from nginx's cache, so a copy made while it was public cannot outlive the switch to private, API up or down.
 *
 * Fail-safe in both directions: the file is removed inside the transaction that makes a list private, moves it or
 * deletes it (a failure to remove fails the change) and again after the commit; it is added only after a commit that
 * leaves the list shareable, and then the database is asked again, so a write racing with it cannot leave a file
 * behind. A file that could not be added only costs caching.
 */
@Injectable()
export class EdgeShares implements OnApplicationBootstrap {
  private readonly logger = new Logger(EdgeShares.name);

  constructor(
    private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {}

  /** Lists made before this existed, or while no API ran (seeded, restored): marked once at start. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const shareable = await this.shareableSlugs();
      for (const slug of shareable) await this.add(slug);
      const still = new Set(await this.shareableSlugs());
      for (const slug of shareable) if (!still.has(slug)) await this.remove(slug);
    } catch (error) {
      this.logger.warn(`could not mark the shareable gift lists for the edge: ${String(error)}`);
    }
  }

  /** Inside the transaction of a change, after it: the old address stops being shared unless it still shows the same shareable list. */
  async beforeCommit(before: ListExposure, after: ListExposure | null): Promise<void> {
    if (isShareable(before) && !(isShareable(after) && after.slug === before.slug)) await this.remove(before.slug);
  }

  /** After the commit: each address shared exactly when the database says its list is shareable. */
  async afterCommit(...slugs: (string | undefined)[]): Promise<void> {
    for (const slug of new Set(slugs.filter((s): s is string => !!s))) {
      try {
        if (!(await this.shareableNow(slug))) {
          await this.remove(slug);
          continue;
        }
        await this.add(slug);
        if (!(await this.shareableNow(slug))) await this.remove(slug);
      } catch (error) {
        this.logger.warn(`could not update the edge's share mark of ${slug}: ${String(error)}`);
      }
    }
  }

  private async shareableNow(slug: string): Promise<boolean> {
    const [row] = (await this.db.query('SELECT slug, visibility FROM registries WHERE slug = $1', [slug])) as ListExposure[];
    return isShareable(row);
  }

  private async shareableSlugs(): Promise<string[]> {
    const rows = (await this.db.query("SELECT slug FROM registries WHERE visibility <> 'password'")) as { slug: string }[];
    return rows.map((r) => r.slug);
  }

  private async add(slug: string): Promise<void> {
    const path = this.path(slug);
    if (!path) return;
    await mkdir(this.config.edgeShareDir, { recursive: true, mode: 0o755 });
    await writeFile(path, '', { mode: 0o644 });
  }

  private async remove(slug: string): Promise<void> {
    const path = this.path(slug);
    if (path) await rm(path, { force: true });
  }

  /** Slugs are URL-safe by construction (registries/slug.ts); anything else never gets a file, so is never shared. */
  private path(slug: string): string | null {
    return /^[a-z0-9-]{1,100}$/.test(slug) ? join(this.config.edgeShareDir, slug) : null;
  }
}
