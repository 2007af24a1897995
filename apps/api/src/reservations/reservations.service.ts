import { decodeCursor, encodeCursor } from '../common/http/cursor-page';
import { ReplicaReads, VersionFence } from '../database/replica-reads';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Session } from 'fastify';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { RateLimits } from '../common/http/rate-limits';
import { addressPart, storedAddress } from '../common/http/guest-contact.dto';
import { Outbox, OutboxEntry } from '../outbox/outbox.service';
import { hydrate } from '../database/hydrate';
import { QUEUES } from '../queues/queues';
import { derivedToken, sha256 } from '../common/crypto/tokens';
import { ProblemException, notFound, validationProblem, msg } from '../common/problem/problem';
import { GiftListItemDto } from '../gift-list/dto/gift-list.dto';
import { Item } from '../items/item.entity';
import { RegistriesService } from '../registries/registries.service';
import { surpriseHidden } from '../registries/guest-access';
import { RegistryWrites } from '../registries/registry-writes.service';
import {
  CreateReservationDto,
  ListReservationsQuery,
  OwnerReservationsDto,
  ReservationConfirmedDto,
  ReservationCreatedDto,
  ReservationUndoneDto,
  ReservationUndoPreviewDto,
  ItemWithdrawnDto,
} from './dto/reservation.dto';
import { lapseDueHolds, refreshHoldsExpiry } from './holds';
import { Reservation } from './reservation.entity';
import type { ReservationStatus } from './reservation.entity';

const UNDO_TOKEN_PREFIX = 'wgu_';
const CONFIRM_TOKEN_PREFIX = 'wgc_';

@Injectable()
export class ReservationsService {
  constructor(
    @InjectRepository(Reservation) private readonly reservations: Repository<Reservation>,
    private readonly writes: RegistryWrites,
    private readonly registries: RegistriesService,
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly rateLimits: RateLimits,
    private readonly replica: ReplicaReads,
  ) {}

