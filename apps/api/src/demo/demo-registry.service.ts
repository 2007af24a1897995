import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Passwords } from '../accounts/passwords';
import { AppConfig } from '../common/config/app-config';
import { ItemsService } from '../items/items.service';
import { RegistriesService } from '../registries/registries.service';
import { DEMO_ITEMS, DEMO_LIST, DEMO_OWNER_EMAIL, DEMO_SLUG } from './demo-registry';

/**
 * The example list the landing page links to, made at start when DEMO_REGISTRY=true (docker compose sets it): an
 * owner nobody can sign in as and a public list of a few gifts, a fund and a group gift, made through the same
 * services as a couple's own (so through RegistryWrites). Idempotent: an existing list is left as it is, guests'
 * reservations included, and of two API copies starting at once, one makes it (an advisory lock).
 */
@Injectable()
export class DemoRegistryService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoRegistryService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly passwords: Passwords,
    private readonly registries: RegistriesService,
    private readonly items: ItemsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoRegistry) return;
    try {
      await this.ensure();
    } catch (error) {
      // An example list is not worth a failed start.
      this.logger.warn(`could not make the example list: ${String(error)}`);
    }
  }

  /**
   * Makes the example list unless it exists; returns its slug. The lock is a transaction's, not a session's: behind
   * PgBouncer in transaction pooling a session lock stays on whichever server connection took it, and the unlock may
   * run on another. And it is only tried, never waited for: a copy waiting inside a transaction would hold a server
   * connection the one making the list may need (its services write in transactions of their own).
   */
  async ensure(): Promise<string> {
    for (let attempt = 0; attempt < 300; attempt++) {
      if (await this.ensureUnderLock()) return DEMO_SLUG;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('another API copy has been making the example list for 30 s');
  }

  /** True once the list exists (found, or made here); false while another copy holds the lock. */
  private async ensureUnderLock(): Promise<boolean> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked', ['demo-registry'])) as {
        locked: boolean;
      }[];
      const [existing] = locked ? ((await runner.query('SELECT id FROM registries WHERE slug = $1', [DEMO_SLUG])) as { id: string }[]) : [];
      if (locked && !existing) {
        const ownerId = await this.owner(runner.manager.connection);
        const registry = await this.registries.create(ownerId, DEMO_LIST);
        for (const item of DEMO_ITEMS) await this.items.create(registry.id, ownerId, item);
        this.logger.log(`made the example list /r/${DEMO_SLUG}`);
      }
      await runner.commitTransaction();
      return locked;
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async owner(db: DataSource): Promise<string> {
    const passwordHash = await this.passwords.hash(randomBytes(32).toString('base64url'));
    const [row] = (await db.query(
      `INSERT INTO users (email, password_hash, display_name, role, email_verified_at) VALUES ($1, $2, 'Ana & Ben (example)', 'user', now())
       ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
      [DEMO_OWNER_EMAIL, passwordHash],
    )) as { id: string }[];
    return row.id;
  }
}
