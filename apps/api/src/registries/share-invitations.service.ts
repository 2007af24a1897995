import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { verifyPassword } from '../accounts/passwords';
import { validationProblem } from '../common/problem/problem';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { CreateShareInvitationsDto, ShareInvitationsDto } from './dto/share-invitation.dto';
import { InvitationLimits } from './invitation-limits';
import { RegistriesService } from './registries.service';
import { ShareInvitation } from './share-invitation.entity';
import { distinctAddresses } from './share-invitation-addresses';

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
}
