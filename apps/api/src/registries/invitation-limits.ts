import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { ProblemException, msg } from '../common/problem/problem';

export type InvitationKind = 'share' | 'partner';

/**
 * The rules for e-mail an account sends to other people (issue 11, item 3), over `sent_invitations`, which
 * outlives the registry: only a verified address may send; each account has a daily allowance per kind across all
 * its registries; an address is invited to a registry once per INVITATION_REPEAT_DAYS unless the couple resends.
 */
@Injectable()
export class InvitationLimits {
  constructor(private readonly config: AppConfig) {}

  /** 403 unless the sender's address is verified; then holds the account's lock until commit, so two requests cannot both take the last places. */
  async openSending(tx: EntityManager, userId: string): Promise<void> {
    const [user] = (await tx.query('SELECT email_verified_at FROM users WHERE id = $1', [userId])) as { email_verified_at: Date | null }[];
    if (!user?.email_verified_at) {
      throw new ProblemException(403, 'email-unverified', msg('problems:registries.email-unverified'));
    }
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`invitations:${userId}`]);
  }

  limit(kind: InvitationKind): number {
    return kind === 'share' ? this.config.shareInvitationsPerDay : this.config.partnerInvitationsPerDay;
  }

  /** How many more of this kind the account may send now (the allowance counts the last 24 hours). */
  async remaining(tx: EntityManager, userId: string, kind: InvitationKind): Promise<number> {
    const [{ n }] = (await tx.query(
      `SELECT count(*)::int AS n FROM sent_invitations WHERE user_id = $1 AND kind = $2 AND created_at > now() - interval '24 hours'`,
      [userId, kind],
    )) as { n: number }[];
    return Math.max(0, this.limit(kind) - n);
  }

  /** The addresses among `emails` invited to this registry within the repeat window, with when. */
  async recentlyInvited(tx: EntityManager, registryId: string, kind: InvitationKind, emails: string[]): Promise<Map<string, Date>> {
    if (!this.config.invitationRepeatDays || !emails.length) return new Map();
    const rows = (await tx.query(
      `SELECT email, max(created_at) AS at FROM sent_invitations
        WHERE registry_id = $1 AND kind = $2 AND email = ANY($3) AND created_at > now() - make_interval(days => $4)
        GROUP BY email`,
      [registryId, kind, emails, this.config.invitationRepeatDays],
    )) as { email: string; at: Date }[];
    return new Map(rows.map((r) => [r.email, r.at]));
  }

  /** 429 unless `wanted` fit in the allowance. */
  async assertAllowance(tx: EntityManager, userId: string, kind: InvitationKind, wanted: number): Promise<number> {
    const remaining = await this.remaining(tx, userId, kind);
    if (wanted <= remaining) return remaining;
    const limit = this.limit(kind);
    const [oldest] = (await tx.query(
      `SELECT ceil(extract(epoch FROM created_at + interval '24 hours' - now()))::int AS wait
         FROM sent_invitations WHERE user_id = $1 AND kind = $2 AND created_at > now() - interval '24 hours'
        ORDER BY created_at OFFSET $3 LIMIT 1`,
      [userId, kind, wanted - remaining - 1],
    )) as { wait: number }[];
    const retryAfter = Math.max(1, oldest?.wait ?? 1);
    const detail =
      remaining === 0
        ? msg('problems:registries.invitation-limit-spent', { kind, limit })
        : msg('problems:registries.invitation-limit-more', { kind, remaining, limit, wanted });
    throw new ProblemException(429, 'invitation-limit', detail, { remaining, limit, retryAfter }, { 'retry-after': String(retryAfter) });
  }

  async record(tx: EntityManager, userId: string, kind: InvitationKind, registryId: string, emails: string[]): Promise<void> {
    if (!emails.length) return;
    await tx.query(`INSERT INTO sent_invitations (user_id, kind, registry_id, email) SELECT $1, $2, $3, unnest($4::text[])`, [
      userId,
      kind,
      registryId,
      emails,
    ]);
  }
}
