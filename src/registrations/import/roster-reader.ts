/**
 * Reads a unit's roster spreadsheet (.xlsx or .csv) row by row, as raw cells keyed by field.
 *
 * The reading itself (xlsx/CSV decoding, header search, limits) is the generic table reader in
 * common/spreadsheet; this module fixes it to the roster vocabulary and keeps the roster's names.
 * Usage:
 *
 *   const header = await readRosterHeader(buffer, format);      // cheap up-front check
 *   for await (const row of readRoster(buffer, format, { maxRows })) { … }
 *
 * `readRoster` also reports the header through `options.onHeader` before its first row.
 * Errors are RosterFileErrors with ROSTER_* codes.
 */
import { detectTableFormat, type TableFormat } from '../../common/spreadsheet/table-format';
import {
  DEFAULT_HEADER_SEARCH_ROWS,
  DEFAULT_MAX_TABLE_ROWS,
  readTable,
  readTableHeader,
  unpackedTableSize,
  verifyTableSizes,
} from '../../common/spreadsheet/table-reader';
import { ROSTER_VOCABULARY, type RosterCells, type RosterField } from './roster-columns';

export { RosterFileError, type RosterFileErrorCode } from './roster-file-error';
export { DEFAULT_HEADER_SEARCH_ROWS };

export type RosterFormat = TableFormat;

export interface RosterRow {
  /** The row number the user sees in the spreadsheet (CSV: the 1-based record number). */
  rowNumber: number;
  /** Only the mapped columns; a field is absent when its cell is empty. Texts are untrimmed. */
  cells: RosterCells;
}

export interface RosterHeader {
  rowNumber: number;
  /** The header text as written (trimmed), per recognised field. */
  columns: Partial<Record<RosterField, string>>;
  /** Non-empty header texts that map to no field (序号, 备注, …); their columns are not read. */
  ignored: string[];
}

export interface RosterReadOptions {
  /** Non-blank data rows allowed; one more ends the read with ROSTER_TOO_MANY_ROWS. */
  maxRows?: number;
  /** The header must be on a row numbered at most this; title rows may sit above it. */
  headerSearchRows?: number;
  /** Called once with the header, before the first data row is yielded. */
  onHeader?: (header: RosterHeader) => void;
}

export const DEFAULT_MAX_ROSTER_ROWS = DEFAULT_MAX_TABLE_ROWS;

/**
 * The format of an upload, by its first bytes (8 are enough) and then its file name; null when
 * it is neither. Throws for the recognisable but unsupported: empty files, .xls, .ods.
 */
export function detectRosterFormat(
  filename: string | undefined,
  head: Buffer,
): RosterFormat | null {
  return detectTableFormat(filename, head, ROSTER_VOCABULARY);
}

/** What reading the roster may unpack (see unpackedTableSize); throws for a zip bomb. */
export function unpackedRosterSize(input: Buffer, format: RosterFormat): number {
  return unpackedTableSize(input, format, ROSTER_VOCABULARY);
}

/** Refuses now an .xlsx whose parts hold more than they declare (see verifyTableSizes). */
export function verifyRosterSizes(input: Buffer, format: RosterFormat): Promise<void> {
  return verifyTableSizes(input, format, ROSTER_VOCABULARY);
}

/** Reads only as far as the header row. */
export function readRosterHeader(
  input: Buffer,
  format: RosterFormat,
  options: Pick<RosterReadOptions, 'headerSearchRows'> = {},
): Promise<RosterHeader> {
  return readTableHeader(input, format, ROSTER_VOCABULARY, options);
}

/**
 * The data rows below the header, skipping blank ones (every mapped cell empty or whitespace).
 * Errors are RosterFileErrors; rows yielded before an error were genuine rows.
 */
export function readRoster(
  input: Buffer,
  format: RosterFormat,
  options: RosterReadOptions = {},
): AsyncGenerator<RosterRow, void, undefined> {
  return readTable(input, format, ROSTER_VOCABULARY, options);
}
