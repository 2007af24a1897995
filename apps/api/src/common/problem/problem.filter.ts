import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestLanguage } from '../../i18n/request-language';
import { reportError } from '../../observability/error-reporting';
import { LocalizedDetail, PROBLEM_TYPES, ProblemBody, ProblemException, ProblemType, localizeProblem, msg, problemTypeUri } from './problem';

const TYPE_BY_STATUS: Record<number, ProblemType> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  412: 'precondition-failed',
  408: 'request-timeout',
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  431: 'headers-too-large',
  429: 'too-many-requests',
  503: 'service-unavailable',
};

/** Fastify's own errors (body parsing, limits) carry a statusCode and a code; map the ones a client can cause. */
interface FastifyishError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/**
 * Turns every error into RFC 9457 problem+json. Client mistakes keep their 4xx status and a detail that says
 * what to fix; anything else is logged and answered with a generic 500 (no stack traces, no SQL).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost) {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { body, headers, detail } = this.toProblem(error, request);
    if (body.status >= 500) {
      this.logger.error({ err: error, reqId: request.id }, `${request.method} ${request.url} failed`);
      reportError(error, { requestId: request.id, route: request.routeOptions.url });
    }
    // `type`, `status` and field error codes are the contract; `title` and `detail` follow Accept-Language.
    const localized = localizeProblem(body, requestLanguage(request), detail);
    void sendProblem(reply.headers(headers), { ...localized, instance: request.url });
  }

  private toProblem(error: unknown, request: FastifyRequest): { body: ProblemBody; headers: Record<string, string>; detail?: LocalizedDetail } {
    if (error instanceof ProblemException) return { body: error.body, headers: error.headers, detail: error.localizedDetail };
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const type = TYPE_BY_STATUS[status] ?? (status < 500 ? 'bad-request' : 'internal-error');
      const response = error.getResponse();
      const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
      const detail = typeof message === 'string' ? message : Array.isArray(message) ? message.join('; ') : error.message;
      if (status === 404 && detail.startsWith('Cannot ')) return noRoute(request);
      // Fastify's JSON parser refusal, as Nest's adapter hands it on.
      if (status === 400 && detail.includes('not valid JSON')) return localized(400, 'bad-request', msg('problems:invalid-json'));
      return { body: problem(status, type, detail), headers: {} };
    }
    const fastifyError = error as FastifyishError;
    if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      return fastifyProblem(fastifyError, request);
    }
    return localized(500, 'internal-error', msg('problems:internal-error'));
  }
}

type Answer = { body: ProblemBody; headers: Record<string, string>; detail?: LocalizedDetail };

function localized(status: number, type: ProblemType, detail: LocalizedDetail): Answer {
  return { body: new ProblemException(status, type, detail).body, headers: {}, detail };
}

function noRoute(request: FastifyRequest): Answer {
  return localized(404, 'not-found', msg('problems:no-route', { method: request.method, path: request.url.split('?')[0] ?? '' }));
}

function fastifyProblem(error: FastifyishError, request: FastifyRequest): Answer {
  const status = error.statusCode!;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return localized(413, 'payload-too-large', msg('problems:payload-too-large'));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return localized(415, 'unsupported-media-type', msg('problems:unsupported-media-type', { got: request.headers['content-type'] ?? 'none' }));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return localized(400, 'bad-request', msg('problems:empty-body'));
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    default:
      if (error.code?.startsWith('FST_ERR_CTP') || error.message?.includes('JSON')) return localized(400, 'bad-request', msg('problems:invalid-json'));
      return { body: problem(status, TYPE_BY_STATUS[status] ?? 'bad-request', error.message ?? 'Bad request.'), headers: {} };
  }
}

/** Answers with a problem body, for code that runs outside Nest's exception filters (hooks, Fastify's own errors). */
export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  return reply
    .status(body.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(JSON.stringify(body));
}

export function problem(status: number, type: ProblemType, detail: string): ProblemBody {
  return { type: problemTypeUri(type), title: PROBLEM_TYPES[type], status, detail };
}
