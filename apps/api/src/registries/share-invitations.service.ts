import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { verifyPassword } from '../accounts/passwords';
import { validationProblem } from '../common/problem/problem';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { decodeCursor, encodeCursor } from '../common/http/cursor-page';
import { CreateShareInvitationsDto, ListShareInvitationsQuery, SentShareInvitationsDto, ShareInvitationsDto } from './dto/share-invitation.dto';
import { InvitationLimits } from './invitation-limits';
import { RegistriesService } from './registries.service';
import { ShareInvitation } from './share-invitation.entity';
import { distinctAddresses } from './share-invitation-addresses';

/** The cursor carries milliseconds (an ISO instant): order and compare by the same, or rows of one transaction fall between pages. */
const SENT_AT = "date_trunc('milliseconds', created_at)";

@Injectable()
export class ShareInvitationsService {
  constructor(
    private readonly db: DataSource,
    private readonly registries: RegistriesService,
    private readonly outbox: Outbox,
    private readonly limits: InvitationLimits,
  ) {}

  /**
   * E-mails the gift list to the couple's guests: one invitation row and one e-mail per distinct address, in one
   * transaction. Needs a verified sender and counts against the account's daily allowance (InvitationLimits); an
   * address invited to this registry recently is skipped and reported, unless `resend` says to send it again.
   * Not a registry write: no representation (cached or not) shows invitations, so the version stays and this does
   * not go through RegistryWrites; ownership is checked all the same (another couple's → 404).
   */
  async invite(registryId: string, userId: string, dto: CreateShareInvitationsDto): Promise<ShareInvitationsDto> {
    const emails = distinctAddresses(dto.emails);
    return this.db.transaction(async (tx) => {
      const registry = await this.registries.findOwned(registryId, userId, tx);
      const listPassword = await this.checkedListPassword(tx, registry.id, dto.password);
      await this.limits.openSending(tx, userId);
      const recent = dto.resend ? new Map<string, Date>() : await this.limits.recentlyInvited(tx, registry.id, 'share', emails);
      const invited = emails.filter((email) => !recent.has(email));
      const remaining = await this.limits.assertAllowance(tx, userId, 'share', invited.length);

      const rows = invited.map((email) => ({ id: randomUUID(), registryId: registry.id, email, message: dto.message ?? '', invitedBy: userId, listPassword }));
      if (rows.length) await tx.insert(ShareInvitation, rows);
      await this.limits.record(tx, userId, 'share', registry.id, invited);
      for (const row of rows) await this.outbox.add(tx, QUEUES.email, 'share-invitation', { invitationId: row.id });
      return {
        invited,
        skipped: [...recent].map(([email, at]) => ({ email, reason: 'invited-recently' as const, invitedAt: at.toISOString() })),
        remaining: remaining - invited.length,
      };
    });
  }

  /**
   * The password to print in the e-mails, checked against the list's hash first, so a typo never goes out to fifty
   * guests; null when the couple did not ask for it.
   */
  private async checkedListPassword(tx: EntityManager, registryId: string, password: string | undefined): Promise<string | null> {
    if (password === undefined) return null;
    const [registry] = (await tx.query('SELECT visibility, password_hash FROM registries WHERE id = $1', [registryId])) as {
      visibility: string;
      password_hash: string | null;
    }[];
    if (registry?.visibility !== 'password' || !registry.password_hash) {
      throw validationProblem([{ pointer: '#/password', code: 'not-applicable', detail: 'this list has no password to include' }]);
    }
    if (!(await verifyPassword(registry.password_hash, password))) {
      throw validationProblem([{ pointer: '#/password', code: 'invalid', detail: 'this is not the list’s current password' }]);
    }
    return password;
  }

  /** Whom the couple invited and when, newest first (each send its own row, a resend too): the Share tab's record. */
  async list(registryId: string, userId: string, query: ListShareInvitationsQuery): Promise<SentShareInvitationsDto> {
    const registry = await this.registries.findOwned(registryId, userId);
    const limit = query.limit ?? 100;
    const params: unknown[] = [registry.id, limit + 1];
    let after = '';
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor);
      params.push(createdAt, id);
      after = `AND (${SENT_AT}, id) < ($3::timestamptz, $4::uuid)`;
    }
    const rows = (await this.db.query(
      `SELECT id, email, ${SENT_AT} AS created_at FROM share_invitations WHERE registry_id = $1 ${after} ORDER BY 3 DESC, id DESC LIMIT $2`,
      params,
    )) as { id: string; email: string; created_at: Date }[];
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      invitations: page.map((r) => ({ id: r.id, email: r.email, sentAt: r.created_at.toISOString() })),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null,
    };
  }
}
