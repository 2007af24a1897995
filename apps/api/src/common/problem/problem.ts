import { HttpException } from '@nestjs/common';
import type { Language } from '@whispergifts/i18n';
import { type MessageKey, type MessageValues, translator } from '@whispergifts/i18n/node';

/**
 * What is wrong with one field, for a program: the web app turns the code (plus `limit`) into a sentence naming the
 * field as its form labels it, so `detail` (written for developers) never reaches people. Part of the public contract.
 */
export const FIELD_ERROR_CODES = {
  required: 'missing or empty',
  'too-short': 'shorter than `limit` characters (or entries)',
  'too-long': 'longer than `limit` characters (or entries)',
  'too-small': 'below `limit`',
  'too-large': 'above `limit`',
  'not-a-number': 'not a whole number',
  'not-one-of': 'not one of the allowed values',
  'invalid-email': 'not an e-mail address mail can be delivered to',
  'invalid-date': 'not a calendar date written YYYY-MM-DD',
  'invalid-url': 'not an http(s) address',
  'invalid-slug': 'not usable as a web address (lowercase letters, digits, single hyphens; some words reserved)',
  'invalid-domain': 'not a domain name',
  'invalid-currency': 'not an ISO 4217 currency code',
  'invalid-iban': 'not a valid IBAN',
  'invalid-bic': 'not a valid BIC',
  'invalid-text': 'holds characters that are not text (NUL, unpaired surrogates)',
  'wrong-type': 'of the wrong JSON type',
  duplicate: 'lists an entry twice',
  'unknown-field': 'not a field of this request',
  'not-applicable': 'not used with the other values sent',
  taken: 'already used by someone else',
  reserved: "one of WhisperGifts' own names, or not a public host name",
  invalid: 'not valid for another reason; see `detail`',
} as const;

export type FieldErrorCode = keyof typeof FIELD_ERROR_CODES;

