import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Metrics } from './metrics.service';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The PostgreSQL pool: connections in use and requests waiting for one (the first sign the pool is too small). */
export function poolGauges(metrics: Metrics, dataSource: DataSource): void {
  const pool = () => (dataSource.driver as unknown as { master?: PgPool }).master;
  new Gauge({
    name: 'db_pool_connections',
    help: 'PostgreSQL pool connections by state: in use, idle, and callers waiting for one.',
    labelNames: ['state'],
    registers: [metrics.registry],
    collect() {
      const p = pool();
      if (!p) return;
      this.set({ state: 'in_use' }, p.totalCount - p.idleCount);
      this.set({ state: 'idle' }, p.idleCount);
      this.set({ state: 'waiting' }, p.waitingCount);
    },
  });
}
