import { Injectable } from '@nestjs/common';
import type { Session } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { RateLimits } from '../common/http/rate-limits';
import { notFound } from '../common/problem/problem';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { assertGuestMayRead } from '../registries/guest-access';
import { mailboxOf } from '../reservations/reservations.service';
import { GuestLinkAcceptedDto } from './dto/guest-page.dto';

/**
 * Every answer takes at least this long, so the few milliseconds of finding a reservation and writing an e-mail
 * do not tell an observer that the address gave something (the password reset's rule, for the same reason).
 */
export const GUEST_LINK_MIN_MS = 250;
const ACCEPTED: GuestLinkAcceptedDto = {
  detail: 'If this address has reserved a gift or chipped in on this list, we have e-mailed it a link to your gifts. Check your inbox.',
};

@Injectable()
export class GuestLinkService {
  constructor(
    private readonly db: DataSource,
    private readonly rateLimits: RateLimits,
    private readonly outbox: Outbox,
  ) {}

  /**
   * "Find my gifts": mails the guest-page link to an address that has a live reservation or pledge on this list.
   * The answer is the same, after the same time, either way. What may refuse (an unknown list, a locked one, too
   * many requests from this connection) depends on the list and the caller, never on the address; the e-mails per
   * address are bounded silently, and the worker's guest mail caps apply on top.
   */
  async request(slug: string, email: string, client: { session: Session | undefined; ip: string }): Promise<GuestLinkAcceptedDto> {
    const [registry] = (await this.db.query('SELECT id, visibility, password_hash AS "passwordHash" FROM registries WHERE slug = $1', [slug])) as {
      id: string;
      visibility: 'public' | 'unlisted' | 'password';
      passwordHash: string | null;
    }[];
    if (!registry) throw notFound('registry');
    assertGuestMayRead(registry, client.session);
    await this.rateLimits.consume('guest-link-ip', `${registry.id}:${client.ip}`, 'requests from your connection on this gift list');
    const started = Date.now();
    // The newest live row: the e-mail greets the guest by the name they used last.
    const [row] = (await this.db.query(
      `SELECT 'reservation' AS kind, id, created_at FROM reservations WHERE registry_id = $1 AND guest_email = $2 AND status IN ('active', 'held')
       UNION ALL
       SELECT 'pledge', id, created_at FROM pledges WHERE registry_id = $1 AND guest_email = $2 AND status IN ('pledged', 'received')
       ORDER BY created_at DESC LIMIT 1`,
      [registry.id, email],
    )) as { kind: 'reservation' | 'pledge'; id: string }[];
    if (row && (await this.rateLimits.tryConsume('guest-link-email', `${registry.id}:${mailboxOf(email)}`))) {
      // Ids only: the worker reads the address from the row when it sends, so a guest who is forgotten meanwhile gets nothing.
      await this.db.transaction((tx) =>
        this.outbox.add(tx, QUEUES.email, 'guest-link', row.kind === 'reservation' ? { reservationId: row.id } : { pledgeId: row.id }),
      );
    }
    await sleep(Math.max(0, GUEST_LINK_MIN_MS - (Date.now() - started)));
    return ACCEPTED;
  }
}
