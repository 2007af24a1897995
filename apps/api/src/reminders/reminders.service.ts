import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { derivedToken } from '../common/crypto/tokens';
import { ProblemException, notFound, msg } from '../common/problem/problem';
import { RegistryWrites } from '../registries/registry-writes.service';
import { ReservationsService } from '../reservations/reservations.service';
import type { ReminderReservationDto, ReminderUnsubscribedDto } from './dto/reminder-action.dto';
import { OPT_OUT_EMAIL_HASH_SQL, verifyReminderToken } from './reminder-links';

interface Target {
  id: string;
  registry_id: string;
  item_name: string;
  quantity: number;
  status: ReminderReservationDto['status'];
  bought_at: Date | null;
  couple_names: string;
  slug: string;
}

/** What a guest does from a reminder's links: say they bought it, release it, or ask for no more reminders. */
@Injectable()
export class RemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: RegistryWrites,
    private readonly reservations: ReservationsService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Marks the reservation bought (the tracker's first stage, and no more reminders). Through RegistryWrites,
   * since the couple's views show it; saying so twice is harmless and writes nothing. A reservation that no
   * longer holds the gift cannot be bought through it (410).
   */
  async markBought(token: string): Promise<ReminderReservationDto> {
    const target = await this.find(token);
    if (target.status === 'active' && !target.bought_at) {
      return this.writes.byId(target.registry_id, async (tx) => {
        await tx.query(`UPDATE reservations SET bought_at = clock_timestamp() WHERE id = $1 AND status = 'active' AND bought_at IS NULL`, [target.id]);
        return this.refuseUnlessActive(await this.load(tx, target.id));
      });
    }
    return this.refuseUnlessActive(target);
  }

  /**
   * Releases the reservation: exactly the guest's undo (the same link their confirmation carried), so the units
   * come back the one way they always do. Releasing twice is harmless.
   */
  async release(token: string): Promise<ReminderReservationDto> {
    const target = await this.find(token);
    if (target.status === 'active' || target.status === 'held') {
      // The undo token is derived from the reservation id as ReservationsService derives it; only its hash is stored.
      await this.reservations.undo(derivedToken(this.config.sessionSecret, 'reservation-undo', target.id, 'wgu_'));
    }
    return this.present(await this.load(this.dataSource.manager, target.id));
  }

  /**
   * No more reminders from this registry to this guest's address (every reservation of theirs there). Not
   * through RegistryWrites: an opt-out changes nothing any registry view shows, so no cache must move.
   */
  async unsubscribe(token: string): Promise<ReminderUnsubscribedDto> {
    const target = await this.find(token);
    await this.dataSource.query(
      `INSERT INTO reminder_opt_outs (registry_id, email_hash)
       SELECT registry_id, ${OPT_OUT_EMAIL_HASH_SQL('guest_email')} FROM reservations WHERE id = $1 AND guest_email <> ''
       ON CONFLICT DO NOTHING`,
      [target.id],
    );
    return { coupleNames: target.couple_names, unsubscribed: true };
  }

  /** The reservation a token names; a forged or mangled token, or a deleted reservation, is "not found". */
  private async find(token: string): Promise<Target> {
    const reservationId = verifyReminderToken(this.config.sessionSecret, token);
    const target = reservationId ? await this.load(this.dataSource.manager, reservationId) : undefined;
    if (!target) throw notFound('reservation');
    return target;
  }

  private async load(manager: EntityManager, reservationId: string): Promise<Target | undefined> {
    const [row] = (await manager.query(
      `SELECT r.id, r.registry_id, i.name AS item_name, r.quantity, r.status, r.bought_at, g.couple_names, g.slug
         FROM reservations r JOIN items i ON i.id = r.item_id JOIN registries g ON g.id = r.registry_id WHERE r.id = $1`,
      [reservationId],
    )) as Target[];
    return row;
  }

  private refuseUnlessActive(target: Target | undefined): ReminderReservationDto {
    if (!target) throw notFound('reservation');
    if (target.status !== 'active') {
      throw new ProblemException(410, 'reservation-cancelled', msg('problems:reminders.reservation-cancelled'), { reservation: this.present(target) });
    }
    return this.present(target);
  }

  private present(target: Target | undefined): ReminderReservationDto {
    if (!target) throw notFound('reservation');
    return {
      id: target.id,
      itemName: target.item_name,
      quantity: target.quantity,
      status: target.status,
      boughtAt: target.bought_at?.toISOString() ?? null,
      coupleNames: target.couple_names,
      giftListUrl: `${this.config.publicUrl}/r/${target.slug}`,
    };
  }
}
