import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { IsNull, Repository } from 'typeorm';
import type { AuthDecision, Principal } from '../common/auth/auth-decision';
import { ProblemException, msg } from '../common/problem/problem';
import { AccessTokensService } from './access-tokens.service';
import { User } from './user.entity';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Who is calling, and whether they may. Shared by the global guard and the queue dashboard (a Fastify plugin
 * outside Nest's router), so both apply the same rules.
 */
@Injectable()
export class Authentication {
  constructor(
    private readonly accessTokens: AccessTokensService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /** A Bearer token when one is sent (401 if it is not valid), else the session; null when neither. */
  async identify(request: FastifyRequest): Promise<Principal | null> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const principal = match ? await this.accessTokens.authenticate(match[1]) : null;
      if (!principal) throw new ProblemException(401, 'unauthenticated', msg('problems:accounts.unauthenticated-3'));
      return principal;
    }
    // The session holds only who signed in; what they may do is read from the account when it matters. Disabling an
    // account ends its sessions (AdminUsersService), so no session of a disabled account reaches here.
    const userId = request.session?.userId;
    return userId ? { userId, via: 'session', scope: 'write' } : null;
  }

  /** Refuses (403) what this principal may not do on a route with this decision. */
  async authorize(principal: Principal, decision: Exclude<AuthDecision, 'public'>, method: string): Promise<void> {
    if (decision === 'session' && principal.via !== 'session') {
      throw new ProblemException(403, 'session-required', msg('problems:accounts.session-required'));
    }
    if (principal.scope !== 'write' && !READ_METHODS.has(method)) {
      throw new ProblemException(403, 'insufficient-scope', msg('problems:accounts.insufficient-scope'), {
        requiredScope: 'write',
      });
    }
    // From the account row on every request (one primary-key lookup, admin routes only): a demoted or disabled admin
    // loses access at once, and a new admin gains it at once.
    if (decision === 'admin' && !(await this.users.existsBy({ id: principal.userId, role: 'admin', disabledAt: IsNull() }))) {
      throw new ProblemException(403, 'forbidden', msg('problems:accounts.forbidden-2'));
    }
  }
}
