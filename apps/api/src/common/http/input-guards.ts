import type { FastifyInstance } from 'fastify';
import { FieldError, ProblemException, validationProblem, msg } from '../problem/problem';

/**
 * Input no part of the API can handle is refused at the door, once for every route, before any validation or work:
 *
 * - JSON nested deeper than `maxDepth`: counted by a cheap scan of the text before `JSON.parse`, so a
 *   90 KB `[[[[…` costs a loop over bytes, not a recursion in the parser, class-transformer and class-validator.
 * - Text that is not text: a NUL (PostgreSQL's text types cannot store U+0000) or an unpaired UTF-16 surrogate
 *   (not Unicode; `encodeURI`, UTF-8 encoders and SMTP all refuse it), anywhere in the body (keys included), the
 *   query or the path parameters. Answered as a field error naming the JSON Pointer, like any other invalid field.
 * - A request target that is not a path (absolute form, `POST http://x/api/...`): proxies send those, not
 *   clients of an origin server, and the cookie, session and cross-site checks all read the target as a path.
 */
declare module 'fastify' {
  interface FastifyRequest {
    /** The JSON body as received, on routes configured with `rawBody: true` only. */
    rawBody?: string;
  }
}

export function installInputGuards(fastify: FastifyInstance, options: { maxDepth: number }): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    try {
      if (!request.raw.url?.startsWith('/')) {
        throw new ProblemException(400, 'bad-request', msg('problems:common.bad-request'));
      }
      refuseUnsafeText({ ...(request.params as object), ...(request.query as object) });
      done();
    } catch (refusal) {
      done(refusal as ProblemException);
    }
  });

  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string; // parseAs: 'string'
    // A route that verifies a signature over the exact bytes (Stripe's webhook) asks for them with @RouteConfig({ rawBody: true }).
    if ((request.routeOptions.config as { rawBody?: boolean } | undefined)?.rawBody) request.rawBody = text;
    if (jsonDepthExceeds(text, options.maxDepth)) {
      done(new ProblemException(400, 'bad-request', `The JSON body is nested more than ${options.maxDepth} levels deep.`), undefined);
      return;
    }
    void parse(request, text, (error, parsed) => {
      if (error) return done(error, undefined);
      try {
        refuseUnsafeText(parsed);
      } catch (refusal) {
        return done(refusal as ProblemException, undefined);
      }
      done(null, parsed);
    });
  });
}

/** Whether `json` opens more than `maxDepth` arrays or objects inside each other (brackets in strings do not count). */
export function jsonDepthExceeds(json: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}

/** Throws a 400 field error for each string (or key) in `value` that holds a NUL or an unpaired surrogate. */
export function refuseUnsafeText(value: unknown): void {
  const errors: FieldError[] = [];
  collect(value, '#', errors);
  if (errors.length) throw validationProblem(errors, 'Some fields hold characters that are not text; see `errors`.');
}

function collect(value: unknown, pointer: string, errors: FieldError[]): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) errors.push({ pointer, code: 'invalid-text', detail: `${fieldName(pointer)} ${problem}` });
  } else if (Array.isArray(value)) {
    value.forEach((entry, index) => collect(entry, `${pointer}/${index}`, errors));
  } else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const keyProblem = textProblem(key);
      if (keyProblem) errors.push({ pointer: child, code: 'invalid-text', detail: `field names ${keyProblem}` });
      else collect(entry, child, errors);
    }
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (it holds an unpaired surrogate)';
  return undefined;
}

function fieldName(pointer: string): string {
  const last = pointer.slice(pointer.lastIndexOf('/') + 1);
  return last === '#' || /^\d+$/.test(last) ? 'value' : last.replace(/~1/g, '/').replace(/~0/g, '~');
}
