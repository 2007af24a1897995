import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Outbox } from '../outbox/outbox.service';
import { beat } from './heartbeat';

export const OUTBOX_POLL_MS = 1000;

/** In the worker: relays outbox events that no API process relayed (Redis was down, the process died). */
@Injectable()
export class OutboxPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxPoller.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly outbox: Outbox) {}

  onApplicationBootstrap() {
    const tick = () => {
      void beat();
      this.outbox
        .relay()
        .then((count) => count && this.logger.log(`relayed ${count} outbox event(s)`))
        .catch((error: unknown) => this.logger.warn(`outbox relay failed, will retry: ${String(error)}`))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, OUTBOX_POLL_MS);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  onApplicationShutdown() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
