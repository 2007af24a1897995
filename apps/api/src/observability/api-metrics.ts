import { Injectable, OnModuleInit } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { Caches } from '../caching/caches';
import { RegistryVersions } from '../caching/registry-versions.service';
import { LiveEvents } from '../live-updates/live-events.service';
import { Metrics } from './metrics.service';
import { collectTotals } from './monotonic';
import { poolGauges } from './pool-gauges';

/** The API process's own figures, read at scrape time from the components that keep them. */
@Injectable()
export class ApiMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly dataSource: DataSource,
    private readonly caches: Caches,
    private readonly versions: RegistryVersions,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const { caches, versions, live } = this;
    new Counter({
      name: 'cache_single_flight_waits_total',
      help: 'Requests that waited for another request (in this or another process) to build a missing document.',
      labelNames: ['cache'],
      registers,
      collect: collectTotals('cache', () => ({ documents: caches.documentFlights.waits })),
    });
    new Counter({
      name: 'version_lookups_total',
      help: "Registry version lookups by where they were answered: memory (this process's copy), redis or database.",
      labelNames: ['source'],
      registers,
      collect: collectTotals('source', () => ({ ...versions.store.lookups, database: versions.store.loads })),
    });
    new Gauge({
      name: 'live_event_streams_open',
      help: 'Guests’ event streams (live updates) open in this process.',
      registers,
      collect() {
        this.set(live.openStreams);
      },
    });
    poolGauges(this.metrics, this.dataSource);
  }
}
