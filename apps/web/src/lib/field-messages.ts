import type { FieldError } from '@whispergifts/api-client';

type Code = FieldError['code'];

/**
 * How a form names a field: its label as shown (`'Your e-mail'`), or the label plus sentences of its own for some
 * codes (a money field says its minimum in the currency, a password field says why it is needed).
 */
export type FieldLabel = string | { label: string; messages?: Partial<Record<Code, string | ((limit: number | undefined) => string)>> };

export type FieldLabels = Record<string, FieldLabel>;

/** `Your name` → `your name` mid-sentence; `IBAN` and `BIC` stay as they are. */
const midSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

const plural = (n: number | undefined, one: string, many: string) => `${n ?? ''} ${n === 1 ? one : many}`.trim();

/**
 * The one catalogue of field messages: the API's `errors[].code` (documented in openapi.yaml) in the person's words,
 * naming the field as the form labels it. `detail` is for developers and is shown only for `invalid`, which has no
 * sentence of its own.
 */
const CATALOGUE: Record<Code, (label: string, limit: number | undefined) => string> = {
  required: (label) => `Please fill in ${midSentence(label)}.`,
  'too-short': (label, limit) => `${label} needs at least ${plural(limit, 'character', 'characters')}.`,
  'too-long': (label, limit) => `${label} can be at most ${plural(limit, 'character', 'characters')}. Please shorten it.`,
  'too-small': (label, limit) => (limit === undefined ? `${label} is too small.` : `${label} must be at least ${limit}.`),
  'too-large': (label, limit) => (limit === undefined ? `${label} is too large.` : `${label} can be at most ${limit}.`),
  'not-a-number': (label) => `${label} must be a whole number.`,
  'not-one-of': (label) => `Please choose one of the options for ${midSentence(label)}.`,
  'invalid-email': (label) => `${label} does not look like an e-mail address. Check it for typos (it should look like name@example.com).`,
  'invalid-date': (label) => `${label} must be a real date.`,
  'invalid-url': (label) => `${label} must be a web address starting with https://.`,
  'invalid-slug': (label) => `${label} may use only lowercase letters, digits and single hyphens (3 to 60 of them), and a few words are reserved.`,
  'invalid-domain': (label) => `${label} must be a domain name such as gifts.example.com.`,
  'invalid-currency': (label) => `Please choose a currency for ${midSentence(label)}.`,
  'invalid-iban': (label) => `${label} is not a valid IBAN. Please check the digits.`,
  'invalid-bic': (label) => `${label} must be a BIC of 8 or 11 characters, such as COBADEFFXXX.`,
  'invalid-text': (label) => `${label} holds characters that are not text. Please type it again.`,
  'wrong-type': (label) => `${label} is not valid.`,
  duplicate: (label) => `${label} lists the same entry twice.`,
  'unknown-field': (label) => `${label} is not part of this form.`,
  'not-applicable': (label) => `${label} does not apply with the other choices you made.`,
  taken: (label) => `${label} is already taken. Please try another.`,
  reserved: (label) => `${label} must be a domain of your own, not a WhisperGifts address, localhost or an IP address.`,
  invalid: (label) => `${label} is not valid.`,
};

/** The sentence for one field error. Without a label the field is "This", which reads well next to the input. */
export function fieldMessage(error: Pick<FieldError, 'code' | 'limit' | 'detail'>, name?: FieldLabel): string {
  // "Description (optional)" is "Description" in a sentence, "Price from (EUR)" is "Price from".
  const label = (typeof name === 'string' ? name : name?.label)?.replace(/\s*\([^)]*\)$/, '');
  const own = typeof name === 'object' ? name.messages?.[error.code] : undefined;
  if (own) return typeof own === 'function' ? own(error.limit) : own;
  // A code this build does not know yet (a newer API) falls back to the developer's sentence rather than to nothing.
  const write = CATALOGUE[error.code] as (typeof CATALOGUE)[Code] | undefined;
  if (!write || (!label && error.code === 'invalid')) return error.detail;
  return write(label ?? 'This', error.limit);
}
