/**
 * The roster's own name for file-level errors, so that `instanceof RosterFileError` and the
 * ROSTER_* codes that API clients and docs rely on survive the move to the generic table reader.
 */
import {
  SpreadsheetFileError,
  type SpreadsheetFileErrorCode,
} from '../../common/spreadsheet/table-errors';

/** ROSTER_EMPTY, ROSTER_XLS_UNSUPPORTED, ROSTER_NO_HEADER, …; see SPREADSHEET_ERROR_KINDS. */
export type RosterFileErrorCode = SpreadsheetFileErrorCode<'ROSTER'>;

/** A problem with the uploaded roster as a whole; `messageZh` is meant for the coordinator. */
export class RosterFileError extends SpreadsheetFileError<RosterFileErrorCode> {}
