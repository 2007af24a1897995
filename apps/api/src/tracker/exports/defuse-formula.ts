/**
 * A spreadsheet reads a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so a
 * guest's name such as `=HYPERLINK(...)` could run when the couple opens an export (CSV injection). Such a value
 * gets a leading apostrophe, which spreadsheets show as text. The one implementation every export uses.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
