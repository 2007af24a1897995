import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { QUEUES } from '../queues/queues';
import { Metrics } from './metrics.service';
import { poolGauges } from './pool-gauges';

/** The worker's figures: its queues, the outbox it relays from, and its PostgreSQL pool; read at scrape time. */
@Injectable()
export class WorkerMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly dataSource: DataSource,
    private readonly modules: ModuleRef,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const queues = Object.values(QUEUES).map((name) => this.modules.get<Queue>(getQueueToken(name), { strict: false }));
    new Gauge({
      name: 'queue_jobs',
      help: 'Jobs per queue and state: waiting (incl. delayed and prioritized), active, failed (kept for inspection).',
      labelNames: ['queue', 'state'],
      registers,
      async collect() {
        await Promise.all(
          queues.map(async (queue) => {
            const counts = await queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active', 'failed');
            this.set({ queue: queue.name, state: 'waiting' }, (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0));
            this.set({ queue: queue.name, state: 'active' }, counts.active ?? 0);
            this.set({ queue: queue.name, state: 'failed' }, counts.failed ?? 0);
          }),
        );
      },
    });
    const dataSource = this.dataSource;
    new Gauge({
      name: 'outbox_oldest_unsent_seconds',
      help: 'Age of the oldest job written with its data change but not yet relayed to its queue (0: none waiting).',
      registers,
      async collect() {
        const [row] = (await dataSource.query(
          'SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age FROM outbox_events WHERE relayed_at IS NULL',
        )) as { age: number }[];
        this.set(row.age);
      },
    });
    poolGauges(this.metrics, this.dataSource);
  }
}
