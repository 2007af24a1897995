import { AsyncLocalStorage } from 'node:async_hooks';
import { EntitySubscriberInterface, EventSubscriber } from 'typeorm';
import type { AfterQueryEvent } from 'typeorm/subscriber/event/QueryEvent';

/** Time a request spends in PostgreSQL, for Server-Timing. Each request runs inside its own store. */
export const requestTiming = new AsyncLocalStorage<{ dbMs: number }>();

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
