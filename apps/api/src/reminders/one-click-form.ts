import type { FastifyInstance } from 'fastify';

/** The one route that takes a form body: RFC 8058 One-Click unsubscribe, POSTed by mail providers. */
const ONE_CLICK_ROUTE = '/api/public/reminders/:token/unsubscribe';
const FORM = 'application/x-www-form-urlencoded';

/**
 * The API parses only JSON, so HTML forms (the vehicle of cross-site request forgery) cannot reach it. RFC 8058
 * makes one exception necessary: a mail provider unsubscribes with a form POST of `List-Unsubscribe=One-Click`.
 * This accepts that form on the one-click route only (a few bytes, content ignored: the signed token decides),
 * and answers every other route's form with the same 415 Fastify gives for any type it does not parse.
 */
export function acceptOneClickForms(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit: 1024 }, (request, _body, done) => {
    if (request.routeOptions.url === ONE_CLICK_ROUTE) return done(null, {});
    const error = Object.assign(new Error(`Unsupported Media Type: ${FORM}`), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' });
    done(error, undefined);
  });
}
