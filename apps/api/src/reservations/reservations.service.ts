import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Session } from 'fastify';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { derivedToken, sha256 } from '../common/crypto/tokens';
import { ProblemException, notFound, validationProblem } from '../common/problem/problem';
import { GiftListItemDto } from '../gift-list/dto/gift-list.dto';
import { Item } from '../items/item.entity';
import { RegistriesService } from '../registries/registries.service';
import { assertGuestMayRead, surpriseHidden } from '../registries/guest-access';
import { RegistryWrites } from '../registries/registry-writes.service';
import { CreateReservationDto, ListReservationsQuery, OwnerReservationsDto, ReservationCreatedDto, ReservationUndoneDto } from './dto/reservation.dto';
import { IdempotencyKey } from './idempotency-key.entity';
import { Reservation } from './reservation.entity';

const UNDO_TOKEN_PREFIX = 'wgu_';

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
  ) {}

  /**
   * A guest reserves a gift. Writes to one registry are serialized by RegistryWrites, and the item update only
   * matches while enough is left; the database's CHECK constraint backs both. A retried request with the same
   * Idempotency-Key gets the first reservation back and reserves nothing new.
   */
  async reserve(slug: string, dto: CreateReservationDto, idempotencyKey: string | undefined, session: Session | undefined): Promise<ReservationCreatedDto> {
    const quantity = dto.quantity ?? 1;
    const requestHash = sha256(JSON.stringify([dto.itemId, quantity, dto.name, dto.email, dto.message ?? '']));
    try {
      return await this.writes.asGuest(slug, async (tx, registry) => {
        assertGuestMayRead({ ...registry, passwordHash: await passwordHashOf(tx, registry.id) }, session);
        if (idempotencyKey) await checkIdempotencyKey(tx, registry.id, idempotencyKey, requestHash);

        const [taken] = (await tx.query(
          `UPDATE items SET reserved_quantity = reserved_quantity + $3, version = version + 1, updated_at = clock_timestamp()
            WHERE id = $1 AND registry_id = $2 AND NOT archived AND (quantity IS NULL OR reserved_quantity + $3 <= quantity)
            RETURNING id`,
          [dto.itemId, registry.id, quantity],
        )) as [{ id: string }[], number];
        if (!taken.length) await explainRefusal(tx, registry.id, dto.itemId, quantity, this.config.mediaUrl);

        const reservationId = randomUUID();
        await tx.insert(Reservation, {
          id: reservationId,
          registryId: registry.id,
          itemId: dto.itemId,
          quantity,
          guestName: dto.name,
          guestEmail: dto.email,
          message: dto.message ?? '',
          undoTokenHash: sha256(this.undoToken(reservationId)),
          status: 'active',
        });
        if (idempotencyKey) await tx.insert(IdempotencyKey, { registryId: registry.id, key: idempotencyKey, requestHash, reservationId });
        // The e-mails follow the reservation: written with it, sent by the worker after the commit.
        await this.outbox.add(tx, QUEUES.email, 'reservation-confirmation', { reservationId });
        await this.outbox.add(tx, QUEUES.email, 'gift-reserved-notice', { reservationId });
        return this.created(tx, reservationId);
      });
    } catch (error) {
      if (error instanceof Replay) return this.created(this.reservations.manager, error.reservationId);
      throw error;
    }
  }

  /** Undoes a reservation with the token from the confirmation. Undoing twice is harmless. */
  async undo(token: string): Promise<ReservationUndoneDto> {
    const reservation = token.length <= 100 ? await this.reservations.findOneBy({ undoTokenHash: sha256(token) }) : null;
    if (!reservation) throw notFound('This reservation');
    if (reservation.status === 'cancelled')
      return { item: GiftListItemDto.from(await this.reservations.manager.findOneByOrFail(Item, { id: reservation.itemId }), this.config.mediaUrl) };
    return this.writes.byId(reservation.registryId, async (tx) => {
      const [cancelled] = (await tx.query(
        `UPDATE reservations SET status = 'cancelled', cancelled_at = now() WHERE id = $1 AND status = 'active' RETURNING quantity`,
        [reservation.id],
      )) as [{ quantity: number }[], number];
      if (cancelled.length) {
        await tx.query('UPDATE items SET reserved_quantity = reserved_quantity - $2, version = version + 1, updated_at = clock_timestamp() WHERE id = $1', [
          reservation.itemId,
          cancelled[0].quantity,
        ]);
      }
      return { item: GiftListItemDto.from(await tx.findOneByOrFail(Item, { id: reservation.itemId }), this.config.mediaUrl) };
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
        createdAt: r.createdAt.toISOString(),
        cancelledAt: r.cancelledAt?.toISOString() ?? null,
        guest: hidden ? null : { name: r.guestName, email: r.guestEmail, message: r.message },
      })),
    };
  }

  /** Derived from the server secret and the reservation id, so it can be shown again on a retry; only its hash is stored. */
  private undoToken(reservationId: string): string {
    return derivedToken(this.config.sessionSecret, 'reservation-undo', reservationId, UNDO_TOKEN_PREFIX);
  }

  private async created(manager: EntityManager, reservationId: string): Promise<ReservationCreatedDto> {
    const reservation = await manager.findOneByOrFail(Reservation, { id: reservationId });
    const item = await manager.findOneByOrFail(Item, { id: reservation.itemId });
    const undoToken = this.undoToken(reservation.id);
    return {
      reservation: {
        id: reservation.id,
        itemId: reservation.itemId,
        quantity: reservation.quantity,
        guestName: reservation.guestName,
        status: reservation.status,
        createdAt: reservation.createdAt.toISOString(),
      },
      undoToken,
      undoUrl: `${this.config.publicUrl}/reservations/undo/${undoToken}`,
      item: GiftListItemDto.from(item, this.config.mediaUrl),
    };
  }
}

