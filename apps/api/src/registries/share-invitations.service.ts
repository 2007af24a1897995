import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
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
      await this.limits.openSending(tx, userId);
      const recent = dto.resend ? new Map<string, Date>() : await this.limits.recentlyInvited(tx, registry.id, 'share', emails);
      const invited = emails.filter((email) => !recent.has(email));
      const remaining = await this.limits.assertAllowance(tx, userId, 'share', invited.length);

      const rows = invited.map((email) => ({ id: randomUUID(), registryId: registry.id, email, message: dto.message ?? '', invitedBy: userId }));
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
}
