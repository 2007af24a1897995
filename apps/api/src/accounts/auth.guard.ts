import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PRIVATE_NO_STORE } from '../caching/cache-policies';
import { AUTH_DECISION, AuthDecision, Principal } from '../common/auth/auth-decision';
import { ProblemException } from '../common/problem/problem';
import { AccessTokensService } from './access-tokens.service';

/**
 * The global guard. Public routes run without looking anyone up (guests must cost nothing); every other route
 * needs a session or a personal access token, and its answer is `Cache-Control: private, no-store` unless the route
 * says otherwise. A route with no decision at all is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokensService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const decision = this.reflector.getAllAndOverride<AuthDecision | undefined>(AUTH_DECISION, [context.getHandler(), context.getClass()]);
    if (!decision) throw new ProblemException(403, 'forbidden', 'This route has no access rule, so nobody may call it.');
    if (decision === 'public') return true;

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const principal = await this.identify(request);
    if (!principal) throw new ProblemException(401, 'unauthenticated', 'Log in, or send a personal access token as `Authorization: Bearer <token>`.');
    if (decision === 'admin' && principal.role !== 'admin') throw new ProblemException(403, 'forbidden', 'Only administrators may do this.');
    request.principal = principal;
    // Private by default, as routes are: what an authenticated route answers is one person's, so no shared cache
    // may keep it. A route that says otherwise (the cached owner views: `private, no-cache` with an ETag, set
    // before the guard runs; an explicit @Header) keeps its own.
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', PRIVATE_NO_STORE);
    return true;
  }

  private async identify(request: FastifyRequest): Promise<Principal | null> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const principal = match ? await this.accessTokens.authenticate(match[1]) : null;
      if (!principal) throw new ProblemException(401, 'unauthenticated', 'This access token is not valid (unknown, revoked or expired).');
      return principal;
    }
    const { userId, role } = request.session ?? {};
    return userId && role ? { userId, role, via: 'session' } : null;
  }
}
