/**
 * What the generic table reader needs to know about one kind of upload (roster, score sheet, …):
 * which header texts name which field, which columns make a row the header, and how its errors
 * are coded and worded. Everything else (xlsx/CSV decoding, limits, row numbers) is shared.
 */
import type { SpreadsheetFileError, SpreadsheetFileErrorCode } from './table-errors';

/** One cell as the user sees it; the reader does not judge contents. */
export interface TableCell {
  /** What the cell shows, untrimmed; numbers as plain digits, dates as YYYY-MM-DD. */
  text: string;
  /**
   * The file held a number (or date), not text: an ID number may have lost digits and a code its
   * leading 0. Always false for CSV, which has no cell types.
   */
  storedAsNumber: boolean;
}

export type TableCells<F extends string> = Partial<Record<F, TableCell>>;

/**
 * One spreadsheet row before header mapping: `cells[i]` is column i (0-based), absent when the
 * cell is empty. `rowNumber` is the 1-based row the user sees (CSV: the record number).
 */
export interface RawTableRow {
  rowNumber: number;
  cells: ReadonlyArray<TableCell | undefined>;
}

/** The NO_HEADER explanation: what a header row must contain, in both languages. */
export interface HeaderRequirement<F extends string> {
  /** Completes "No header row with … in the first N rows". */
  en: string;
  /** Follows "在前N行中没有找到表头。"; a full sentence or two. */
  zh: string;
  /** The accepted header texts, returned in the error's details. */
  accepted: Readonly<Partial<Record<F, readonly string[]>>>;
}

export interface TableVocabulary<F extends string, P extends string = string> {
  readonly fields: readonly F[];
  /** Error code prefix: 'ROSTER' gives ROSTER_NO_HEADER, ROSTER_EMPTY, … */
  readonly codePrefix: P;
  /** What the upload is called in messages, e.g. { en: 'roster', zh: '报名表' }. */
  readonly document: { readonly en: string; readonly zh: string };
  /** How messages name each field (the Chinese header a user would recognise). */
  readonly labels: Readonly<Record<F, string>>;
  /** The field a header cell denotes, or null for columns that are not read (序号, 备注, …). */
  match(headerText: string): F | null;
  /** Whether the recognised columns of a row make it the header row. */
  isHeader(columns: Partial<Record<F, string>>): boolean;
  describe(): HeaderRequirement<F>;
  /**
   * Builds the file errors, so that a caller can keep its own subclass (`instanceof
   * RosterFileError`); a plain SpreadsheetFileError when absent.
   */
  createError?(
    code: SpreadsheetFileErrorCode<P>,
    message: string,
    messageZh: string,
    details?: unknown,
  ): SpreadsheetFileError;
}
