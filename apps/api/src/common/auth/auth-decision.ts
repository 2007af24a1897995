import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

/**
 * Every route states who may call it. There is no default: the auth guard refuses a route without a decision,
 * and a test walks the route table to catch one before it ships.
 */
export type AuthDecision = 'public' | 'user' | 'admin';
export const AUTH_DECISION = 'whispergifts:auth-decision';

/** Anyone, no account: guests, health checks. */
export const Public = () => SetMetadata(AUTH_DECISION, 'public' satisfies AuthDecision);
/** A signed-in user (session cookie) or a REST client (personal access token). */
export const Authenticated = () => applyDecorators(SetMetadata(AUTH_DECISION, 'user' satisfies AuthDecision), ApiCookieAuth('session'), ApiBearerAuth('token'));
/** Administrators only. */
export const AdminOnly = () => applyDecorators(SetMetadata(AUTH_DECISION, 'admin' satisfies AuthDecision), ApiCookieAuth('session'), ApiBearerAuth('token'));

export interface Principal {
  userId: string;
  role: 'user' | 'admin';
  via: 'session' | 'token';
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface Session {
    userId?: string;
    role?: 'user' | 'admin';
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
