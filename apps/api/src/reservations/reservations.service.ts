import { decodeCursor, encodeCursor } from '../common/http/cursor-page';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Session } from 'fastify';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { RateLimits } from '../common/http/rate-limits';
import { addressPart, storedAddress } from '../common/http/guest-contact.dto';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { derivedToken, sha256 } from '../common/crypto/tokens';
import { ProblemException, notFound, validationProblem, msg } from '../common/problem/problem';
import { GiftListItemDto } from '../gift-list/dto/gift-list.dto';
import { Item } from '../items/item.entity';
import { RegistriesService } from '../registries/registries.service';
import { assertGuestMayRead, surpriseHidden } from '../registries/guest-access';
import { RegistryWrites } from '../registries/registry-writes.service';
import { Registry } from '../registries/registry.entity';
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
import { lapseDueHolds, noteHold, refreshHoldsExpiry } from './holds';
import { IdempotencyKey } from './idempotency-key.entity';
import { Reservation } from './reservation.entity';
import type { ReservationStatus } from './reservation.entity';

const UNDO_TOKEN_PREFIX = 'wgu_';
const CONFIRM_TOKEN_PREFIX = 'wgc_';

/** Thrown inside the write transaction when the Idempotency-Key was seen before: roll back, answer with the first result. */
class Replay extends Error {
  constructor(readonly reservationId: string) {
    super('replay');
  }
}

@Injectable()
export class ReservationsService {
  constructor(
    @InjectRepository(Reservation) private readonly reservations: Repository<Reservation>,
    private readonly writes: RegistryWrites,
    private readonly registries: RegistriesService,
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly rateLimits: RateLimits,
  ) {}

