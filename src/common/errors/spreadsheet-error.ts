import { DomainError } from './domain-error';
import type { SpreadsheetFileError, SpreadsheetFileErrorCode } from '../spreadsheet/table-errors';
import type { ErrorCode } from './error-codes';

/**
 * An uploaded table that cannot be read as a whole, as an API error: 415 for a kind of file we do
 * not read (.xls, .ods), 413 for one that unpacks beyond any real table, 400 otherwise. The code
 * is the file's own (ROSTER_NO_HEADER, SCORE_FILE_UNREADABLE, …).
 */
export function spreadsheetDomainError(
  error: SpreadsheetFileError<SpreadsheetFileErrorCode & ErrorCode>,
): DomainError {
  const kind =
    error.kind === 'XLS_UNSUPPORTED' || error.kind === 'UNSUPPORTED_FORMAT'
      ? 'UNSUPPORTED_MEDIA'
      : error.kind === 'TOO_LARGE'
        ? 'TOO_LARGE'
        : 'INVALID';
  return new DomainError(kind, error.code, error.message, {
    messageZh: error.messageZh,
    ...(error.details ? { details: error.details } : {}),
  });
}
