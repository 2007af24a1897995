import { i18n } from '@lingui/core';
import type { FieldError } from '@whispergifts/api-client';
import { currentLanguage } from './i18n/language';

type Code = FieldError['code'];

/**
 * How a form names a field: its label as shown (`'Your e-mail'`), or the label plus sentences of its own for some
 * codes (a money field says its minimum in the currency, a password field says why it is needed).
 */
export type FieldLabel = string | { label: string; messages?: Partial<Record<Code, string | ((limit: number | undefined) => string)>> };

export type FieldLabels = Record<string, FieldLabel>;

/** `Your name` → `your name` mid-sentence in English; `IBAN` and `BIC` stay as they are. */
const midSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

/**
 * A message's values: `label` opens a sentence, `field` names it mid-sentence, both as the language writes a named
 * field (English as it is, German „Ihr Name“, French « Votre nom »), or "this field" when the form gave no label.
 */
type Values = {
  label: string;
  field: string;
  limit?: number;
};

/**
 * The one catalogue of field messages: the API's `errors[].code` (documented in openapi.yaml) in the person's words
 * and language (`common:field.*`), naming the field as the form labels it. `detail` is for developers and is shown
 * only for `invalid`, which has no sentence of its own.
 */
const CATALOGUE: Record<Code, (values: Values) => string> = {
  required: (v) => i18n._('common:field.required', v),
  'too-short': (v) => (v.limit === undefined ? i18n._('common:field.too-short', v) : i18n._('common:field.too-short.limit', v)),
  'too-long': (v) => (v.limit === undefined ? i18n._('common:field.too-long', v) : i18n._('common:field.too-long.limit', v)),
  'too-small': (v) => (v.limit === undefined ? i18n._('common:field.too-small', v) : i18n._('common:field.too-small.limit', v)),
  'too-large': (v) => (v.limit === undefined ? i18n._('common:field.too-large', v) : i18n._('common:field.too-large.limit', v)),
  'not-a-number': (v) => i18n._('common:field.not-a-number', v),
  'not-one-of': (v) => i18n._('common:field.not-one-of', v),
  'invalid-email': (v) => i18n._('common:field.invalid-email', v),
  'invalid-date': (v) => i18n._('common:field.invalid-date', v),
  'invalid-url': (v) => i18n._('common:field.invalid-url', v),
  'invalid-slug': (v) => i18n._('common:field.invalid-slug', v),
  'invalid-domain': (v) => i18n._('common:field.invalid-domain', v),
  'invalid-currency': (v) => i18n._('common:field.invalid-currency', v),
  'invalid-iban': (v) => i18n._('common:field.invalid-iban', v),
  'invalid-bic': (v) => i18n._('common:field.invalid-bic', v),
  'invalid-text': (v) => i18n._('common:field.invalid-text', v),
  'wrong-type': (v) => i18n._('common:field.wrong-type', v),
  duplicate: (v) => i18n._('common:field.duplicate', v),
  'unknown-field': (v) => i18n._('common:field.unknown-field', v),
  'not-applicable': (v) => i18n._('common:field.not-applicable', v),
  taken: (v) => i18n._('common:field.taken', v),
  reserved: (v) => i18n._('common:field.reserved', v),
  invalid: (v) => i18n._('common:field.invalid', v),
};

function valuesFor(label: string | undefined, limit: number | undefined): Values {
  if (!label) return { label: i18n._('common:field.this'), field: i18n._('common:field.this-mid'), limit };
  const named = i18n._('common:field.named', { label });
  return { label: named, field: currentLanguage() === 'en' ? midSentence(named) : named, limit };
}

/**
 * The sentence for one field error, in the active language (the `common` catalogue is loaded before any page). A
 * label is inserted as the form gives it (translated by the form). Without a label the field is "this field", which
 * reads well next to the input.
 */
export function fieldMessage(error: Pick<FieldError, 'code' | 'limit' | 'detail'>, name?: FieldLabel): string {
  // "Description (optional)" is "Description" in a sentence, "Price from (EUR)" is "Price from".
  const label = (typeof name === 'string' ? name : name?.label)?.replace(/\s*\([^)]*\)$/, '');
  const own = typeof name === 'object' ? name.messages?.[error.code] : undefined;
  if (own) return typeof own === 'function' ? own(error.limit) : own;
  // A code this build does not know yet (a newer API) falls back to the developer's sentence rather than to nothing.
  const write = CATALOGUE[error.code] as (typeof CATALOGUE)[Code] | undefined;
  if (!write || (!label && error.code === 'invalid')) return error.detail;
  return write(valuesFor(label, error.limit));
}
