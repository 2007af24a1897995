import { Injectable } from '@nestjs/common';
import { ReplicaReads, VersionFence } from '../database/replica-reads';
import { InjectRepository } from '@nestjs/typeorm';
import type { Session } from 'fastify';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { derivedToken, sha256 } from '../common/crypto/tokens';
import { RateLimits } from '../common/http/rate-limits';
import type { WritePreconditions } from '../common/http/preconditions.decorator';
import { ProblemException, notFound, validationProblem, msg } from '../common/problem/problem';
import { GiftListItemDto } from '../gift-list/dto/gift-list.dto';
import { Item } from '../items/item.entity';
import { OUTBOX_RECORDSET, Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { surpriseHidden } from '../registries/guest-access';
import { RegistriesService } from '../registries/registries.service';
import { RegistryWrites } from '../registries/registry-writes.service';
import { Registry } from '../registries/registry.entity';
import { addressPart, storedAddress } from '../common/http/guest-contact.dto';
import { decodeCursor, encodeCursor } from '../common/http/cursor-page';
import { isDuplicateOf, mailboxOf } from '../reservations/reservations.service';
import { hydrate } from '../database/hydrate';
import { defaultMinContribution, majorUnits, remainingAmount } from './dto/money';
import {
  CreatePledgeDto,
  GuestPledgeDto,
  ListPledgesQuery,
  OwnerPledgeDto,
  OwnerPledgesDto,
  PledgeCreatedDto,
  PledgeTotalsDto,
  PledgeUndoneDto,
  PledgeUndoPreviewDto,
  UpdatePledgeDto,
} from './dto/pledge.dto';
import { paymentFor } from './payment';
import { PledgeIdempotencyKey } from './pledge-idempotency-key.entity';
import { Pledge } from './pledge.entity';
import type { PledgeStatus } from './pledge.entity';
import { pledgeReference } from './reference';
import { recordReceived } from './received';

const UNDO_TOKEN_PREFIX = 'wgp_';
const REFERENCE_ATTEMPTS = 8;

@Injectable()
export class PledgesService {
  constructor(
    @InjectRepository(Pledge) private readonly pledges: Repository<Pledge>,
    private readonly writes: RegistryWrites,
    private readonly registries: RegistriesService,
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly rateLimits: RateLimits,
    private readonly replica: ReplicaReads,
  ) {}

  /**
   * A guest pledges an amount to a fund or group gift. Writes to one registry are serialized by RegistryWrites;
   * the item update only matches while the amount fits, and the database's CHECK backs it. A retried request with
   * the same Idempotency-Key gets the first pledge back and pledges nothing new.
   */
  async pledge(
    slug: string,
    dto: CreatePledgeDto,
    idempotencyKey: string | undefined,
    client: { session: Session | undefined; ip: string },
  ): Promise<PledgeCreatedDto> {
    const requestHash = sha256(JSON.stringify([dto.itemId, dto.amount, dto.name, dto.email, dto.message ?? '', ...addressPart(dto.address)]));
    // As for reservations: a replay and the rate limits need no lock; the key is recorded in the transaction.
    const known = await this.writes.guestRegistry(slug, client.session);
    const replay = idempotencyKey ? await findIdempotencyKey(this.pledges.manager, known.id, idempotencyKey, requestHash) : null;
    if (replay) return this.created(this.pledges.manager, replay);
    try {
      await this.rateLimits.consume('pledge-ip', `${known.id}:${client.ip}`, 'pledges from your connection on this gift list');
      await this.rateLimits.consume('pledge-email', `${known.id}:${mailboxOf(dto.email)}`, 'pledges with this e-mail address on this gift list');
    } catch (error) {
      // As for reservations: a copy of a request being written that met the limit gets that request's answer.
      const first = idempotencyKey
        ? await this.writes.afterWritesInFlight(known.id, (tx) => findIdempotencyKey(tx, known.id, idempotencyKey, requestHash))
        : null;
      if (first) return this.created(this.pledges.manager, first);
      throw error;
    }

    const pledgeId = randomUUID();
    const guest = {
      id: pledgeId,
      itemId: dto.itemId,
      amount: dto.amount,
      guestName: dto.name,
      guestEmail: dto.email,
      message: dto.message ?? '',
      guestAddress: storedAddress(dto.address),
      undoTokenHash: sha256(this.undoToken(pledgeId)),
    };
    // The e-mails follow the pledge, written by its own statement, sent by the worker after the commit.
    const emails = this.outbox.prepare([
      { queue: QUEUES.email, name: 'pledge-confirmation', payload: { pledgeId } },
      { queue: QUEUES.email, name: 'pledge-notice', payload: { pledgeId } },
    ]);
    try {
      return await this.writes.asGuest(slug, client.session, async (tx, registry) => {
        // A SELECT (the CTE's answer): TypeORM hands back the rows themselves.
        const rows = (await tx.query(PLEDGE_SQL, [
          dto.itemId,
          registry.id,
          dto.amount,
          defaultMinContribution(registry.currency),
          pledgeId,
          guest.guestName,
          guest.guestEmail,
          guest.message,
          guest.guestAddress,
          guest.undoTokenHash,
          pledgeReference(4),
          idempotencyKey ?? null,
          requestHash,
          JSON.stringify(emails),
        ])) as PledgedRow[];
        if (!rows.length) await this.explainRefusal(tx, registry, dto);
        const row = rows[0];
        let recorded = row.pledge_reference ? { reference: row.pledge_reference, createdAt: row.pledge_created_at! } : null;
        if (recorded) this.outbox.recorded(tx, emails);
        else {
          // The reference drawn was taken (rare): the amount is already counted, so draw again for the pledge alone.
          recorded = await insertPledge(tx, { ...guest, registryId: registry.id });
          if (!recorded) throw new ProblemException(503, 'service-unavailable', msg('problems:pledges.service-unavailable'));
          if (idempotencyKey) await tx.insert(PledgeIdempotencyKey, { registryId: registry.id, key: idempotencyKey, requestHash, pledgeId });
          await this.outbox.addAll(tx, emails);
        }
        const currency = registry.currency.trim();
        const undoToken = this.undoToken(pledgeId);
        return {
          pledge: {
            id: pledgeId,
            itemId: dto.itemId,
            amount: dto.amount,
            currency,
            guestName: dto.name,
            status: 'pledged',
            reference: recorded.reference,
            createdAt: recorded.createdAt.toISOString(),
          },
          undoToken,
          undoUrl: `${this.config.publicUrl}/pledges/undo/${undoToken}`,
          item: GiftListItemDto.from(hydrate(tx, Item, row), this.config.mediaUrl),
          payment: paymentFor(registry.giving, currency, dto.amount, recorded.reference),
        };
      });
    } catch (error) {
      // The same key, sent twice at once: the first recorded it while this one waited for the lock.
      if (idempotencyKey && isDuplicateOf(error, 'pledge_idempotency_keys')) {
        const first = await findIdempotencyKey(this.pledges.manager, known.id, idempotencyKey, requestHash);
        if (first) return this.created(this.pledges.manager, first);
      }
      throw error;
    }
  }

  /** Undoes a pledge with the token from the confirmation: its amount is free again. Undoing twice is harmless; a received pledge stays. */
  async undo(token: string): Promise<PledgeUndoneDto> {
    const pledge = token.length <= 100 ? await this.pledges.findOneBy({ undoTokenHash: sha256(token) }) : null;
    if (!pledge) throw notFound('pledge');
    if (pledge.status === 'received') {
      throw new ProblemException(409, 'conflict', msg('problems:pledges.conflict'));
    }
    if (pledge.status === 'cancelled') return { item: await this.guestItem(this.pledges.manager, pledge.itemId), alreadyUndone: true };
    return this.writes.byId(pledge.registryId, async (tx) => {
      const item = await cancelReturningItem(tx, pledge.registryId, pledge.id);
      if (!item) return { item: await this.guestItem(tx, pledge.itemId), alreadyUndone: true };
      return { item: GiftListItemDto.from(item, this.config.mediaUrl), alreadyUndone: false };
    });
  }

  /** The undo page's first look (a read, so a mail scanner opening the link undoes nothing). */
  async undoPreview(token: string): Promise<PledgeUndoPreviewDto> {
    const [row] =
      token.length <= 100
        ? ((await this.pledges.query(
            `SELECT i.name AS item_name, p.amount::float8 AS amount, p.status, g.currency, g.slug, g.title, g.couple_names
               FROM pledges p JOIN items i ON i.id = p.item_id JOIN registries g ON g.id = p.registry_id
              WHERE p.undo_token_hash = $1`,
            [sha256(token)],
          )) as { item_name: string; amount: number; status: PledgeStatus; currency: string; slug: string; title: string; couple_names: string }[])
        : [];
    if (!row) throw notFound('pledge');
    return {
      itemName: row.item_name,
      amount: row.amount,
      currency: row.currency,
      status: row.status,
      registry: { slug: row.slug, title: row.title, coupleNames: row.couple_names },
    };
  }

  /** The couple marks a pledge received (the money arrived), with what arrived; If-Match with the list's or registry's tag. */
  markReceived(registryId: string, pledgeId: string, userId: string, dto: UpdatePledgeDto, preconditions?: WritePreconditions): Promise<OwnerPledgeDto> {
    return this.writes.asOwner(
      registryId,
      userId,
      async (tx, registry) => {
        const pledge = await tx.findOneBy(Pledge, { id: pledgeId, registryId: registry.id });
        if (!pledge) throw notFound('pledge');
        if (pledge.status === 'cancelled') throw new ProblemException(409, 'conflict', msg('problems:pledges.conflict-2'));
        await recordReceived(tx, pledge, dto.receivedAmount ?? pledge.receivedAmount ?? pledge.amount, registry.currency.trim());
        const [row] = await this.ownerRows(tx, registry, { ids: [pledge.id] });
        return row;
      },
      preconditions,
    );
  }

  /** The couple's view, newest first, paginated, with totals over the whole registry. Surprise mode hides the guests. */
  /** One page of an owned registry's pledges with the totals (from the replica when it has caught up with `fence`). */
  listForOwner(registryId: string, userId: string, query: ListPledgesQuery, fence: VersionFence | null = null): Promise<OwnerPledgesDto> {
    return this.replica.read(fence, (manager) => this.ownerPage(manager, registryId, userId, query));
  }

  private async ownerPage(manager: EntityManager, registryId: string, userId: string, query: ListPledgesQuery): Promise<OwnerPledgesDto> {
    const registry = await this.registries.findOwned(registryId, userId, manager);
    const limit = query.limit ?? 100;
    const rows = await this.ownerRows(manager, registry, {
      status: query.status ?? 'active',
      cursor: query.cursor ? decodeCursor(query.cursor) : undefined,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      surpriseHidden: surpriseHidden(registry),
      revealDate: registry.revealDate,
      pledges: page,
      totals: await totals(manager, registry.id),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: new Date(last.createdAt), id: last.id }) : null,
    };
  }

  private async ownerRows(
    manager: EntityManager,
    registry: Registry,
    filter: { ids?: string[]; status?: ListPledgesQuery['status']; cursor?: [string, string]; limit?: number },
  ): Promise<OwnerPledgeDto[]> {
    const hidden = surpriseHidden(registry);
    const qb = manager
      .createQueryBuilder(Pledge, 'p')
      .innerJoin(Item, 'item', 'item.id = p.item_id')
      .addSelect('item.name', 'item_name')
      .where('p.registry_id = :registryId', { registryId: registry.id })
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC');
    if (filter.ids) qb.andWhere('p.id IN (:...ids)', { ids: filter.ids });
    if (filter.status === 'active') qb.andWhere("p.status IN ('pledged', 'received')");
    else if (filter.status && filter.status !== 'all') qb.andWhere('p.status = :status', { status: filter.status });
    if (filter.cursor) qb.andWhere('(p.created_at, p.id) < (:createdAt, :id)', { createdAt: filter.cursor[0], id: filter.cursor[1] });
    if (filter.limit) qb.limit(filter.limit);
    const { entities, raw } = await qb.getRawAndEntities<{ item_name: string }>();
    return entities.map((p, i) => ({
      id: p.id,
      itemId: p.itemId,
      itemName: raw[i].item_name,
      amount: p.amount,
      currency: registry.currency.trim(),
      status: p.status,
      receivedAmount: p.receivedAmount,
      reference: p.reference,
      createdAt: p.createdAt.toISOString(),
      receivedAt: p.receivedAt?.toISOString() ?? null,
      cancelledAt: p.cancelledAt?.toISOString() ?? null,
      guest: hidden ? null : { name: p.guestName, email: p.guestEmail, message: p.message, address: p.guestAddress },
    }));
  }

  /** The conditional update matched nothing: say why, naming what the guest can do instead. */
  private async explainRefusal(tx: EntityManager, registry: Registry, dto: CreatePledgeDto): Promise<never> {
    const item = await tx.findOneBy(Item, { id: dto.itemId, registryId: registry.id, archived: false });
    if (!item) throw notFound('gift');
    const shown = GiftListItemDto.from(item, this.config.mediaUrl);
    if (item.kind === 'gift') {
      throw new ProblemException(409, 'use-reservations', msg('problems:pledges.use-reservations'), { item: shown });
    }
    const left = remainingAmount(item);
    const currency = registry.currency.trim();
    if (left !== null && dto.amount > left) {
      throw new ProblemException(
        409,
        'pledge-exceeds-target',
        msg('problems:pledges.exceeds-target', {
          funded: left === 0 ? 'yes' : 'no',
          left: majorUnits(left, currency),
          currency,
          offered: majorUnits(dto.amount, currency),
        }),
        { remainingAmount: left, item: shown },
      );
    }
    const min = item.minContribution ?? defaultMinContribution(currency);
    throw validationProblem([
      { pointer: '#/amount', code: 'too-small', limit: min, detail: `amount must be at least ${min} (${majorUnits(min, currency)} ${currency})` },
    ]);
  }

  /** Derived from the server secret and the pledge id, so it can be shown again on a retry; only its hash is stored. */
  private undoToken(pledgeId: string): string {
    return derivedToken(this.config.sessionSecret, 'pledge-undo', pledgeId, UNDO_TOKEN_PREFIX);
  }

  private async guestItem(manager: EntityManager, itemId: string): Promise<GiftListItemDto> {
    return GiftListItemDto.from(await manager.findOneByOrFail(Item, { id: itemId }), this.config.mediaUrl);
  }

  private async created(manager: EntityManager, pledgeId: string): Promise<PledgeCreatedDto> {
    const pledge = await manager.findOneByOrFail(Pledge, { id: pledgeId });
    const registry = await manager.findOneByOrFail(Registry, { id: pledge.registryId });
    const currency = registry.currency.trim();
    const undoToken = this.undoToken(pledge.id);
    const guest: GuestPledgeDto = {
      id: pledge.id,
      itemId: pledge.itemId,
      amount: pledge.amount,
      currency,
      guestName: pledge.guestName,
      status: pledge.status,
      reference: pledge.reference,
      createdAt: pledge.createdAt.toISOString(),
    };
    return {
      pledge: guest,
      undoToken,
      undoUrl: `${this.config.publicUrl}/pledges/undo/${undoToken}`,
      item: await this.guestItem(manager, pledge.itemId),
      payment: paymentFor(registry.giving, currency, pledge.amount, pledge.reference),
    };
  }
}

