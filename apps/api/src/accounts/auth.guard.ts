import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PRIVATE_NO_STORE } from '../caching/cache-policies';
import { AUTH_DECISION, AuthDecision } from '../common/auth/auth-decision';
import { ProblemException, msg } from '../common/problem/problem';
import { Authentication } from './authentication.service';

/**
 * The global guard. Public routes run without looking anyone up (guests must cost nothing); every other route
 * needs a session or a personal access token, and its answer is `Cache-Control: private, no-store` unless the route
 * says otherwise. A route with no decision at all is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authentication: Authentication,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const decision = this.reflector.getAllAndOverride<AuthDecision | undefined>(AUTH_DECISION, [context.getHandler(), context.getClass()]);
    if (!decision) throw new ProblemException(403, 'forbidden', msg('problems:accounts.forbidden'));
    if (decision === 'public') return true;

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const principal = await this.authentication.identify(request);
    if (!principal) throw new ProblemException(401, 'unauthenticated', msg('problems:accounts.unauthenticated'));
    await this.authentication.authorize(principal, decision, request.method);
    request.principal = principal;
    // Private by default, as routes are: what an authenticated route answers is one person's, so no shared cache
    // may keep it. A route that says otherwise (the cached owner views: `private, no-cache` with an ETag, set
    // before the guard runs; an explicit @Header) keeps its own.
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', PRIVATE_NO_STORE);
    return true;
  }
}
