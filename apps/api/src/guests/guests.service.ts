import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { storedAddress } from '../common/http/guest-contact.dto';
import { ProblemException, notFound, validationProblem, msg, type LocalizedDetail } from '../common/problem/problem';
import { Item } from '../items/item.entity';
import { Outbox } from '../outbox/outbox.service';
import { majorUnits } from '../pledges/dto/money';
import { Pledge } from '../pledges/pledge.entity';
import { cancel as cancelPledge } from '../pledges/pledges.service';
import { Reservation } from '../reservations/reservation.entity';
import { cancel as cancelReservation, tellOwnersOfUndo } from '../reservations/reservations.service';
import { RegistryWrites, touchItems } from '../registries/registry-writes.service';
import { Registry } from '../registries/registry.entity';
import { GuestPageDto, UpdateGuestPledgeDto, UpdateGuestReservationDto } from './dto/guest-page.dto';
import { eraseGuestData } from './erase-guest-data';
import { GuestTokenClaims, verifyGuestToken } from './guest-links';
import { Guest, amountRange, findGuest, guestRows, maxQuantity, readGuestPage } from './guest-page.reader';

const conflict = (detail: LocalizedDetail) => new ProblemException(409, 'conflict', detail);

/**
 * A guest's own page: what they reserved and pledged on one registry, opened with the signed link from their
 * e-mail (no account). The token is the whole authorization: it names the registry and the address, and every
 * query is bounded by both, so a token never reaches another guest's rows. Every write goes through
 * RegistryWrites (the gift list's counts and every cached copy follow), and answers with the page as it is now.
 */
