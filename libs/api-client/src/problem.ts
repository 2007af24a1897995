import type { components } from './schema';

export type FieldError = components['schemas']['FieldErrorDto'];

/** An RFC 9457 body as the API sends it: the documented fields plus any extension members (e.g. `item` on a 409). */
export type ProblemBody = components['schemas']['ProblemDto'] & Record<string, unknown>;

const TYPE_PREFIX = 'https://whispergifts.com/problems/';

/**
 * A non-2xx answer from the API. `kind` is the stable slug of the problem type (`not-enough-remaining`,
 * `precondition-failed`, `registry-locked`, ...), so callers branch on it rather than on status codes or text.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly kind: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly body: ProblemBody;
  /** Response headers, e.g. the current `ETag` on a 412 or `Retry-After` on a 429. */
  readonly headers: Headers;

  constructor(response: Response, body: unknown) {
    const problem = asProblemBody(response, body);
    super(problem.detail);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.kind = problem.type.startsWith(TYPE_PREFIX) ? problem.type.slice(TYPE_PREFIX.length) : problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.body = problem;
    this.headers = response.headers;
  }

  /**
   * Field errors keyed by the field's name in the request body: `#/email` → `email`, `#/price/min` → `price.min`.
   * The first message per field wins, which is the one to show next to the input.
   */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.fieldErrorsByName()).map(([field, error]) => [field, error.detail]));
  }

  /** The same, whole: `code` and `limit` are what a form turns into a sentence in the person's words. */
  fieldErrorsByName(): Record<string, FieldError> {
    const byField: Record<string, FieldError> = {};
    for (const error of this.errors) {
      const field = error.pointer.replace(/^#?\//, '').split('/').join('.');
      byField[field] ??= error;
    }
    return byField;
  }
}

/** Anything that is not problem+json (a proxy's HTML error page, an empty 502) still becomes a readable problem. */
function asProblemBody(response: Response, body: unknown): ProblemBody {
  if (isProblemBody(body)) return body;
  return {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: response.status >= 500 ? 'The server could not answer just now. Please try again in a moment.' : `The request failed (${response.status}).`,
  };
}

function isProblemBody(body: unknown): body is ProblemBody {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.type === 'string' && typeof candidate.status === 'number' && typeof candidate.detail === 'string';
}

export function isApiProblem(error: unknown, kind?: string): error is ApiProblem {
  return error instanceof ApiProblem && (kind === undefined || error.kind === kind);
}
