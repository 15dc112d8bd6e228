/**
 * File-level errors of a theory-exam score upload, with SCORE_FILE_* codes, so that callers can
 * tell them from roster errors with `instanceof` as well as by code.
 */
import {
  SpreadsheetFileError,
  type SpreadsheetFileErrorCode,
} from '../../common/spreadsheet/table-errors';

/** SCORE_FILE_EMPTY, SCORE_FILE_NO_HEADER, …; see SPREADSHEET_ERROR_KINDS. */
export type ScoreFileErrorCode = SpreadsheetFileErrorCode<'SCORE_FILE'>;

/** A problem with the uploaded score sheet as a whole; `messageZh` is meant for the uploader. */
export class ScoreFileError extends SpreadsheetFileError<ScoreFileErrorCode> {}
