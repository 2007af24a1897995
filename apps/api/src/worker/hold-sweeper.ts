import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RegistryWrites } from '../registries/registry-writes.service';

export const HOLD_SWEEP_MS = 5000;

/**
 * In the worker: lapses held reservations nobody has looked at since their deadline. Reads and writes lapse
 * due holds themselves (RegistryVersions / RegistryWrites), exactly on time; this only makes sure units come
 * back, and the version moves, on a list nobody opens.
 */
@Injectable()
export class HoldSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HoldSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: RegistryWrites,
  ) {}

  /** Lapses the due holds of every registry that has some; returns how many registries it touched. */
  async sweep(): Promise<number> {
    const due = (await this.dataSource.query('SELECT id FROM registries WHERE holds_expire_at <= $1 ORDER BY holds_expire_at LIMIT 100', [new Date()])) as {
      id: string;
    }[];
    for (const { id } of due) await this.writes.lapseDueHolds(id);
    return due.length;
  }

  onApplicationBootstrap() {
    const tick = () => {
      this.sweep()
        .then((count) => count && this.logger.log(`lapsed due holds on ${count} registr${count === 1 ? 'y' : 'ies'}`))
        .catch((error: unknown) => this.logger.warn(`hold sweep failed, will retry: ${String(error)}`))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, HOLD_SWEEP_MS);
        });
    };
    this.timer = setTimeout(tick, HOLD_SWEEP_MS);
  }

  onApplicationShutdown() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