  /**
   * A guest reserves a gift. Writes to one registry are serialized by RegistryWrites, and the item update only
   * matches while enough is left; the database's CHECK constraint backs both. A retried request with the same
   * Idempotency-Key gets the first reservation back and reserves nothing new.
   *
   * Under the registry lock goes only what must see the list as it is, in one round trip: reserve_gift (migration
   * 1765100000000) touches the registry, takes the units, decides the hold, records the reservation, its key and its
   * e-mails. The key look-up, the rate limits, hashing and the tokens come before it; the answer is built from what
   * the function returned.
   */
  async reserve(
    slug: string,
    dto: CreateReservationDto,
    idempotencyKey: string | undefined,
    client: { session: Session | undefined; ip: string },
  ): Promise<ReservationCreatedDto> {
    const quantity = dto.quantity ?? 1;
    const requestHash = sha256(JSON.stringify([dto.itemId, quantity, dto.name, dto.email, dto.message ?? '', ...addressPart(dto.address)]));
    const known = await this.writes.guestRegistry(slug, client.session);
    // A key once recorded never changes, so a replay is answered without the lock; a key first seen here is
    // recorded in the transaction, and a retry racing this one meets the primary key (handled below).
    const replay = idempotencyKey ? await findIdempotencyKey(this.reservations.manager, known.id, idempotencyKey, requestHash) : null;
    if (replay) return this.created(this.reservations.manager, replay);
    // After the replay check, so a retried request is answered even when the limit is spent since.
    try {
      await this.rateLimits.consume('reservation-ip', `${known.id}:${client.ip}`, 'reservations from your connection on this gift list');
      await this.rateLimits.consume('reservation-email', `${known.id}:${mailboxOf(dto.email)}`, 'reservations with this e-mail address on this gift list');
    } catch (error) {
      // Copies of one request sent at once all pass the look-up above while the first is still being written: once
      // it has committed, a copy that met the limit is that request's answer, not a 429.
      const first = idempotencyKey
        ? await this.writes.afterWritesInFlight(known.id, (tx) => findIdempotencyKey(tx, known.id, idempotencyKey, requestHash))
        : null;
      if (first) return this.created(this.reservations.manager, first);
      throw error;
    }

    const reservationId = randomUUID();
    const heldUntil = new Date(Date.now() + this.config.reservationHoldMinutes * 60_000);
    const holdWindowStart = new Date(Date.now() - this.config.reservationHoldWindowMinutes * 60_000);
    // The e-mails follow the reservation, written by the same function (which ones depends on the hold it decides),
    // sent by the worker after the commit.
    const held = this.outbox.prepare([email('reservation-hold', reservationId)]);
    const active = this.outbox.prepare(this.announcement(reservationId));
    const manager = this.reservations.manager;
    try {
      const row = await this.writes.asGuestInOneStatement<ReservedRow>(slug, client.session, {
        fn: 'reserve_gift',
        args: {
          p_item: dto.itemId,
          p_quantity: quantity,
          p_max_units: this.config.reservationMaxUnits,
          p_window_start: holdWindowStart,
          p_hold_after: this.config.reservationHoldAfter,
          p_held_until: heldUntil,
          p_id: reservationId,
          p_name: dto.name,
          p_email: dto.email,
          p_message: dto.message ?? '',
          p_address: storedAddress(dto.address),
          p_undo_token_hash: sha256(this.undoToken(reservationId)),
          p_confirm_token_hash: sha256(this.confirmToken(reservationId)),
          p_key: idempotencyKey ?? null,
          p_request_hash: requestHash,
          p_held_events: JSON.stringify(held),
          p_active_events: JSON.stringify(active),
        },
        written: (reserved) => (reserved.held_until ? held : active),
        refused: (_refusal, item) => explainRefusal(item ? hydrate(manager, Item, item as Record<string, unknown>) : null, quantity, this.config),
      });
      const undoToken = this.undoToken(reservationId);
      return {
        reservation: {
          id: reservationId,
          itemId: dto.itemId,
          quantity,
          guestName: dto.name,
          status: row.status,
          heldUntil: row.held_until?.toISOString() ?? null,
          createdAt: row.created_at.toISOString(),
        },
        undoToken,
        undoUrl: `${this.config.publicUrl}/reservations/undo/${undoToken}`,
        item: GiftListItemDto.from(hydrate(manager, Item, row.item), this.config.mediaUrl),
      };
    } catch (error) {
      // The same key, sent twice at once: the first recorded it while this one waited for the lock.
      if (idempotencyKey && isDuplicateOf(error, 'idempotency_keys')) {
        const first = await findIdempotencyKey(manager, known.id, idempotencyKey, requestHash);
        if (first) return this.created(manager, first);
      }
      throw error;
    }
  }

  /**
   * The guest confirms a held reservation with the link from the e-mail: it becomes active and the usual
   * confirmation and notice go out. Confirming twice is harmless; past `heldUntil` it has lapsed (410).
   */
  async confirm(token: string): Promise<ReservationConfirmedDto> {
    const reservation = token.length <= 100 ? await this.reservations.findOneBy({ confirmTokenHash: sha256(token) }) : null;
    if (!reservation) throw notFound('reservation');
    // The outcome leaves the transaction as a value: a 410 thrown inside would roll back the lapse it found.
    const outcome = await this.writes.byId(reservation.registryId, async (tx) => {
      await lapseDueHolds(tx, reservation.registryId, new Date());
      const [confirmed] = (await tx.query(`UPDATE reservations SET status = 'active', held_until = NULL WHERE id = $1 AND status = 'held' RETURNING id`, [
        reservation.id,
      ])) as [{ id: string }[], number];
      if (confirmed.length) {
        await refreshHoldsExpiry(tx, reservation.registryId);
        await this.outbox.addAll(tx, this.announcement(reservation.id));
      }
      return this.confirmed(tx, reservation.id);
    });
    if (outcome.reservation.status === 'lapsed') {
      throw new ProblemException(410, 'reservation-lapsed', msg('problems:reservations.reservation-lapsed'), {
        item: outcome.item,
      });
    }
    if (outcome.reservation.status === 'cancelled') {
      throw new ProblemException(410, 'reservation-cancelled', msg('problems:reservations.reservation-cancelled'), { item: outcome.item });
    }
    return outcome;
  }

