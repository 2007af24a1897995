/**
 * A cell a spreadsheet would read as a formula (CSV/formula injection, OWASP): text that starts with = + - @, a tab
 * or a carriage return, also after leading spaces, and the full-width forms some spreadsheets treat alike. Guests
 * write these texts (names, messages, addresses), and a couple opening the export must never run one.
 *
 * The one implementation both writers use: the cell gets a leading apostrophe, the form spreadsheets themselves use
 * for "this is text". Anything else passes through unchanged.
 */
const FORMULA_START = /^[\s]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse, for a file we wrote coming back (export → import): an apostrophe that defuseFormula would have added is dropped. */
export function restoreDefused(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