@Injectable()
export class GuestsService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: RegistryWrites,
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
  ) {}

  async page(token: string): Promise<GuestPageDto> {
    const claims = this.claims(token);
    const registry = await this.db.manager.findOneBy(Registry, { id: claims.registryId });
    if (!registry) throw notFound('page');
    return readGuestPage(this.db.manager, registry, await this.guest(this.db.manager, claims), this.config);
  }

  /** "I bought it" (or not yet), and a change of quantity within what is left; both at once are fine. */
  updateReservation(token: string, reservationId: string, dto: UpdateGuestReservationDto): Promise<GuestPageDto> {
    return this.write(token, async (tx, guest) => {
      const reservation = await this.ownReservation(tx, guest, reservationId);
      if (reservation.receivedAt) throw conflict(msg('problems:guests.received-no-change'));
      if (dto.quantity !== undefined && dto.quantity !== reservation.quantity) await this.changeQuantity(tx, reservation, dto.quantity);
      if (dto.bought !== undefined) {
        if (dto.bought && reservation.status !== 'active') throw conflict(msg('problems:guests.confirm-first'));
        await tx.query(`UPDATE reservations SET bought_at = ${dto.bought ? 'coalesce(bought_at, clock_timestamp())' : 'NULL'} WHERE id = $1`, [reservation.id]);
        // The gift list does not show "bought", but the couple's views do, and they key on the item's version.
        await touchItems(tx, guest.registryId, [reservation.itemId]);
      }
    });
  }

  /** Gives the units back (the undo link does the same); a gift the couple already received stays. */
  releaseReservation(token: string, reservationId: string): Promise<GuestPageDto> {
    return this.write(token, async (tx, guest) => {
      const reservation = await this.ownReservation(tx, guest, reservationId);
      if (reservation.receivedAt) throw conflict(msg('problems:guests.received-no-release'));
      await tellOwnersOfUndo(tx, this.outbox, reservation.id, await cancelReservation(tx, guest.registryId, reservation.id));
    });
  }

  /** "I sent it" (or not yet), and a change of amount within the item's minimum and what is left of its target. */
  updatePledge(token: string, pledgeId: string, dto: UpdateGuestPledgeDto): Promise<GuestPageDto> {
    return this.write(token, async (tx, guest, registry) => {
      const pledge = await this.ownPledge(tx, guest, pledgeId);
      if (pledge.status === 'received') throw conflict(msg('problems:guests.pledge-received-no-change'));
      if (dto.amount !== undefined && dto.amount !== pledge.amount) await this.changeAmount(tx, registry, pledge, dto.amount);
      if (dto.bought !== undefined) {
        await tx.query(`UPDATE pledges SET bought_at = ${dto.bought ? 'coalesce(bought_at, clock_timestamp())' : 'NULL'} WHERE id = $1`, [pledge.id]);
        await touchItems(tx, guest.registryId, [pledge.itemId]);
      }
    });
  }

  releasePledge(token: string, pledgeId: string): Promise<GuestPageDto> {
    return this.write(token, async (tx, guest) => {
      const pledge = await this.ownPledge(tx, guest, pledgeId);
      if (pledge.status === 'received') throw conflict(msg('problems:pledges.conflict'));
      await cancelPledge(tx, guest.registryId, pledge.id);
    });
  }

  /** One address for the thank-you card on every reservation and pledge of this guest on this registry; null removes it. */
  setAddress(token: string, address: string | null): Promise<GuestPageDto> {
    return this.write(token, async (tx, guest) => {
      const rows = guestRows(guest);
      for (const table of ['reservations', 'pledges']) {
        await tx.query(`UPDATE ${table} SET guest_address = $3 WHERE registry_id = $1 AND guest_email = $2`, [
          rows.registryId,
          rows.guestEmail,
          storedAddress(address),
        ]);
      }
    });
  }

  /** "Forget me": the guest's name, address, e-mail and messages on this registry go; the reservations stay, anonymous. */
  async forget(token: string): Promise<void> {
    const claims = this.claims(token);
    await this.writes.byId(claims.registryId, async (tx) => {
      // Forgotten already: nothing left to erase, and saying so again is harmless.
      const guest = await findGuest(tx, this.config.sessionSecret, claims);
      if (guest) await eraseGuestData(tx, { registryId: guest.registryId, email: guest.email }, new Date());
    });
  }

  private claims(token: string): GuestTokenClaims {
    const claims = verifyGuestToken(this.config.sessionSecret, token);
    // Expired, forged or malformed look alike: the page asks for a new link.
    if (!claims) throw notFound('page');
    return claims;
  }

  /** The address behind a valid token; 404 once it is gone (forgotten, or erased after the event). */
  private async guest(manager: EntityManager, claims: GuestTokenClaims): Promise<Guest> {
    const guest = await findGuest(manager, this.config.sessionSecret, claims);
    if (!guest) throw new ProblemException(404, 'not-found', msg('problems:guests.not-found'));
    return guest;
  }

  private write(token: string, work: (tx: EntityManager, guest: Guest, registry: Registry) => Promise<void>): Promise<GuestPageDto> {
    const claims = this.claims(token);
    return this.writes.byId(claims.registryId, async (tx, registry) => {
      const guest = await this.guest(tx, claims);
      await work(tx, guest, registry);
      return readGuestPage(tx, registry, guest, this.config);
    });
  }

  private async ownReservation(tx: EntityManager, guest: Guest, id: string): Promise<Reservation> {
    const reservation = await tx.findOneBy(Reservation, { id, ...guestRows(guest) });
    // Another guest's reservation is "not found", as is one that was undone, lapsed or released.
    if (!reservation || (reservation.status !== 'active' && reservation.status !== 'held')) throw notFound('reservation');
    return reservation;
  }

  private async ownPledge(tx: EntityManager, guest: Guest, id: string): Promise<Pledge> {
    const pledge = await tx.findOneBy(Pledge, { id, ...guestRows(guest) });
    if (!pledge || pledge.status === 'cancelled') throw notFound('pledge');
    return pledge;
  }

  /** The item's count moves by the difference, only while it fits (the CHECK on items backs it), as in a reservation. */
  private async changeQuantity(tx: EntityManager, reservation: Reservation, quantity: number): Promise<void> {
    const item = await tx.findOneByOrFail(Item, { id: reservation.itemId });
    const most = maxQuantity(reservation, item, this.config);
    if (quantity > most) {
      throw new ProblemException(
        409,
        'not-enough-remaining',
        most === reservation.quantity ? msg('problems:guests.no-more') : msg('problems:guests.quantity-max', { most }),
        { maxQuantity: most },
      );
    }
    const delta = quantity - reservation.quantity;
    const [moved] = (await tx.query(
      `UPDATE items SET reserved_quantity = reserved_quantity + $2, version = version + 1, updated_at = clock_timestamp()
        WHERE id = $1 AND (quantity IS NULL OR reserved_quantity + $2 <= quantity) RETURNING id`,
      [item.id, delta],
    )) as [unknown[], number];
    if (!moved.length) throw new ProblemException(409, 'not-enough-remaining', msg('problems:guests.not-enough-remaining'), { maxQuantity: most });
    await tx.query('UPDATE reservations SET quantity = $2 WHERE id = $1', [reservation.id, quantity]);
  }

  /** As a new pledge: at least the minimum (or exactly what completes a capped target), and within the target unless overfunding is allowed. */
  private async changeAmount(tx: EntityManager, registry: Registry, pledge: Pledge, amount: number): Promise<void> {
    const item = await tx.findOneByOrFail(Item, { id: pledge.itemId });
    const currency = registry.currency.trim();
    const { minAmount, maxAmount } = amountRange(pledge, item, currency);
    if (maxAmount !== null && amount > maxAmount) {
      throw new ProblemException(409, 'pledge-exceeds-target', msg('problems:guests.pledge-max', { max: majorUnits(maxAmount, currency), currency }), {
        maxAmount,
      });
    }
    if (amount < minAmount) {
      throw validationProblem([
        {
          pointer: '#/amount',
          code: 'too-small',
          limit: minAmount,
          detail: `amount must be at least ${minAmount} (${majorUnits(minAmount, currency)} ${currency})`,
        },
      ]);
    }
    await tx.query(`UPDATE items SET pledged_amount = pledged_amount + $2, version = version + 1, updated_at = clock_timestamp() WHERE id = $1`, [
      item.id,
      amount - pledge.amount,
    ]);
    await tx.query('UPDATE pledges SET amount = $2 WHERE id = $1', [pledge.id, amount]);
  }
}
