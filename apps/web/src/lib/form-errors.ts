import { i18n } from '@lingui/core';
import { isApiProblem } from '@whispergifts/api-client';
import { fieldMessage, type FieldLabels } from './field-messages';

export interface FormErrors {
  /** Messages for fields, keyed by the field's name in the request body. */
  fields: Record<string, string>;
  /** A message for the form as a whole, when the problem is not about one field. */
  summary: string | null;
}

export const noFormErrors: FormErrors = { fields: {}, summary: null };

/**
 * Spreads a failed request over a form: field errors next to their inputs, in the person's words (see
 * field-messages.ts) naming each field by its label in `labels`; the rest at the top.
 */
export function formErrorsFrom(error: unknown, labels: FieldLabels = {}): FormErrors {
  if (!error) return noFormErrors;
  if (isApiProblem(error)) {
    const fields = Object.fromEntries(Object.entries(error.fieldErrorsByName()).map(([name, field]) => [name, fieldMessage(field, labels[name])]));
    return { fields, summary: Object.keys(fields).length ? null : error.detail };
  }
  return { fields: {}, summary: i18n._('common:field.unreachable') };
}

/** One sentence for a failed request that has no form of its own to spread over (an upload, a button). */
export function errorMessage(error: unknown, labels: FieldLabels = {}): string | null {
  const { fields, summary } = formErrorsFrom(error, labels);
  return summary ?? Object.values(fields)[0] ?? null;
}
