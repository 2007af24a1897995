import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Outbox } from '../outbox/outbox.service';
import { beat } from './heartbeat';

export const OUTBOX_POLL_MS = 1000;

/** In the worker: relays outbox events that no API process relayed (Redis was down, the process died). */
@Injectable()
export class OutboxPoller implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxPoller.name);
  private timer?: NodeJS.Timeout;
  private ticking?: Promise<unknown>;

  constructor(private readonly outbox: Outbox) {}

  onApplicationBootstrap() {
    const tick = () => {
      void beat();
      this.ticking = this.outbox
        .relay()
        .then((count) => count && this.logger.log(`relayed ${count} outbox event(s)`))
        .catch((error: unknown) => this.logger.warn(`outbox relay failed, will retry: ${String(error)}`))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, OUTBOX_POLL_MS);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** No new poll, and the one in flight finishes while PostgreSQL and the queues are open (see Outbox). */
  async beforeApplicationShutdown() {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.ticking;
  }

  onApplicationShutdown() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