  /**
   * A guest reserves a gift. Writes to one registry are serialized by RegistryWrites, and the item update only
   * matches while enough is left; the database's CHECK constraint backs both. A retried request with the same
   * Idempotency-Key gets the first reservation back and reserves nothing new.
   */
  async reserve(
    slug: string,
    dto: CreateReservationDto,
    idempotencyKey: string | undefined,
    client: { session: Session | undefined; ip: string },
  ): Promise<ReservationCreatedDto> {
    const quantity = dto.quantity ?? 1;
    const requestHash = sha256(JSON.stringify([dto.itemId, quantity, dto.name, dto.email, dto.message ?? '', ...addressPart(dto.address)]));
    try {
      return await this.writes.asGuest(slug, async (tx, registry) => {
        assertGuestMayRead({ ...registry, passwordHash: await passwordHashOf(tx, registry.id) }, client.session);
        if (idempotencyKey) await checkIdempotencyKey(tx, registry.id, idempotencyKey, requestHash);
        // After the replay check, so a retried request is answered even when the limit is spent since.
        await this.rateLimits.consume('reservation-ip', `${registry.id}:${client.ip}`, 'reservations from your connection on this gift list');
        await this.rateLimits.consume('reservation-email', `${registry.id}:${mailboxOf(dto.email)}`, 'reservations with this e-mail address on this gift list');

        const [taken] = (await tx.query(
          `UPDATE items SET reserved_quantity = reserved_quantity + $3, version = version + 1, updated_at = clock_timestamp()
            WHERE id = $1 AND registry_id = $2 AND NOT archived AND kind = 'gift' AND (quantity IS NULL OR (reserved_quantity + $3 <= quantity AND $3 <= $4))
            RETURNING id`,
          [dto.itemId, registry.id, quantity, this.config.reservationMaxUnits],
        )) as [{ id: string }[], number];
        if (!taken.length) await explainRefusal(tx, registry.id, dto.itemId, quantity, this.config);

        const reservationId = randomUUID();
        const heldUntil = (await this.mustHold(tx, registry)) ? new Date(Date.now() + this.config.reservationHoldMinutes * 60_000) : null;
        await tx.insert(Reservation, {
          id: reservationId,
          registryId: registry.id,
          itemId: dto.itemId,
          quantity,
          guestName: dto.name,
          guestEmail: dto.email,
          message: dto.message ?? '',
          guestAddress: storedAddress(dto.address),
          undoTokenHash: sha256(this.undoToken(reservationId)),
          status: heldUntil ? 'held' : 'active',
          heldUntil,
          confirmTokenHash: heldUntil ? sha256(this.confirmToken(reservationId)) : null,
        });
        if (idempotencyKey) await tx.insert(IdempotencyKey, { registryId: registry.id, key: idempotencyKey, requestHash, reservationId });
        // The e-mails follow the reservation: written with it, sent by the worker after the commit.
        if (heldUntil) {
          await noteHold(tx, registry.id, heldUntil);
          await this.outbox.add(tx, QUEUES.email, 'reservation-hold', { reservationId });
        } else {
          await this.announce(tx, reservationId);
        }
        return this.created(tx, reservationId);
      });
    } catch (error) {
      if (error instanceof Replay) return this.created(this.reservations.manager, error.reservationId);
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
        await this.announce(tx, reservation.id);
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
      // Undone by a second tab meanwhile: cancel() changes nothing then, and the answer says so.
      const changed = await cancel(tx, reservation.registryId, reservation.id);
      await tellOwnersOfUndo(tx, this.outbox, reservation.id, changed);
      return { item: GiftListItemDto.from(await tx.findOneByOrFail(Item, { id: reservation.itemId }), this.config.mediaUrl), alreadyUndone: !changed };
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
  async listForOwner(registryId: string, userId: string, query: ListReservationsQuery): Promise<OwnerReservationsDto> {
    const registry = await this.registries.findOwned(registryId, userId);
    const limit = query.limit ?? 100;
    const status = query.status ?? 'active';
    const hidden = surpriseHidden(registry);
    const qb = this.reservations
      .createQueryBuilder('res')
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

  /**
   * Held when the couple wants every reservation confirmed, or when the registry has had RESERVATION_HOLD_AFTER
   * reservations in the last RESERVATION_HOLD_WINDOW_MINUTES (a burst, as when one client locks a list). Exact:
   * writes to one registry run one at a time.
   */
  private async mustHold(tx: EntityManager, registry: Registry): Promise<boolean> {
    if (registry.guestsConfirmByEmail) return true;
    const since = new Date(Date.now() - this.config.reservationHoldWindowMinutes * 60_000);
    const [{ n }] = (await tx.query('SELECT count(*)::int AS n FROM reservations WHERE registry_id = $1 AND created_at > $2', [registry.id, since])) as {
      n: number;
    }[];
    return n >= this.config.reservationHoldAfter;
  }

  /** The e-mails of an active reservation: the guest's confirmation with the undo link, and the couple's notice. */
  private async announce(tx: EntityManager, reservationId: string): Promise<void> {
    await this.outbox.add(tx, QUEUES.email, 'reservation-confirmation', { reservationId });
    await this.outbox.add(tx, QUEUES.email, 'gift-reserved-notice', { reservationId });
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
  const [cancelled] = (await tx.query(
    `UPDATE reservations r SET status = 'cancelled', cancelled_at = now()
       FROM reservations before WHERE r.id = $1 AND r.registry_id = $2 AND r.status IN ('active', 'held') AND before.id = r.id
     RETURNING r.item_id, r.quantity, before.status AS was`,
    [reservationId, registryId],
  )) as [{ item_id: string; quantity: number; was: ReservationStatus }[], number];
  if (!cancelled.length) return null;
  await tx.query('UPDATE items SET reserved_quantity = reserved_quantity - $2, version = version + 1, updated_at = clock_timestamp() WHERE id = $1', [
    cancelled[0].item_id,
    cancelled[0].quantity,
  ]);
  if (cancelled[0].was === 'held') await refreshHoldsExpiry(tx, registryId);
  return cancelled[0].was;
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

export async function passwordHashOf(tx: EntityManager, registryId: string): Promise<string | null> {
  const [row] = (await tx.query('SELECT password_hash FROM registries WHERE id = $1', [registryId])) as { password_hash: string | null }[];
  return row.password_hash;
}

async function checkIdempotencyKey(tx: EntityManager, registryId: string, key: string, requestHash: string): Promise<void> {
  const seen = await tx.findOneBy(IdempotencyKey, { registryId, key });
  if (!seen) return;
  if (seen.requestHash !== requestHash) {
    throw new ProblemException(422, 'idempotency-key-reused', msg('problems:reservations.idempotency-key-reused'));
  }
  throw new Replay(seen.reservationId);
}

/** The conditional update matched nothing: say why (unknown item, more units than one reservation may take, or not enough left). */
async function explainRefusal(tx: EntityManager, registryId: string, itemId: string, quantity: number, config: AppConfig): Promise<never> {
  const item = await tx.findOneBy(Item, { id: itemId, registryId, archived: false });
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
  throw new ProblemException(
    409,
    'not-enough-remaining',
    left === 0
      ? 'Someone was faster: this gift has just been reserved.'
      : `Only ${left} of this gift ${left === 1 ? 'is' : 'are'} still wanted; you asked for ${quantity}.`,
    { remaining: left, item: GiftListItemDto.from(item, config.mediaUrl) },
  );
}
