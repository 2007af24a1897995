import { HttpException, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { replicaDataSourceOptions } from './data-source-options';

/** "Only data showing this registry at this version or newer will do": the version a cached copy will be keyed by. */
export interface VersionFence {
  registryId: string;
  version: number;
}

/**
 * How long the replica is left alone after it failed (refused a connection, cancelled a query), and how often a
 * replica that was down when the API started is tried again: the primary answers meanwhile.
 */
const RESTING_MS = 5_000;

/**
 * Reads that may come from the streaming replica (DATABASE_REPLICA_URL): public-list misses and owner reads.
 *
 * A replica lags, and a cached copy is keyed by the version the version store (always read from the primary) says
 * is current. So a read is sent to the replica only with a fence, and runs there in one REPEATABLE READ transaction,
 * one snapshot: its first statement reads the registry's version in that snapshot, and only if it is at least the
 * fence's does the work run there. Otherwise (replica behind, replica failing, no replica, no fence) the work runs
 * on the primary. Data older than the key it is stored under is never built, and a writer reads its own writes:
 * RegistryWrites publishes the new version before the write is answered, so the writer's next read carries a fence
 * the replica passes only once it has replayed that write. The API starts whether or not the replica is up: it
 * connects in the background, and until then the primary answers.
 */
@Injectable()
export class ReplicaReads implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReplicaReads.name);
  /** Where reads went: `behind` counts those the replica could not serve yet (they went to the primary). */
  readonly counts = { replica: 0, primary: 0, behind: 0, failed: 0 };
  private restingUntil = 0;
  private readonly replica: DataSource | null;
  private retry?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    const url = config.databaseReplicaUrl;
    this.replica = url ? new DataSource(replicaDataSourceOptions(url, config.databasePoolSize, dataSource.logger)) : null;
  }

  /** Whether reads may go to the replica: one is configured and connected. */
  get enabled(): boolean {
    return this.replica?.isInitialized ?? false;
  }

  /** Waits for the first attempt (so a replica that is up serves from the first request), never fails the start. */
  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    if (this.replica?.isInitialized) await this.replica.destroy();
  }

  private async connect(): Promise<void> {
    if (!this.replica || this.closed) return;
    try {
      await this.replica.initialize();
      // Shut down while connecting: let go of what was just opened.
      if (this.closed) await this.replica.destroy();
      else this.logger.log('connected to the read replica');
    } catch (error) {
      if (this.closed) return;
      this.logger.warn(`read replica unreachable, reading from the primary; trying again in ${RESTING_MS / 1000} s: ${String(error)}`);
      this.retry = setTimeout(() => void this.connect(), RESTING_MS);
      this.retry.unref();
    }
  }

  async read<T>(fence: VersionFence | null, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (fence && this.enabled && Date.now() >= this.restingUntil) {
      const answer = await this.onReplica(fence, work);
      if (answer) return answer.value;
    }
    this.counts.primary++;
    return work(this.dataSource.manager);
  }

  /** The work's answer from the replica, or null when the replica cannot vouch for the fence (or failed). */
  private async onReplica<T>(fence: VersionFence, work: (manager: EntityManager) => Promise<T>): Promise<{ value: T } | null> {
    const runner = this.replica!.createQueryRunner();
    let open = false;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      const [row] = (await runner.query('SELECT version::float8 AS version FROM registries WHERE id = $1', [fence.registryId])) as { version: number }[];
      if (!row || row.version < fence.version) {
        this.counts.behind++;
        return null;
      }
      const value = await work(runner.manager);
      this.counts.replica++;
      return { value };
    } catch (error) {
      // The work's own answer (404, 401) stands: the snapshot has this registry at the fence's version or newer.
      if (error instanceof HttpException) throw error;
      this.counts.failed++;
      this.restingUntil = Date.now() + RESTING_MS;
      this.logger.warn(`replica read failed, reading from the primary for ${RESTING_MS / 1000} s: ${String(error)}`);
      return null;
    } finally {
      if (open) await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }
}
