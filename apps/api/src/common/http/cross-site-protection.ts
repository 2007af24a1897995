import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem } from '../problem/problem.filter';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser sent on behalf of another site (CSRF), before the body is read.
 *
 * Three layers: the session cookie is SameSite=Lax, so browsers do not attach it to cross-site POSTs; only
 * application/json bodies are parsed, which an HTML form cannot send; and here, the Fetch Metadata and Origin
 * headers that browsers add are checked against our own origin. Clients that are not browsers (curl, REST
 * clients with a Bearer token) send neither header and are not affected.
 */
export function crossSiteProtection(publicUrl: string) {
  const trustedOrigins = new Set([new URL(publicUrl).origin]);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const fetchSite = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const ownOrigin = `${request.protocol}://${request.host}`;
    const crossSite =
      fetchSite !== undefined
        ? fetchSite !== 'same-origin' && fetchSite !== 'none'
        : origin !== undefined && origin !== 'null'
          ? origin !== ownOrigin && !trustedOrigins.has(origin)
          : origin === 'null';
    if (!crossSite) return;
    await reply
      .status(403)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(
        problem(403, 'cross-site-request', 'This request came from another site and was refused. Use the WhisperGifts app, or an API token without cookies.'),
      );
  };
}