/**
 * A pledge in one statement, under the registry lock: count the amount on the item (only while it fits: at least the
 * minimum, or exactly what is left however small, and within the target unless overfunding is allowed), record the
 * pledge under the reference drawn and its Idempotency-Key, write its e-mails to the outbox ($14, prepared events). Returns the item as it now is plus the pledge's reference
 * and time (null when the reference was taken), or no row when the amount did not fit ($1 item, $2 registry,
 * $3 amount, $4 default minimum, $5 id, $6–$10 guest and token hash, $11 reference, $12–$13 key and request hash).
 */
const PLEDGE_SQL = `
  WITH taken AS (
    UPDATE items SET pledged_amount = pledged_amount + $3, pledge_count = pledge_count + 1, version = version + 1, updated_at = clock_timestamp()
     WHERE id = $1 AND registry_id = $2 AND NOT archived AND kind <> 'gift'
       AND ($3 >= coalesce(min_contribution, $4) OR (target_amount IS NOT NULL AND NOT allow_overfunding AND pledged_amount + $3 = target_amount))
       AND (allow_overfunding OR target_amount IS NULL OR pledged_amount + $3 <= target_amount)
    RETURNING *
  ), pledge AS (
    INSERT INTO pledges (id, registry_id, item_id, amount, guest_name, guest_email, message, guest_address, undo_token_hash, reference)
    SELECT $5, $2, taken.id, $3, $6, $7, $8, $9, $10, $11 FROM taken
    ON CONFLICT (reference) DO NOTHING
    RETURNING reference, created_at
  ), key AS (
    INSERT INTO pledge_idempotency_keys (registry_id, key, request_hash, pledge_id) SELECT $2, $12, $13, $5 FROM pledge WHERE $12::text IS NOT NULL
  ), emails AS (
    INSERT INTO outbox_events (id, queue, name, payload, request_id)
    SELECT e.id, e.queue, e.name, e.payload, e."requestId" FROM pledge, jsonb_to_recordset($14::jsonb) AS e${OUTBOX_RECORDSET}
  )
  SELECT taken.*, pledge.reference AS pledge_reference, pledge.created_at AS pledge_created_at FROM taken LEFT JOIN pledge ON true`;

