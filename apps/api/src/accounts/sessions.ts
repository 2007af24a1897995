import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User } from './user.entity';

export const SESSION_COOKIE = 'wg_session';

/** Starts a signed-in session under a new id (so a session id planted before login is worthless). */
export async function startSession(request: FastifyRequest, user: User): Promise<void> {
  await request.session.regenerate();
  request.session.userId = user.id;
  request.session.role = user.role;
}

/** Deletes the session from the store and tells the browser to forget the cookie. */
export async function endSession(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  await request.session.destroy();
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