  /** Undoes a reservation with the token from the confirmation. Undoing twice is harmless. */
  async undo(token: string): Promise<ReservationUndoneDto> {
    const reservation = token.length <= 100 ? await this.reservations.findOneBy({ undoTokenHash: sha256(token) }) : null;
    if (!reservation) throw notFound('reservation');
    if (reservation.status === 'cancelled' || reservation.status === 'lapsed') {
      const item = await this.reservations.manager.findOneByOrFail(Item, { id: reservation.itemId });
      return { item: GiftListItemDto.from(item, this.config.mediaUrl), alreadyUndone: true };
    }
    return this.writes.byId(reservation.registryId, async (tx) => {
      // Undone by a second tab meanwhile: nothing changes then, and the answer says so.
      const cancelled = await cancelReturningItem(tx, reservation.registryId, reservation.id);
      await tellOwnersOfUndo(tx, this.outbox, reservation.id, cancelled?.was ?? null);
      const item = cancelled?.item ?? (await tx.findOneByOrFail(Item, { id: reservation.itemId }));
      return { item: GiftListItemDto.from(item, this.config.mediaUrl), alreadyUndone: !cancelled };
    });
  }

  /** The undo page's first look (a read, so a mail scanner opening the link undoes nothing). */
  async undoPreview(token: string): Promise<ReservationUndoPreviewDto> {
    const [row] =
      token.length <= 100
        ? ((await this.reservations.query(
            `SELECT i.name AS item_name, r.quantity, r.status, g.slug, g.title, g.couple_names
               FROM reservations r JOIN items i ON i.id = r.item_id JOIN registries g ON g.id = r.registry_id
              WHERE r.undo_token_hash = $1`,
            [sha256(token)],
          )) as { item_name: string; quantity: number; status: ReservationStatus; slug: string; title: string; couple_names: string }[])
        : [];
    if (!row) throw notFound('reservation');
    return {
      itemName: row.item_name,
      quantity: row.quantity,
      status: row.status,
      registry: { slug: row.slug, title: row.title, coupleNames: row.couple_names },
    };
  }

  /**
   * The couple releases a reservation (a guest who locked too much, or one they know won't buy it): the units
   * come back and the guest is told by e-mail. The couple learns nothing about the guest, surprise mode or not.
   * Releasing one already cancelled (or undone) is harmless: 204 again, no second e-mail.
   */
  async release(registryId: string, reservationId: string, userId: string): Promise<void> {
    await this.writes.asOwner(registryId, userId, async (tx, registry) => {
      if (await cancel(tx, registry.id, reservationId)) {
        await this.outbox.add(tx, QUEUES.email, 'reservation-released', { reservationId });
        return;
      }
      if (!(await tx.existsBy(Reservation, { id: reservationId, registryId: registry.id }))) throw notFound('reservation');
    });
  }

  /**
   * The couple takes a reserved gift off the list: every reservation of it is released (each guest told by e-mail, as
   * for one release) and the item is archived, hidden from guests. It is not deleted: the e-mails and the couple's
   * records still need its rows; once nothing is reserved, deleting it for good is allowed.
   */
  async withdrawItem(registryId: string, itemId: string, userId: string): Promise<ItemWithdrawnDto> {
    return this.writes.asOwner(registryId, userId, async (tx, registry) => {
      const archived = (await tx.query(
        `UPDATE items SET archived = true, version = version + 1, updated_at = clock_timestamp() WHERE id = $1 AND registry_id = $2 RETURNING id`,
        [itemId, registry.id],
      )) as [unknown[], number];
      if (!archived[0].length) throw notFound('item');
      const open = await tx.find(Reservation, {
        where: [
          { itemId, status: 'active' },
          { itemId, status: 'held' },
        ],
        select: { id: true },
      });
      let released = 0;
      for (const { id } of open) {
        if (!(await cancel(tx, registry.id, id))) continue;
        await this.outbox.add(tx, QUEUES.email, 'reservation-released', { reservationId: id });
        released++;
      }
      return { released };
    });
  }

  /** The couple's view, newest first, paginated. Surprise mode hides the guests until the reveal date. */
  /** One page of an owned registry's reservations (from the replica when it has caught up with `fence`). */
  listForOwner(registryId: string, userId: string, query: ListReservationsQuery, fence: VersionFence | null = null): Promise<OwnerReservationsDto> {
    return this.replica.read(fence, (manager) => this.ownerPage(manager, registryId, userId, query));
  }

