/**
 * Text that a spreadsheet program would take for a formula when the cell is edited or the sheet
 * is saved as CSV and opened again (`=HYPERLINK(…)`, `+cmd|…`, `-2+3`, `@SUM(…)`, or one of those
 * behind a tab or carriage return): "formula injection" (OWASP, CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Every text cell of an export goes through here: text that starts like a formula gets a leading
 * apostrophe, the usual neutralisation (Excel shows the text as written, never evaluates it).
 * Numbers, dates and empty cells pass unchanged, so ranks and points stay numbers.
 */
export function formulaSafe<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** formulaSafe over a row of cells. */
export function formulaSafeRow<T>(values: readonly T[]): Array<T | string> {
  return values.map(formulaSafe);
}

/**
 * What formulaSafe wrote, read back from an uploaded roster or score file: the apostrophe before a
 * formula-like start is dropped, so a unit name copied out of an export matches again.
 */
export function withoutFormulaGuard(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
