import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { AppConfig } from '../common/config/app-config';

export const PROCESS_KIND = Symbol('PROCESS_KIND');
export type ProcessKind = 'api' | 'worker';

/**
 * This process's Prometheus metrics, served at `/metrics` on METRICS_PORT: a listener of its own, so nginx never
 * proxies it and a scrape never competes with guests for the API's port. Without METRICS_PORT nothing listens
 * (the metrics are still kept, and tests read them through `registry`).
 */
@Injectable()
export class Metrics implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Metrics.name);
  readonly registry = new Registry();
  private server?: Server;

  constructor(
    private readonly config: AppConfig,
    @Inject(PROCESS_KIND) kind: ProcessKind,
  ) {
    this.registry.setDefaultLabels({ process: kind });
    collectDefaultMetrics({ register: this.registry });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.metricsPort === null) return;
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: metrics are at /metrics\n');
        return;
      }
      this.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        (error: unknown) => {
          this.logger.error(`collecting metrics failed: ${String(error)}`);
          response.writeHead(500, { 'content-type': 'text/plain' }).end('Collecting metrics failed\n');
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.metricsPort ?? 0, this.config.metricsHost, () => resolve());
    });
    this.server = server;
  }

  /** The address the listener got (METRICS_PORT may be 0 in tests), or null. */
  get port(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address.port : null;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