  private async ownerPage(manager: EntityManager, registryId: string, userId: string, query: ListReservationsQuery): Promise<OwnerReservationsDto> {
    const registry = await this.registries.findOwned(registryId, userId, manager);
    const limit = query.limit ?? 100;
    const status = query.status ?? 'active';
    const hidden = surpriseHidden(registry);
    const qb = manager
      .createQueryBuilder(Reservation, 'res')
      .innerJoin(Item, 'item', 'item.id = res.item_id')
      .addSelect('item.name', 'item_name')
      .where('res.registry_id = :registryId', { registryId: registry.id })
      .orderBy('res.created_at', 'DESC')
      .addOrderBy('res.id', 'DESC')
      .limit(limit + 1);
    if (status !== 'all') qb.andWhere('res.status = :status', { status });
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor);
      qb.andWhere('(res.created_at, res.id) < (:createdAt, :id)', { createdAt, id });
    }
    const { entities, raw } = await qb.getRawAndEntities<{ item_name: string }>();
    const page = entities.slice(0, limit);
    const last = page.at(-1);
    return {
      surpriseHidden: hidden,
      revealDate: registry.revealDate,
      nextCursor: entities.length > limit && last ? encodeCursor(last) : null,
      reservations: page.map((r, i) => ({
        id: r.id,
        itemId: r.itemId,
        itemName: raw[i].item_name,
        quantity: r.quantity,
        status: r.status,
        heldUntil: r.heldUntil?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
        cancelledAt: r.cancelledAt?.toISOString() ?? null,
        guest: hidden ? null : { name: r.guestName, email: r.guestEmail, message: r.message, address: r.guestAddress },
      })),
    };
  }

  /** The e-mails of an active reservation: the guest's confirmation with the undo link, and the couple's notice. */
  private announcement(reservationId: string): OutboxEntry[] {
    return [email('reservation-confirmation', reservationId), email('gift-reserved-notice', reservationId)];
  }

  /** For the link in a held reservation's e-mail; derived like the undo token, only its hash is stored. */
  private confirmToken(reservationId: string): string {
    return derivedToken(this.config.sessionSecret, 'reservation-confirm', reservationId, CONFIRM_TOKEN_PREFIX);
  }

  /** Derived from the server secret and the reservation id, so it can be shown again on a retry; only its hash is stored. */
  private undoToken(reservationId: string): string {
    return derivedToken(this.config.sessionSecret, 'reservation-undo', reservationId, UNDO_TOKEN_PREFIX);
  }

  private async created(manager: EntityManager, reservationId: string): Promise<ReservationCreatedDto> {
    const { reservation, item } = await this.confirmed(manager, reservationId);
    const undoToken = this.undoToken(reservation.id);
    return { reservation, undoToken, undoUrl: `${this.config.publicUrl}/reservations/undo/${undoToken}`, item };
  }

  /** The reservation as its guest sees it, with its item as it is now. */
  private async confirmed(manager: EntityManager, reservationId: string): Promise<ReservationConfirmedDto> {
    const reservation = await manager.findOneByOrFail(Reservation, { id: reservationId });
    const item = await manager.findOneByOrFail(Item, { id: reservation.itemId });
    return {
      reservation: {
        id: reservation.id,
        itemId: reservation.itemId,
        quantity: reservation.quantity,
        guestName: reservation.guestName,
        status: reservation.status,
        heldUntil: reservation.heldUntil?.toISOString() ?? null,
        createdAt: reservation.createdAt.toISOString(),
      },
      item: GiftListItemDto.from(item, this.config.mediaUrl),
    };
  }
}

/** Cancels a reservation that still holds units (active or held) and gives them back; its status before, or null when it held none. */
export async function cancel(tx: EntityManager, registryId: string, reservationId: string): Promise<ReservationStatus | null> {
  return (await cancelReturningItem(tx, registryId, reservationId))?.was ?? null;
}

