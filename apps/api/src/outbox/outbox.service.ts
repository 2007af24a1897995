import { currentRequestId } from '../caching/request-timing';
import { InjectQueue } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { EventEmitter } from 'node:events';
import { DataSource, EntityManager, EntitySubscriberInterface, EventSubscriber } from 'typeorm';
import type { TransactionCommitEvent } from 'typeorm/subscriber/event/TransactionCommitEvent';
import type { TransactionRollbackEvent } from 'typeorm/subscriber/event/TransactionRollbackEvent';
import { randomUUID } from 'node:crypto';
import { QUEUES, QueueName } from '../queues/queues';
import { OutboxEvent } from './outbox-event.entity';

/** Told when a transaction that wrote outbox events has committed: which data source, and the events it wrote. */
const committed = new EventEmitter();
const WROTE_OUTBOX = 'whispergiftsOutbox';

/** An event as written, kept on the transaction's query runner until the commit so the writer can relay it as is. */
interface Written {
  id: string;
  queue: QueueName;
  name: string;
  payload: Record<string, unknown>;
  requestId: string | null;
}

@EventSubscriber()
export class OutboxCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown>;
    const written = data[WROTE_OUTBOX] as Written[] | undefined;
    if (!written) return;
    delete data[WROTE_OUTBOX];
    committed.emit('commit', event.queryRunner.connection, written);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    delete (event.queryRunner.data as Record<string, unknown>)[WROTE_OUTBOX];
  }
}

/** The columns of `outbox_events` a statement inserts from a prepared events' JSON (`jsonb_to_recordset($n::jsonb) AS e${OUTBOX_RECORDSET}`). */
export const OUTBOX_RECORDSET = '(id uuid, queue text, name text, payload jsonb, "requestId" text)';

export type PreparedEvent = Written;

/** One job to record: where it goes, its name, and ids (not objects) for the job to read when it runs. */
export interface OutboxEntry {
  queue: QueueName;
  name: string;
  payload: Record<string, unknown>;
}

const RELAY_TIMEOUT_MS = 3000;

/**
 * The transactional outbox. A job that must follow a data change (the e-mails after a reservation) is written
 * in the same transaction as the change, so it exists exactly when the change does, and is relayed to its
 * queue after the commit: at once by the process that wrote it, and by the worker's poll if that failed (Redis
 * down, process killed). The job id is the event id, so relaying an event twice still makes one job.
 */
