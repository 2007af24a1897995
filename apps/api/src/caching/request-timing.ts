import { AsyncLocalStorage } from 'node:async_hooks';
import { EntitySubscriberInterface, EventSubscriber } from 'typeorm';
import type { AfterQueryEvent } from 'typeorm/subscriber/event/QueryEvent';

/**
 * Per request: the time it spends in PostgreSQL (Server-Timing, the slow-request log) and its id (which jobs it
 * causes carry on). Each request runs inside its own store.
 */
export const requestTiming = new AsyncLocalStorage<{ dbMs: number; requestId?: string }>();

/** The id of the request being served, if any (nginx's X-Request-ID, or one of ours). */
export function currentRequestId(): string | undefined {
  return requestTiming.getStore()?.requestId;
}

export function databaseMilliseconds(): number {
  return requestTiming.getStore()?.dbMs ?? 0;
}

@EventSubscriber()
export class QueryTimingSubscriber implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    const store = requestTiming.getStore();
    if (store && event.executionTime) store.dbMs += event.executionTime;
  }
}