interface PledgedRow extends Record<string, unknown> {
  pledge_reference: string | null;
  pledge_created_at: Date | null;
}

/**
 * Inserts the pledge under a fresh reference (after the first draw collided); on the rare collision (ON CONFLICT, so the transaction stays usable)
 * it draws again, longer after a few tries. Returns the reference, or null when every draw collided.
 */
async function insertPledge(
  tx: EntityManager,
  p: Pick<Pledge, 'id' | 'registryId' | 'itemId' | 'amount' | 'guestName' | 'guestEmail' | 'message' | 'guestAddress' | 'undoTokenHash'>,
): Promise<{ reference: string; createdAt: Date } | null> {
  for (let attempt = 1; attempt < REFERENCE_ATTEMPTS; attempt++) {
    const reference = pledgeReference(attempt < REFERENCE_ATTEMPTS / 2 ? 4 : 6);
    // TypeORM answers an INSERT with its rows (an UPDATE with [rows, count]).
    const inserted = (await tx.query(
      `INSERT INTO pledges (id, registry_id, item_id, amount, guest_name, guest_email, message, guest_address, undo_token_hash, reference)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (reference) DO NOTHING RETURNING created_at`,
      [p.id, p.registryId, p.itemId, p.amount, p.guestName, p.guestEmail, p.message, p.guestAddress, p.undoTokenHash, reference],
    )) as { created_at: Date }[];
    if (inserted.length) return { reference, createdAt: inserted[0].created_at };
  }
  return null;
}

