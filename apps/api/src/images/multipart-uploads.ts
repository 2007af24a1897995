import fastifyMultipart from '@fastify/multipart';
import { NestFastifyApplication, RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { AppConfig } from '../common/config/app-config';
import { ProblemException, msg } from '../common/problem/problem';
import { problem } from '../common/problem/problem.filter';

declare module 'fastify' {
  interface FastifyContextConfig {
    acceptsUpload?: boolean;
  }
}

/** Marks a route that reads a multipart upload; every other route keeps refusing multipart bodies (415). */
export const AcceptsUpload = () => RouteConfig({ acceptsUpload: true });

/** Room for the multipart framing around the file (boundaries, part headers) when judging a Content-Length. */
const FRAMING_BYTES = 16 * 1024;

/**
 * Lets upload routes read multipart bodies. @fastify/multipart reads nothing until the handler asks, so the
 * body is streamed (never buffered) and only after the route's guard and ownership checks. Elsewhere multipart
 * is refused before the body is read, as it was before: HTML forms can send it, and only JSON is ours to parse.
 */
export async function registerUploads(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(fastifyMultipart, {
    // receiveFile() checks `truncated` itself, to answer with its own problem.
    throwFileSizeLimit: false,
    limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 0, parts: 1, headerPairs: 20, fieldNameSize: 100 },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      if (!request.headers['content-type']?.toLowerCase().startsWith('multipart/') || request.is404 || request.routeOptions.config?.acceptsUpload) return;
      await reply
        .status(415)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(
          JSON.stringify({
            ...problem(415, 'unsupported-media-type', `Send the body as application/json (got ${request.headers['content-type']}).`),
            instance: request.url,
          }),
        );
    });
}

/** Streams the request's one file, a form field named `file`, to `target`: a chunk at a time, at most `limitBytes`; any other part is refused. */
export async function receiveFile(request: FastifyRequest, target: string, limitBytes: number): Promise<void> {
  if (!request.isMultipart()) throw new ProblemException(415, 'unsupported-media-type', msg('problems:images.unsupported-media-type'));
  // An honest Content-Length that is too large is refused before a byte is read.
  if (Number(request.headers['content-length']) > limitBytes + FRAMING_BYTES) throw tooLarge(limitBytes);
  const parts = request.parts();
  const next = () =>
    parts.next().catch((error: unknown) => {
      throw malformed(error);
    });
  const first = await next();
  const part = first.done ? undefined : first.value;
  if (!part || part.type !== 'file') throw new ProblemException(400, 'bad-request', msg('problems:images.bad-request-2'));
  if (part.fieldname !== 'file') {
    part.file.resume();
    throw new ProblemException(400, 'bad-request', msg('problems:uploads.wrong-field', { field: JSON.stringify(part.fieldname) }));
  }
  try {
    await pipeline(part.file, createWriteStream(target, { flags: 'wx' }));
  } catch (error) {
    // A failing disk is our problem (500); anything else is the request's.
    throw (error as NodeJS.ErrnoException).syscall ? error : malformed(error);
  }
  if (part.file.truncated) throw tooLarge(limitBytes);
  // The body must end after the image: a second file is not quietly dropped (the parts limit reports it here).
  if (!(await next()).done) throw malformed({ code: 'FST_PARTS_LIMIT' });
}

/** What an upload holds, as the catalogue's select options name it in answers. */
type Upload = 'image' | 'spreadsheet';

/**
 * The request's one file (a form field named `file`) in memory, for small files read whole (a spreadsheet): at most
 * `limitBytes`, counted as the chunks arrive, so a larger body is refused without being held. `what` names the file in answers.
 */
export async function receiveFileBytes(request: FastifyRequest, limitBytes: number, what: Upload): Promise<Buffer> {
  if (!request.isMultipart()) throw new ProblemException(415, 'unsupported-media-type', msg('problems:uploads.not-multipart', { what }));
  if (Number(request.headers['content-length']) > limitBytes + FRAMING_BYTES) throw tooLarge(limitBytes, what);
  const parts = request.parts({ limits: { fileSize: limitBytes } });
  const next = () =>
    parts.next().catch((error: unknown) => {
      throw malformed(error, what);
    });
  const first = await next();
  const part = first.done ? undefined : first.value;
  if (!part || part.type !== 'file' || part.fieldname !== 'file') {
    if (part?.type === 'file') part.file.resume();
    throw new ProblemException(400, 'bad-request', msg('problems:uploads.attach', { what }));
  }
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of part.file) chunks.push(chunk as Buffer);
  } catch (error) {
    throw malformed(error, what);
  }
  if (part.file.truncated) throw tooLarge(limitBytes, what);
  if (!(await next()).done) throw malformed({ code: 'FST_PARTS_LIMIT' }, what);
  return Buffer.concat(chunks);
}

function tooLarge(limitBytes: number, what: Upload = 'image'): ProblemException {
  const megabytes = Math.round((limitBytes / 1024 / 1024) * 10) / 10;
  // The byte count as digits only (no grouping), as in the English sentence; the megabytes follow the language.
  return new ProblemException(413, 'payload-too-large', msg('problems:uploads.too-large', { megabytes, bytes: String(limitBytes), what }), {
    maxBytes: limitBytes,
  });
}

function malformed(error: unknown, what: Upload = 'image'): ProblemException {
  const code = (error as { code?: string }).code;
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_FILES_LIMIT') {
    return new ProblemException(400, 'bad-request', msg('problems:uploads.one-part', { what }));
  }
  if (code === 'FST_MP_PREMATURE_CLOSE') return new ProblemException(400, 'bad-request', msg('problems:images.bad-request-4'));
  return new ProblemException(400, 'bad-request', msg('problems:uploads.malformed', { what }));
}
