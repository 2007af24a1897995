import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { Passwords } from '../accounts/passwords';
import { Sessions } from '../accounts/sessions';
import { User } from '../accounts/user.entity';
import { EdgeShares } from '../caching/edge-shares';
import { RateLimits } from '../common/http/rate-limits';
import { ProblemException, notFound, msg } from '../common/problem/problem';
import { Registry } from '../registries/registry.entity';
import { RegistryOwner } from '../registries/registry-owner.entity';
import { RegistryWrites } from '../registries/registry-writes.service';

/**
 * DELETE /api/me: the account goes, with everything only it holds.
 *
 * Each registry is handled through RegistryWrites under its row lock, so the decision "am I its only owner?" is
 * taken against the current owners: a registry owned alone is deleted (its items, reservations, pledges and
 * offline gifts cascade; the images' files are queued for deletion by the database trigger, in the same
 * transaction, and the worker removes them); a co-owned one loses this owner and stays with the partner, its
 * version bumped so no cached owner view still lists them. Then the account row goes (its access tokens, e-mailed
 * tokens and invitations cascade) and every session is ended.
 *
 * The registries are separate transactions: if a later step fails, what is done stays done and a retry carries
 * on from there, with the account (and the password check) still in place.
 */
@Injectable()
export class AccountDeletion {
  constructor(
    private readonly db: DataSource,
    private readonly writes: RegistryWrites,
    private readonly edgeShares: EdgeShares,
    private readonly passwords: Passwords,
    private readonly sessions: Sessions,
    private readonly rateLimits: RateLimits,
  ) {}

  async delete(userId: string, password: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    await this.rateLimits.consume('account-deletion', userId, 'attempts to delete your account');
    const user = await this.db.manager.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.id = :userId', { userId }).getOne();
    if (!user) throw notFound('account');
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw new ProblemException(403, 'wrong-password', msg('problems:account-data.wrong-password'), {
        errors: [{ pointer: '#/password', code: 'invalid', detail: 'is not right' }],
      });
    }

    // A registry created while this runs would lose its only owner with the account: go round again until none is left.
    for (let round = 0; round < 3; round++) {
      const owned = await this.db.manager.findBy(RegistryOwner, { userId });
      for (const { registryId } of owned) await this.leaveOrDelete(registryId, userId);
      const deleted = await this.db.transaction(async (tx) => {
        const [, count] = (await tx.query('DELETE FROM users WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM registry_owners WHERE user_id = $1)', [userId])) as [
          unknown,
          number,
        ];
        // Before the commit: if the sessions cannot be ended (Redis down), the account stays and the request can be repeated.
        if (count) await this.sessions.endAll(request.sessionStore, userId);
        return count > 0;
      });
      if (deleted) {
        await this.sessions.end(request, reply);
        return;
      }
    }
    throw new ProblemException(409, 'conflict', msg('problems:account-data.conflict'));
  }

  private async leaveOrDelete(registryId: string, userId: string): Promise<void> {
    let deletedSlug: string | undefined;
    try {
      await this.writes.asOwner(registryId, userId, async (tx, registry) => {
        const owners = await tx.countBy(RegistryOwner, { registryId });
        if (owners > 1) {
          await tx.delete(RegistryOwner, { registryId, userId });
          return;
        }
        // The edge may keep a list only while it is shareable at its address: withdraw it before the commit.
        await this.edgeShares.beforeCommit(registry, null);
        await tx.delete(Registry, { id: registryId });
        deletedSlug = registry.slug;
      });
    } catch (error) {
      // Gone meanwhile (the partner deleted it, or removed this owner): nothing left to do for it.
      if (error instanceof ProblemException && error.getStatus() === 404) return;
      throw error;
    }
    await this.edgeShares.afterCommit(deletedSlug);
  }
}
