import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem/problem';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { CreateShareInvitationsDto, ShareInvitationsDto } from './dto/share-invitation.dto';
import { RegistriesService } from './registries.service';
import { ShareInvitation } from './share-invitation.entity';
import { MAX_INVITATIONS_PER_DAY, distinctAddresses } from './share-invitation-addresses';

@Injectable()
export class ShareInvitationsService {
  constructor(
    private readonly db: DataSource,
    private readonly registries: RegistriesService,
    private readonly outbox: Outbox,
  ) {}

  /**
   * E-mails the gift list to the couple's guests: one invitation row and one e-mail per distinct address, in one
   * transaction. Not a registry write: no representation (cached or not) shows invitations, so the version
   * stays and this does not go through RegistryWrites; ownership is checked all the same (another couple's → 404).
   */
  async invite(registryId: string, userId: string, dto: CreateShareInvitationsDto): Promise<ShareInvitationsDto> {
    const emails = distinctAddresses(dto.emails);
    return this.db.transaction(async (tx) => {
      const registry = await this.registries.findOwned(registryId, userId, tx);
      // One request per registry at a time counts and inserts, so two at once cannot both take the last places.
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`share-invitations:${registry.id}`]);
      const remaining = MAX_INVITATIONS_PER_DAY - (await sentInLastDay(tx, registry.id));
      if (emails.length > remaining) throw await limitReached(tx, registry.id, remaining, emails.length);

      const rows = emails.map((email) => ({ id: randomUUID(), registryId: registry.id, email, message: dto.message ?? '', invitedBy: userId }));
      await tx.insert(ShareInvitation, rows);
      for (const row of rows) await this.outbox.add(tx, QUEUES.email, 'share-invitation', { invitationId: row.id });
      return { invited: emails, remaining: remaining - emails.length };
    });
  }
}

async function sentInLastDay(tx: EntityManager, registryId: string): Promise<number> {
  const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM share_invitations WHERE registry_id = $1 AND created_at > now() - interval '24 hours'`, [
    registryId,
  ])) as { n: number }[];
  return n;
}

/** 429 saying how many are left, with Retry-After: when enough of the oldest invitations leave the 24-hour window. */
async function limitReached(tx: EntityManager, registryId: string, remaining: number, wanted: number): Promise<ProblemException> {
  const [oldest] = (await tx.query(
    `SELECT ceil(extract(epoch FROM created_at + interval '24 hours' - now()))::int AS wait
       FROM share_invitations WHERE registry_id = $1 AND created_at > now() - interval '24 hours'
      ORDER BY created_at OFFSET $2 LIMIT 1`,
    [registryId, wanted - remaining - 1],
  )) as { wait: number }[];
  const retryAfter = Math.max(1, oldest?.wait ?? 1);
  const detail =
    remaining === 0
      ? `This registry has sent ${MAX_INVITATIONS_PER_DAY} invitations in the last 24 hours, the most it may. No more can be sent for now.`
      : `This registry may send ${remaining} more invitation${remaining === 1 ? '' : 's'} for now (at most ${MAX_INVITATIONS_PER_DAY} in 24 hours); this request has ${wanted}.`;
  return new ProblemException(
    429,
    'invitation-limit',
    detail,
    { remaining, limit: MAX_INVITATIONS_PER_DAY, retryAfter },
    { 'retry-after': String(retryAfter) },
  );
}