/** Cancels a pledge still pledged and takes its amount off the item; false when there was nothing to cancel. */
export async function cancel(tx: EntityManager, registryId: string, pledgeId: string): Promise<boolean> {
  return (await cancelReturningItem(tx, registryId, pledgeId)) !== null;
}

/** As cancel(), handing back the item as it is after (from the same statement); null when there was nothing to cancel. */
async function cancelReturningItem(tx: EntityManager, registryId: string, pledgeId: string): Promise<Item | null> {
  const [rows] = (await tx.query(
    `WITH cancelled AS (
       UPDATE pledges SET status = 'cancelled', cancelled_at = clock_timestamp() WHERE id = $1 AND registry_id = $2 AND status = 'pledged'
       RETURNING item_id, amount)
     UPDATE items i SET pledged_amount = i.pledged_amount - c.amount, pledge_count = i.pledge_count - 1, version = i.version + 1, updated_at = clock_timestamp()
       FROM cancelled c WHERE i.id = c.item_id
     RETURNING i.*`,
    [pledgeId, registryId],
  )) as [Record<string, unknown>[], number];
  return rows.length ? hydrate(tx, Item, rows[0]) : null;
}

/** The pledge a key was first used for, or 422 when it came with a different request; null for a new key. */
async function findIdempotencyKey(manager: EntityManager, registryId: string, key: string, requestHash: string): Promise<string | null> {
  const seen = await manager.findOneBy(PledgeIdempotencyKey, { registryId, key });
  if (!seen) return null;
  if (seen.requestHash !== requestHash) {
    throw new ProblemException(422, 'idempotency-key-reused', msg('problems:pledges.idempotency-key-reused'));
  }
  return seen.pledgeId;
}

/** Sums over the registry's active pledges, per item and in all. */
async function totals(manager: EntityManager, registryId: string): Promise<PledgeTotalsDto> {
  const rows = (await manager.query(
    `SELECT item_id, sum(CASE WHEN status = 'received' THEN coalesce(received_amount, amount) ELSE amount END)::float8 AS pledged, coalesce(sum(received_amount), 0)::float8 AS received, count(*)::int AS n
       FROM pledges WHERE registry_id = $1 AND status IN ('pledged', 'received') GROUP BY item_id ORDER BY item_id`,
    [registryId],
  )) as { item_id: string; pledged: number; received: number; n: number }[];
  const items = rows.map((r) => ({ itemId: r.item_id, pledgedAmount: r.pledged, receivedAmount: r.received, count: r.n }));
  return {
    pledgedAmount: items.reduce((sum, i) => sum + i.pledgedAmount, 0),
    receivedAmount: items.reduce((sum, i) => sum + i.receivedAmount, 0),
    count: items.reduce((sum, i) => sum + i.count, 0),
    items,
  };
}