async function passwordHashOf(tx: EntityManager, registryId: string): Promise<string | null> {
  const [row] = (await tx.query('SELECT password_hash FROM registries WHERE id = $1', [registryId])) as { password_hash: string | null }[];
  return row.password_hash;
}

async function checkIdempotencyKey(tx: EntityManager, registryId: string, key: string, requestHash: string): Promise<void> {
  const seen = await tx.findOneBy(IdempotencyKey, { registryId, key });
  if (!seen) return;
  if (seen.requestHash !== requestHash) {
    throw new ProblemException(422, 'idempotency-key-reused', 'This Idempotency-Key was used for a different reservation. Use a new key for a new request.');
  }
  throw new Replay(seen.reservationId);
}

/** The conditional update matched nothing: say why (unknown item, or not enough left). */
async function explainRefusal(tx: EntityManager, registryId: string, itemId: string, quantity: number, mediaUrl: string): Promise<never> {
  const item = await tx.findOneBy(Item, { id: itemId, registryId, archived: false });
  if (!item) throw notFound('This gift');
  const left = (item.quantity ?? 0) - item.reservedQuantity;
  throw new ProblemException(
    409,
    'not-enough-remaining',
    left === 0
      ? 'Someone was faster: this gift has just been reserved.'
      : `Only ${left} of this gift ${left === 1 ? 'is' : 'are'} still wanted; you asked for ${quantity}.`,
    { remaining: left, item: GiftListItemDto.from(item, mediaUrl) },
  );
}

function encodeCursor(r: Reservation): string {
  return Buffer.from(JSON.stringify([r.createdAt.toISOString(), r.id])).toString('base64url');
}

/** A cursor is client input: only what encodeCursor makes (an ISO instant PostgreSQL can hold, a UUID) is passed to SQL. */
function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (Array.isArray(value) && value.length === 2 && isIsoInstant(value[0]) && isUuid(value[1])) return [value[0], value[1]];
  } catch {
    // fall through
  }
  throw validationProblem([{ pointer: '#/cursor', detail: 'cursor must be a nextCursor value from a previous page' }]);
}

function isIsoInstant(value: unknown): value is string {
  // Years 0001-9999 only: PostgreSQL has no year 0, and toISOString() writes other years with a sign.
  return (
    typeof value === 'string' &&
    /^(?!0000)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString() === value
  );
}

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
