import { i18n } from '@lingui/core';

/** A field value as text for people (conflict tables, summaries): null → "", booleans → yes/no. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? i18n._('common:value.yes') : i18n._('common:value.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Equal as values: lists and objects (suggested amounts, giving settings) by their content, not by identity. */
const sameValue = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));

/** The fields of `edited` that differ from `base`: what a PATCH should send, and no more. */
export function changedFields<T extends object>(base: T, edited: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(edited) as (keyof T)[]) {
    if (edited[key] !== undefined && !sameValue(edited[key], base[key])) changes[key] = edited[key];
  }
  return changes;
}
