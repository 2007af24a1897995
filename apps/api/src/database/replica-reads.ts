import { HttpException, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** "Only data showing this registry at this version or newer will do": the version a cached copy will be keyed by. */
export interface VersionFence {
  registryId: string;
  version: number;
}

/** How long the replica is left alone after it failed (refused a connection, cancelled a query): the primary answers meanwhile. */
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
 * the replica passes only once it has replayed that write.
 */
@Injectable()
export class ReplicaReads {
  private readonly logger = new Logger(ReplicaReads.name);
  /** Where reads went: `behind` counts those the replica could not serve yet (they went to the primary). */
  readonly counts = { replica: 0, primary: 0, behind: 0, failed: 0 };
  private restingUntil = 0;

  constructor(private readonly dataSource: DataSource) {}

  get enabled(): boolean {
    return 'replication' in this.dataSource.options && this.dataSource.options.replication !== undefined;
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
    const runner = this.dataSource.createQueryRunner('slave');
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
