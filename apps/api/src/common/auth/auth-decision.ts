import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

/**
 * Every route states who may call it. There is no default: the auth guard refuses a route without a decision,
 * and a test walks the route table to catch one before it ships.
 */
export type AuthDecision = 'public' | 'user' | 'session' | 'admin';
export const AUTH_DECISION = 'whispergifts:auth-decision';

/** Anyone, no account: guests, health checks. */
export const Public = () => SetMetadata(AUTH_DECISION, 'public' satisfies AuthDecision);
// The token scheme is listed first: it is what a person can paste into Swagger UI's Authorize (a browser cannot set a cookie).
/** A signed-in user (session cookie) or a REST client (personal access token; writes need the `write` scope). */
export const Authenticated = () => applyDecorators(SetMetadata(AUTH_DECISION, 'user' satisfies AuthDecision), ApiBearerAuth('token'), ApiCookieAuth('session'));
/** A signed-in person in a browser session only; an access token is refused (403), so a token cannot mint or revoke tokens. */
export const SessionOnly = () => applyDecorators(SetMetadata(AUTH_DECISION, 'session' satisfies AuthDecision), ApiCookieAuth('session'));
/** Administrators only; the role is read from the account on every request. */
export const AdminOnly = () => applyDecorators(SetMetadata(AUTH_DECISION, 'admin' satisfies AuthDecision), ApiBearerAuth('token'), ApiCookieAuth('session'));

/** What a personal access token may do: `read` (GET and HEAD) or `write` (everything). A session may do everything. */
export type TokenScope = 'read' | 'write';

export interface Principal {
  userId: string;
  via: 'session' | 'token';
  scope: TokenScope;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface Session {
    userId?: string;
    /** Password-protected registries this browser has unlocked: registry id → stamp of the password it unlocked. */
    unlocked?: Record<string, string>;
  }
}

/** The caller of an authenticated route. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<FastifyRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return principal;
});
