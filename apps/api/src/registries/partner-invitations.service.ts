import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { sha256 } from '../common/crypto/tokens';
import { ProblemException, notFound, msg } from '../common/problem/problem';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { CreatePartnerInvitationDto, PartnerInvitationDto, PartnerInvitationPreviewDto } from './dto/partner-invitation.dto';
import { RegistryDto } from './dto/registry.dto';
import { InvitationLimits } from './invitation-limits';
import { PartnerInvitation } from './partner-invitation.entity';
import { partnerInvitationToken, partnerInvitationUrl } from './partner-invitation-token';
import { MAX_REGISTRIES_PER_USER, RegistriesService } from './registries.service';
import { RegistryWrites } from './registry-writes.service';
import { RegistryOwner } from './registry-owner.entity';

const INVITATION_DAYS = 14;
const MAX_OWNERS = 2;

@Injectable()
export class PartnerInvitationsService {
  constructor(
    @InjectRepository(PartnerInvitation) private readonly invitations: Repository<PartnerInvitation>,
    private readonly writes: RegistryWrites,
    private readonly registries: RegistriesService,
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly limits: InvitationLimits,
  ) {}

  /**
   * Invites the partner, and e-mails them the accept link in the same transaction. Only the token's hash is kept.
   * Needs a verified sender, fits the account's daily allowance, and is not repeated to one address within the
   * repeat window unless the couple says `resend`.
   */
  invite(registryId: string, userId: string, dto: CreatePartnerInvitationDto): Promise<PartnerInvitationDto> {
    return this.writes.asOwner(registryId, userId, async (tx, registry) => {
      await assertRoomForOwner(tx, registry.id);
      await this.limits.openSending(tx, userId);
      const recent = dto.resend ? undefined : (await this.limits.recentlyInvited(tx, registry.id, 'partner', [dto.email])).get(dto.email);
      if (recent) {
        throw new ProblemException(
          409,
          'already-invited',
          msg('problems:registries.already-invited', { email: dto.email, date: recent.toISOString().slice(0, 10) }),
          { invitedAt: recent.toISOString() },
        );
      }
      await this.limits.assertAllowance(tx, userId, 'partner', 1);
      await this.limits.record(tx, userId, 'partner', registry.id, [dto.email]);
      const id = randomUUID();
      const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
      await tx.insert(PartnerInvitation, {
        id,
        registryId: registry.id,
        email: dto.email,
        tokenHash: sha256(partnerInvitationToken(this.config.sessionSecret, id)),
        invitedBy: userId,
        expiresAt,
      });
      await this.outbox.add(tx, QUEUES.email, 'partner-invitation', { invitationId: id });
      return { id, email: dto.email, expiresAt: expiresAt.toISOString(), acceptUrl: partnerInvitationUrl(this.config, id) };
    });
  }

  /**
   * What the link is about, for the page it opens before anyone signs in. A used or expired link answers 404, like accept.
   * Nothing here is secret from the link's holder: the e-mail that carried it named the list, the inviter and the address.
   */
  async preview(token: string): Promise<PartnerInvitationPreviewDto> {
    const [row] = (await this.invitations.query(
      `SELECT p.email, p.expires_at, r.title, r.couple_names, u.display_name AS inviter
         FROM partner_invitations p JOIN registries r ON r.id = p.registry_id JOIN users u ON u.id = p.invited_by
        WHERE p.token_hash = $1 AND p.accepted_at IS NULL AND p.expires_at > now()`,
      [sha256(token)],
    )) as { email: string; expires_at: Date; title: string; couple_names: string; inviter: string }[];
    if (!row) throw notFound('invitation');
    return { registryTitle: row.title, coupleNames: row.couple_names, invitedBy: row.inviter, email: row.email, expiresAt: row.expires_at.toISOString() };
  }

  /**
   * The signed-in user becomes the second owner. The token works once, before it expires, and only for the
   * person it was sent to: an account whose verified address is the invited one (a forwarded link is not enough).
   */
  async accept(token: string, userId: string): Promise<RegistryDto> {
    const invitation = await this.invitations.findOneBy({ tokenHash: sha256(token) });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() < Date.now()) throw notFound('invitation');
    return this.writes.byId(invitation.registryId, async (tx, registry) => {
      const already = await tx.existsBy(RegistryOwner, { registryId: registry.id, userId });
      if (already) throw new ProblemException(409, 'conflict', msg('problems:registries.conflict'));
      await assertInvitee(tx, userId, invitation.email);
      await assertRoomForOwner(tx, registry.id);
      // The same per-person limit as creating one (the owner's list shows at most that many).
      if ((await tx.countBy(RegistryOwner, { userId })) >= MAX_REGISTRIES_PER_USER) {
        throw new ProblemException(409, 'conflict', msg('problems:registries.owner-max', { max: MAX_REGISTRIES_PER_USER }));
      }
      const { affected } = await tx
        .createQueryBuilder()
        .update(PartnerInvitation)
        .set({ acceptedAt: () => 'now()', acceptedBy: userId })
        .where('id = :id AND accepted_at IS NULL', { id: invitation.id })
        .execute();
      if (!affected) throw notFound('invitation');
      await tx.insert(RegistryOwner, { registryId: registry.id, userId });
      return this.registries.present(tx, registry);
    });
  }
}

async function assertInvitee(tx: EntityManager, userId: string, invited: string): Promise<void> {
  const [user] = (await tx.query('SELECT email, email_verified_at FROM users WHERE id = $1', [userId])) as { email: string; email_verified_at: Date | null }[];
  const masked = maskEmail(invited);
  if (user.email.toLowerCase() !== invited.toLowerCase()) {
    throw new ProblemException(403, 'invitation-for-another-address', msg('problems:registries.invitation-for-another-address', { masked }), {
      invitedEmail: masked,
    });
  }
  if (!user.email_verified_at) {
    throw new ProblemException(403, 'email-unverified', msg('problems:registries.invitation-email-unverified', { masked }), { invitedEmail: masked });
  }
}

/** `b**@example.com`: enough for the right person to recognise their address, not enough to harvest it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  return `${local.slice(0, 1)}${'*'.repeat(Math.max(2, Math.min(local.length - 1, 6)))}${email.slice(at)}`;
}

async function assertRoomForOwner(tx: EntityManager, registryId: string) {
  if ((await tx.countBy(RegistryOwner, { registryId })) >= MAX_OWNERS) {
    throw new ProblemException(409, 'owner-limit', msg('problems:registries.owner-limit'));
  }
}
