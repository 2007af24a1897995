import { Injectable, Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { LinkChecker } from './link-checker';
import { LINK_CHECK_CONCURRENCY, LINK_CHECK_MAX_PER_RUN, LINK_HEALTH_EMAIL, RECHECK_AFTER_DAYS, type LinkHealthEmail } from './link-health.jobs';

interface Due {
  id: string;
  registry_id: string;
  url: string;
}

/**
 * Checks every shop link not checked in the last RECHECK_AFTER_DAYS (or changed since), a few hosts at a time and
 * each host's links one after another with a pause between, then e-mails each couple once about links that have
 * newly died or run out of stock. Results live in item_link_checks, not on items: no version moves, so no guest
 * list is rebuilt and guests never see them. Bookkeeping only, so not through RegistryWrites.
 */
@Injectable()
export class LinkHealthSweep {
  private readonly logger = new Logger(LinkHealthSweep.name);

  constructor(
    private readonly db: DataSource,
    private readonly checker: LinkChecker,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many links were checked. */
  async sweep(now = new Date()): Promise<number> {
    const due = (await this.db.query(
      `SELECT i.id, i.registry_id, i.url FROM items i LEFT JOIN item_link_checks c ON c.item_id = i.id
        WHERE i.url IS NOT NULL AND NOT i.archived
          AND (c.item_id IS NULL OR c.url <> i.url OR c.checked_at < $1::timestamptz - make_interval(days => $2))
        ORDER BY c.checked_at NULLS FIRST, i.id LIMIT $3`,
      [now, RECHECK_AFTER_DAYS, LINK_CHECK_MAX_PER_RUN],
    )) as Due[];
    const byHost = new Map<string, Due[]>();
    for (const item of due) {
      const host = hostOf(item.url);
      byHost.set(host, [...(byHost.get(host) ?? []), item]);
    }
    const hosts = [...byHost.values()];
    const lane = async () => {
      for (let links = hosts.shift(); links; links = hosts.shift()) {
        for (const [index, item] of links.entries()) {
          if (index > 0) await sleep(this.config.linkCheckHostDelayMs);
          await this.checkOne(item, now);
        }
      }
    };
    await Promise.all(Array.from({ length: LINK_CHECK_CONCURRENCY }, lane));
    await this.notify();
    return due.length;
  }

  private async checkOne(item: Due, now: Date): Promise<void> {
    const verdict = await this.checker.check(item.url).catch((error: unknown) => {
      this.logger.warn(`link check of item ${item.id} failed: ${String(error)}`);
      return { status: 'unknown' as const, reason: 'error' };
    });
    await this.db.query(
      `INSERT INTO item_link_checks (item_id, registry_id, url, status, reason, checked_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (item_id) DO UPDATE SET url = EXCLUDED.url, status = EXCLUDED.status, reason = EXCLUDED.reason, checked_at = EXCLUDED.checked_at`,
      [item.id, item.registry_id, item.url, verdict.status, verdict.reason, now],
    );
  }

  /** One e-mail per registry listing the links that newly went dead or out of stock; each change is told once. */
  private async notify(): Promise<void> {
    await this.db.transaction(async (tx) => {
      const changed = (await tx.query(
        `UPDATE item_link_checks SET notified_status = status
          WHERE status IN ('dead', 'out-of-stock') AND notified_status IS DISTINCT FROM status
          RETURNING registry_id, item_id`,
      )) as [{ registry_id: string; item_id: string }[], number];
      const byRegistry = new Map<string, string[]>();
      for (const row of changed[0]) byRegistry.set(row.registry_id, [...(byRegistry.get(row.registry_id) ?? []), row.item_id]);
      for (const [registryId, itemIds] of byRegistry) {
        await this.outbox.add(tx, QUEUES.email, LINK_HEALTH_EMAIL, { registryId, itemIds } satisfies LinkHealthEmail);
      }
      // A link that recovered is told again should it die later.
      await tx.query(`UPDATE item_link_checks SET notified_status = NULL WHERE status = 'ok' AND notified_status IS NOT NULL`);
    });
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
