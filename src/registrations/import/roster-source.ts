/**
 * Pieces shared by the roster format readers (xlsx, csv) and the public reader in roster-reader.ts.
 */
import type { RosterCell } from './roster-columns';

export type RosterFileErrorCode =
  /** Empty upload. */
  | 'ROSTER_EMPTY'
  /** Legacy binary .xls / .et (OLE2); exceljs cannot read them. */
  | 'ROSTER_XLS_UNSUPPORTED'
  /** Some other spreadsheet container, e.g. OpenDocument .ods. */
  | 'ROSTER_UNSUPPORTED_FORMAT'
  /** Corrupt zip, no worksheet, malformed XML or CSV. */
  | 'ROSTER_UNREADABLE'
  /** Decompressed content beyond what any real roster needs (zip bomb guard). */
  | 'ROSTER_TOO_LARGE'
  | 'ROSTER_NO_HEADER'
  | 'ROSTER_DUPLICATE_COLUMN'
  | 'ROSTER_TOO_MANY_ROWS';

/** A problem with the uploaded file as a whole; `messageZh` is meant for the coordinator. */
export class RosterFileError extends Error {
  constructor(
    readonly code: RosterFileErrorCode,
    message: string,
    readonly messageZh: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'RosterFileError';
  }
}

/**
 * One spreadsheet row before header mapping: `cells[i]` is column i (0-based), absent when the
 * cell is empty. `rowNumber` is the 1-based row the user sees (CSV: the record number).
 */
export interface RawRosterRow {
  rowNumber: number;
  cells: ReadonlyArray<RosterCell | undefined>;
}

export function unreadable(reason: string, messageZh: string, details?: unknown): RosterFileError {
  return new RosterFileError(
    'ROSTER_UNREADABLE',
    `Roster file unreadable: ${reason}`,
    messageZh,
    details,
  );
}