/** RFC 9457 problem details. `type` is stable; `detail` says what to fix. */
export interface FieldError {
  /** JSON Pointer to the offending field in the request body or query, e.g. `#/email`. */
  pointer: string;
  code: FieldErrorCode;
  detail: string;
  /** The bound a too-short/too-long/too-small/too-large value crossed. */
  limit?: number;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TYPE_BASE = 'https://whispergifts.com/problems/';

/** Stable problem types. The slug is part of the public contract; titles are for humans. */
export const PROBLEM_TYPES = {
  'bad-request': 'Bad request',
  'validation-error': 'Your request has invalid fields',
  unauthenticated: 'Authentication required',
  forbidden: 'Forbidden',
  'insufficient-scope': 'This access token may not do this',
  'session-required': 'Sign in to do this',
  'cross-site-request': 'Cross-site request refused',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  conflict: 'Conflict',
  'slug-taken': 'This address is already taken',
  'domain-taken': 'Another gift list has verified this domain',
  'not-enough-remaining': 'Not enough of this gift is left',
  'pledge-exceeds-target': 'This pledge would pass the target',
  'use-pledges': 'This is a money gift: pledge an amount instead',
  'use-reservations': 'This gift is reserved, not pledged',
  'kind-fixed': 'The kind of this item can no longer change',
  'reservation-lapsed': 'This reservation has lapsed',
  'reservation-cancelled': 'This reservation was cancelled',
  'idempotency-key-reused': 'Idempotency-Key reused with a different request',
  'precondition-failed': 'Precondition failed',
  'payload-too-large': 'Request body too large',
  'uri-too-long': 'Request URL too long',
  'headers-too-large': 'Request headers too large',
  'request-timeout': 'Request timeout',
  'unsupported-media-type': 'Unsupported media type',
  'too-many-requests': 'Too many requests',
  'registry-locked': 'This registry is password protected',
  'owner-limit': 'A registry has at most two owners',
  'item-limit': 'Too many items',
  'offline-gift-limit': 'Too many gifts given outside the list',
  'list-size-limit': 'The gift list is too long',
  'invitation-limit': 'Too many invitations',
  'email-unverified': 'Verify your e-mail address first',
  'already-invited': 'This address was invited recently',
  'invitation-for-another-address': 'This invitation is for another e-mail address',
  'last-owner': 'A registry needs an owner',
  'invalid-token': 'This link is not valid',
  'wrong-password': 'The password is not right',
  'plan-limit': 'Your plan does not include this',
  'payments-disabled': 'Payments are not set up on this installation',
  'account-disabled': 'This account is disabled',
  'registry-suspended': 'This gift list is suspended',
  'last-admin': 'The last administrator must stay',
  'link-refused': 'This address is never fetched',
  'link-unreadable': 'This link could not be read',
  'spreadsheet-unreadable': 'This spreadsheet could not be read',
  'import-has-errors': 'Some rows of the spreadsheet are invalid',
  'service-unavailable': 'Service unavailable',
  'internal-error': 'Internal server error',
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export function problemTypeUri(type: ProblemType): string {
  return TYPE_BASE + type;
}

/**
 * A problem `detail` written in the catalogue (`problems` namespace) rather than in code: the body carries the
 * English text, and the filter re-renders it in the language the request asked for (`Accept-Language`). A plain
 * string detail stays as written (English, for developers) until its call site moves to a key.
 */
export interface LocalizedDetail {
  key: MessageKey;
  values?: MessageValues;
}

export const msg = (key: MessageKey, values?: MessageValues): LocalizedDetail => ({ key, values });

/**
 * A problem body in one language: `title` from `problems:title.<type>`, `detail` from its key when it has one, and
 * each field error's `detail` from its code (`problems:field.<code>`, with `limit`). English keeps the field errors'
 * own sentences, which name the rule that failed; their `pointer`, `code` and `limit` never change.
 */
export function localizeProblem(body: ProblemBody, language: Language, detail?: LocalizedDetail): ProblemBody {
  if (language === 'en' && !detail) return body;
  const type = body.type.startsWith(TYPE_BASE) ? (body.type.slice(TYPE_BASE.length) as ProblemType) : undefined;
  const t = translator();
  const errors = language !== 'en' && Array.isArray(body.errors) ? { errors: body.errors.map((error) => localizeFieldError(error, language)) } : {};
  return {
    ...body,
    ...(type && type in PROBLEM_TYPES ? { title: t.t(language, `problems:title.${type}`) } : {}),
    ...(detail ? { detail: t.t(language, detail.key, detail.values) } : {}),
    ...errors,
  };
}

function localizeFieldError(error: FieldError, language: Language): FieldError {
  if (!(error.code in FIELD_ERROR_CODES)) return error;
  return { ...error, detail: translator().t(language, `problems:field.${error.code}`, { limit: error.limit ?? 0 }) };
}

/** Throw this from anywhere to answer with a problem+json body. */
export class ProblemException extends HttpException {
  /** The catalogue key of `detail`, when it has one: the filter answers in the request's language. */
  readonly localizedDetail?: LocalizedDetail;

  constructor(
    status: number,
    type: ProblemType,
    detail: string | LocalizedDetail,
    extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    const text = typeof detail === 'string' ? detail : translator().t('en', detail.key, detail.values);
    super({ type: problemTypeUri(type), title: PROBLEM_TYPES[type], status, detail: text, ...extensions } satisfies ProblemBody, status);
    if (typeof detail !== 'string') this.localizedDetail = detail;
  }

  get body(): ProblemBody {
    return this.getResponse() as ProblemBody;
  }

  /** The body in a language (see `localizeProblem`). */
  bodyIn(language: Language): ProblemBody {
    return localizeProblem(this.body, language, this.localizedDetail);
  }
}

/** What was not found, for `notFound`: each has its sentence in the catalogue, `problems:not-found.<subject>`. */
export const NOT_FOUND_SUBJECTS = [
  'reservation',
  'registry',
  'pledge',
  'gift-list',
  'account',
  'tracker-entry',
  'item',
  'invitation',
  'page',
  'gift',
  'domain-gift-list',
  'token',
  'owner',
  'order',
  'guest-cards',
  'verified-domain',
  'registry-domain',
] as const;

export type NotFoundSubject = (typeof NOT_FOUND_SUBJECTS)[number];

export const notFound = (subject: NotFoundSubject) => new ProblemException(404, 'not-found', msg(`problems:not-found.${subject}`));

export const validationProblem = (errors: FieldError[], detail: string | LocalizedDetail = msg('problems:validation-error')) =>
  new ProblemException(400, 'validation-error', detail, { errors });
