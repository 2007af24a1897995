import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { problem, sendProblem } from './problem.filter';
import type { ProblemBody } from './problem';

/**
 * The answers Fastify and Node give before a request reaches a route, as problem+json like every other error.
 * Neither echoes the request: a bad URL or header is exactly what should not be reflected back.
 */

/** Fastify's router refusals (`frameworkErrors`): a URL that does not decode, a path segment over `maxParamLength`. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const body =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? problem(414, 'uri-too-long', 'A part of the path is longer than this API accepts.')
      : error.code === 'FST_ERR_BAD_URL'
        ? problem(400, 'bad-request', 'The path is not a valid URL: a percent sign must start a UTF-8 escape such as %20.')
        : problem(500, 'internal-error', 'Something went wrong on our side. Please try again.');
  void sendProblem(reply, body);
}

/**
 * Node's HTTP parser refusals (`clientErrorHandler`): a malformed request line or header, headers over
 * `maxHeaderSize`, a request that took too long to arrive. The connection is not reusable after those, so
 * the answer closes it, as Node's own does.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const body =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? problem(408, 'request-timeout', 'The request took too long to arrive.')
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? problem(431, 'headers-too-large', 'The request line and headers are larger than this API accepts.')
        : problem(400, 'bad-request', 'The request is not well-formed HTTP.');
  // The answer to a HEAD has no body (a client would read one as a second, unasked-for response).
  const head = (error as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  if (socket.writable) socket.write(rawResponse(body, head));
  socket.destroy(error);
}

function rawResponse(body: ProblemBody, head: boolean): string {
  const json = JSON.stringify(body);
  return [
    `HTTP/1.1 ${body.status} ${STATUS_CODES[body.status]}`,
    'Content-Type: application/problem+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(json)}`,
    'Cache-Control: no-store',
    'Connection: close',
    '',
    head ? '' : json,
  ].join('\r\n');
}