@Injectable()
export class Outbox implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(Outbox.name);
  private readonly queues: Record<QueueName, Queue>;
  private relaying?: Promise<number>;
  /** Relays of just-committed events still running (shutdown waits for them). */
  private readonly inFlight = new Set<Promise<number>>();
  private again = false;
  /** Committed events waiting for the relay in progress (relayWritten), and that relay. */
  private readonly waiting: Written[] = [];
  private relayingWritten?: Promise<number>;
  private closing = false;
  private readonly onCommit = (source: DataSource, written: Written[]) => {
    if (source === this.dataSource) this.relayWritten(written);
  };

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.email) email: Queue,
    @InjectQueue(QUEUES.images) images: Queue,
    @InjectQueue(QUEUES.metrics) metrics: Queue,
    @InjectQueue(QUEUES.retention) retention: Queue,
    @InjectQueue(QUEUES.reminders) reminders: Queue,
    @InjectQueue(QUEUES.guestCards) guestCards: Queue,
    @InjectQueue(QUEUES.linkHealth) linkHealth: Queue,
  ) {
    this.queues = { email, images, metrics, retention, reminders, 'guest-cards': guestCards, 'link-health': linkHealth };
  }

  onApplicationBootstrap() {
    committed.on('commit', this.onCommit);
  }

  /**
   * A relay in flight finishes while PostgreSQL and the queues are still open (they close in onApplicationShutdown),
   * and none starts after. Otherwise it races the shutdown, loses its connection, and its pending timeout keeps
   * the process alive after close (what Jest reported as "a worker process has failed to exit gracefully").
   */
  async beforeApplicationShutdown() {
    this.closing = true;
    committed.off('commit', this.onCommit);
    await Promise.all([this.relaying, ...this.inFlight]);
  }

  onApplicationShutdown() {
    committed.off('commit', this.onCommit);
  }

  /** Records a job in the caller's transaction. Pass ids, not objects: the job reads what it needs when it runs. */
  async add(tx: EntityManager, queue: QueueName, name: string, payload: Record<string, unknown>): Promise<string> {
    const [id] = await this.addAll(tx, [{ queue, name, payload }]);
    return id;
  }

  /** Records several jobs in the caller's transaction, in one statement; returns their ids. */
  async addAll(tx: EntityManager, entries: OutboxEntry[]): Promise<string[]> {
    if (!entries.length) return [];
    const written = this.prepare(entries);
    const values = written.map((_, i) => `($${i * 4 + 1}::uuid, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}::jsonb, $${written.length * 4 + 1})`);
    await tx.query(`INSERT INTO outbox_events (id, queue, name, payload, request_id) VALUES ${values.join(', ')}`, [
      ...written.flatMap((e) => [e.id, e.queue, e.name, e.payload]),
      written[0].requestId,
    ]);
    this.recorded(tx, written);
    return written.map((e) => e.id);
  }

  /**
   * For a statement that writes its events itself (a CTE whose rows decide which): the events with their ids, as
   * `jsonb_to_recordset` reads them (`OUTBOX_RECORDSET`). Once it has run, `recorded` says which were written.
   */
  prepare(entries: OutboxEntry[]): PreparedEvent[] {
    const requestId = currentRequestId() ?? null;
    return entries.map((e) => ({ id: randomUUID(), ...e, requestId }));
  }

  /** Events the caller's statement wrote, to be relayed after its transaction commits. */
  recorded(tx: EntityManager, written: PreparedEvent[]): void {
    if (!tx.queryRunner || !written.length) return;
    const data = tx.queryRunner.data as Record<string, unknown>;
    data[WROTE_OUTBOX] = [...((data[WROTE_OUTBOX] as Written[] | undefined) ?? []), ...written];
  }

  /**
   * Events a statement wrote and committed on its own, in autocommit (a write done by one database function, as
   * RegistryWrites.asGuestInOneStatement runs it): no TypeORM transaction ends, so no commit tells the subscriber;
   * the caller says so once the statement has answered, and they are relayed as after any commit.
   */
  relayCommitted(written: PreparedEvent[]): void {
    if (written.length) this.relayWritten(written);
  }

  /**
   * After the commit, the writer relays what it wrote as it wrote it: no read of the outbox, no transaction, one
   * statement to mark the events relayed. Events committed while a relay runs wait for it and then go together (one
   * round trip to Redis per queue, one statement): under a burst of reservations the relay keeps up in batches
   * instead of costing three round trips per reservation. Should the worker's poll take the same events meanwhile,
   * the job id is the event id, so the queue still holds one job each. A failure leaves them pending for the poll.
   */
  private relayWritten(written: Written[]): void {
    if (this.closing) return;
    this.waiting.push(...written);
    if (this.relayingWritten) return;
    const run = this.relayWaiting().finally(() => {
      this.relayingWritten = undefined;
      this.inFlight.delete(run);
    });
    this.relayingWritten = run;
    this.inFlight.add(run);
  }

  /** Relays what waits, batch after batch, until nothing does; returns how many were relayed. */
  private async relayWaiting(): Promise<number> {
    let relayed = 0;
    while (this.waiting.length) {
      const batch = this.waiting.splice(0);
      try {
        await withTimeout(this.enqueueAll(batch), RELAY_TIMEOUT_MS);
        await this.dataSource.query('UPDATE outbox_events SET relayed_at = now() WHERE id = ANY($1::uuid[]) AND relayed_at IS NULL', [batch.map((e) => e.id)]);
        relayed += batch.length;
      } catch (error) {
        this.logger.warn(`outbox relay failed, the worker's poll will retry: ${String(error)}`);
      }
    }
    return relayed;
  }

  /** Adds the events' jobs, each queue's in one round trip. */
  private async enqueueAll(events: Written[]): Promise<void> {
    const byQueue = new Map<QueueName, Written[]>();
    for (const e of events) byQueue.set(e.queue, [...(byQueue.get(e.queue) ?? []), e]);
    await Promise.all(
      [...byQueue].map(([queue, batch]) => this.queues[queue].addBulk(batch.map((e) => ({ name: e.name, data: jobData(e), opts: { jobId: e.id } })))),
    );
  }

  private enqueue(e: Pick<Written, 'id' | 'queue' | 'name' | 'payload' | 'requestId'>) {
    return this.queues[e.queue].add(e.name, jobData(e), { jobId: e.id });
  }

  /** Relays soon, without waiting; a failure is logged and left to the next attempt. */
  kick(): void {
    if (this.closing) return;
    if (this.relaying) {
      this.again = true;
      return;
    }
    this.relaying = this.relay()
      .catch((error: unknown) => {
        this.logger.warn(`outbox relay failed, will retry: ${String(error)}`);
        return 0;
      })
      .finally(() => {
        this.relaying = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Moves pending events to their queues; returns how many. Rows stay pending if Redis does not take them. */
  async relay(batch = 100): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const events = (await tx.query(
        `SELECT id, queue, name, payload, request_id AS "requestId" FROM outbox_events WHERE relayed_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batch],
      )) as Pick<OutboxEvent, 'id' | 'queue' | 'name' | 'payload' | 'requestId'>[];
      if (!events.length) return 0;
      await withTimeout(Promise.all(events.map((e) => this.enqueue({ ...e, queue: e.queue as QueueName }))), RELAY_TIMEOUT_MS);
      await tx.query('UPDATE outbox_events SET relayed_at = now() WHERE id = ANY($1::uuid[])', [events.map((e) => e.id)]);
      return events.length;
    });
  }
}

/** A job's data: the event's payload, its id, and the request that caused it (for the logs). */
function jobData(e: Pick<Written, 'id' | 'payload' | 'requestId'>): Record<string, unknown> {
  return { ...e.payload, outboxId: e.id, ...(e.requestId ? { requestId: e.requestId } : {}) };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the queue did not answer within ${ms} ms`)), ms);
    }),
  ]);
}
