import { EntityManager, In } from 'typeorm';
import type { AppConfig } from '../common/config/app-config';
import { GiftListItemDto } from '../gift-list/dto/gift-list.dto';
import { Item } from '../items/item.entity';
import { defaultMinContribution, remainingAmount } from '../pledges/dto/money';
import { Pledge } from '../pledges/pledge.entity';
import { MAX_RESERVATION_QUANTITY } from '../reservations/dto/reservation.dto';
import { Reservation } from '../reservations/reservation.entity';
import { Registry } from '../registries/registry.entity';
import { GuestTokenClaims, isGuest } from './guest-links';
import { GuestPageDto, GuestPagePledgeDto, GuestPageReservationDto } from './dto/guest-page.dto';

/** A guest's rows are few (the reservation and pledge rate limits bound them); this only bounds a pathological list. */
const MAX_ROWS = 200;
const LIVE_RESERVATIONS: Reservation['status'][] = ['active', 'held'];
const LIVE_PLEDGES: Pledge['status'][] = ['pledged', 'received'];

/** The guest a token opens: one address on one registry, until the link expires. */
export interface Guest {
  registryId: string;
  email: string;
  expiresAt: Date;
}

/** Whose rows a guest's token opens: that address on that registry (erased rows have no address left). */
export function guestRows(guest: Guest) {
  return { registryId: guest.registryId, guestEmail: guest.email };
}

/**
 * The address a token names, found among the registry's guests by its keyed hash (a registry has hundreds of
 * guests, not millions); null when none has it any more: forgotten, or erased by the retention job.
 */
export async function findGuest(manager: EntityManager, secret: string, claims: GuestTokenClaims): Promise<Guest | null> {
  const rows = (await manager.query(
    `SELECT guest_email FROM reservations WHERE registry_id = $1 AND guest_email <> ''
     UNION SELECT guest_email FROM pledges WHERE registry_id = $1 AND guest_email <> ''`,
    [claims.registryId],
  )) as { guest_email: string }[];
  const email = rows.find((row) => isGuest(secret, claims, row.guest_email))?.guest_email;
  return email ? { registryId: claims.registryId, email, expiresAt: claims.expiresAt } : null;
}

/** The guest's page as it is inside `manager` (the write's transaction, so the answer shows the write). */
export async function readGuestPage(manager: EntityManager, registry: Registry, guest: Guest, config: AppConfig): Promise<GuestPageDto> {
  const where = guestRows(guest);
  const order = { createdAt: 'DESC', id: 'DESC' } as const;
  // One after the other: inside a transaction both share one connection.
  const reservations = await manager.find(Reservation, { where: { ...where, status: In(LIVE_RESERVATIONS) }, order, take: MAX_ROWS });
  const pledges = await manager.find(Pledge, { where: { ...where, status: In(LIVE_PLEDGES) }, order, take: MAX_ROWS });
  const itemIds = [...new Set([...reservations, ...pledges].map((row) => row.itemId))];
  const items = new Map((itemIds.length ? await manager.findBy(Item, { id: In(itemIds) }) : []).map((item) => [item.id, item]));
  const currency = registry.currency.trim();
  const newest = [...reservations, ...pledges].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return {
    registry: { slug: registry.slug, title: registry.title, coupleNames: registry.coupleNames, eventDate: registry.eventDate, currency, theme: registry.theme },
    guest: {
      name: newest.find((row) => row.guestName)?.guestName ?? '',
      email: guest.email,
      address: newest.find((row) => row.guestAddress)?.guestAddress ?? null,
    },
    reservations: reservations.map((r) => reservationDto(r, items.get(r.itemId)!, config)),
    pledges: pledges.map((p) => pledgeDto(p, items.get(p.itemId)!, currency, config)),
    linkExpiresAt: guest.expiresAt.toISOString(),
  };
}

/** How far a reservation can grow: what is left of the gift, within RESERVATION_MAX_UNITS (a gift without a count: the request's bound). */
export function maxQuantity(reservation: Pick<Reservation, 'quantity'>, item: Item, config: Pick<AppConfig, 'reservationMaxUnits'>): number {
  if (item.archived) return reservation.quantity;
  if (item.quantity === null) return MAX_RESERVATION_QUANTITY;
  const left = item.quantity - item.reservedQuantity;
  return Math.max(reservation.quantity, Math.min(config.reservationMaxUnits, reservation.quantity + left));
}

/** The range a pledge can be changed to: from the item's minimum (or exactly what completes a capped target) up to what is left. */
export function amountRange(pledge: Pick<Pledge, 'amount'>, item: Item, currency: string): { minAmount: number; maxAmount: number | null } {
  const left = remainingAmount(item);
  const maxAmount = left === null ? null : pledge.amount + left;
  const min = item.minContribution ?? defaultMinContribution(currency);
  return { minAmount: maxAmount === null ? min : Math.min(min, maxAmount), maxAmount };
}

function reservationDto(r: Reservation, item: Item, config: AppConfig): GuestPageReservationDto {
  return {
    id: r.id,
    item: GiftListItemDto.from(item, config.mediaUrl),
    quantity: r.quantity,
    maxQuantity: maxQuantity(r, item, config),
    status: r.status,
    heldUntil: r.heldUntil?.toISOString() ?? null,
    boughtAt: r.boughtAt?.toISOString() ?? null,
    receivedAt: r.receivedAt?.toISOString() ?? null,
    message: r.message,
    createdAt: r.createdAt.toISOString(),
  };
}

function pledgeDto(p: Pledge, item: Item, currency: string, config: AppConfig): GuestPagePledgeDto {
  return {
    id: p.id,
    item: GiftListItemDto.from(item, config.mediaUrl),
    amount: p.amount,
    ...amountRange(p, item, currency),
    currency,
    status: p.status,
    reference: p.reference,
    boughtAt: p.boughtAt?.toISOString() ?? null,
    receivedAt: p.receivedAt?.toISOString() ?? null,
    message: p.message,
    createdAt: p.createdAt.toISOString(),
  };
}