/** As cancel(), and the item as it is after (from the same statement), for an answer that shows it. */
export async function cancelReturningItem(
  tx: EntityManager,
  registryId: string,
  reservationId: string,
): Promise<{ was: ReservationStatus; item: Item } | null> {
  const [rows] = (await tx.query(
    `WITH cancelled AS (
       UPDATE reservations r SET status = 'cancelled', cancelled_at = now()
         FROM reservations before WHERE r.id = $1 AND r.registry_id = $2 AND r.status IN ('active', 'held') AND before.id = r.id
       RETURNING r.item_id, r.quantity, before.status AS was)
     UPDATE items i SET reserved_quantity = i.reserved_quantity - c.quantity, version = i.version + 1, updated_at = clock_timestamp()
       FROM cancelled c WHERE i.id = c.item_id
     RETURNING i.*, c.was AS cancelled_was`,
    [reservationId, registryId],
  )) as [(Record<string, unknown> & { cancelled_was: ReservationStatus })[], number];
  if (!rows.length) return null;
  const was = rows[0].cancelled_was;
  if (was === 'held') await refreshHoldsExpiry(tx, registryId);
  return { was, item: hydrate(tx, Item, rows[0]) };
}

/**
 * A guest undid an active reservation (undo link, or release on their page): the couple, who were told of it,
 * hear that it is free again. A held one was never announced, so there is nothing to take back.
 */
export async function tellOwnersOfUndo(tx: EntityManager, outbox: Outbox, reservationId: string, was: ReservationStatus | null): Promise<void> {
  if (was === 'active') await outbox.add(tx, QUEUES.email, 'gift-unreserved-notice', { reservationId });
}

/** The mailbox an address delivers to, for counting: `may+1@x` and `may+2@x` are one guest. */
export function mailboxOf(email: string): string {
  return email.toLowerCase().replace(/\+[^@]*@/, '@');
}

/** The reservation a key was first used for, or 422 when it came with a different request; null for a new key. */
async function findIdempotencyKey(manager: EntityManager, registryId: string, key: string, requestHash: string): Promise<string | null> {
  // Plain SQL: every keyed reservation asks this first, and the query builder's work per call showed in profiles.
  const [seen] = (await manager.query('SELECT request_hash, reservation_id FROM idempotency_keys WHERE registry_id = $1 AND key = $2', [registryId, key])) as {
    request_hash: string;
    reservation_id: string;
  }[];
  if (!seen) return null;
  if (seen.request_hash !== requestHash) {
    throw new ProblemException(422, 'idempotency-key-reused', msg('problems:reservations.idempotency-key-reused'));
  }
  return seen.reservation_id;
}

const email = (name: string, reservationId: string): OutboxEntry => ({ queue: QUEUES.email, name, payload: { reservationId } });

/** What reserve_gift answers (migration 1765100000000): the reservation's status and times, and the item as it now is. */
interface ReservedRow {
  registry_id: string;
  status: ReservationStatus;
  held_until: Date | null;
  created_at: Date;
  item: Record<string, unknown>;
}

/** A unique violation on `table`: a row another transaction committed first. */
export function isDuplicateOf(error: unknown, table: string): boolean {
  const cause = (error as { driverError?: { code?: string; table?: string } }).driverError;
  return cause?.code === '23505' && cause.table === table;
}

/**
 * The conditional update in reserve_gift matched nothing: say why from the item as the function saw it under the lock
 * (null when unknown or archived): a money gift, more units than one reservation may take, or not enough left.
 */
function explainRefusal(item: Item | null, quantity: number, config: AppConfig): never {
  if (!item) throw notFound('gift');
  if (item.kind !== 'gift') {
    throw new ProblemException(409, 'use-pledges', msg('problems:reservations.use-pledges'), {
      item: GiftListItemDto.from(item, config.mediaUrl),
    });
  }
  // One guest taking a whole stack of a counted gift is how a list gets locked; unlimited gifts (funds) have no stack.
  if (item.quantity !== null && quantity > config.reservationMaxUnits) {
    throw validationProblem([
      {
        pointer: '#/quantity',
        code: 'too-large',
        limit: config.reservationMaxUnits,
        detail: `quantity can be at most ${config.reservationMaxUnits} per reservation of this gift`,
      },
    ]);
  }
  const left = (item.quantity ?? 0) - item.reservedQuantity;
  throw new ProblemException(409, 'not-enough-remaining', msg('problems:reservations.not-enough-remaining', { left, quantity }), {
    remaining: left,
    item: GiftListItemDto.from(item, config.mediaUrl),
  });
}
