import { DomainError } from '../common/errors/domain-error';
import { spreadsheetDomainError } from '../common/errors/spreadsheet-error';
import type {
  SpreadsheetFileError,
  SpreadsheetFileErrorCode,
} from '../common/spreadsheet/table-errors';
import type { ErrorCode } from '../common/errors/error-codes';

export const QuestionErrors = {
  notFound: (id: number) =>
    new DomainError('NOT_FOUND', 'QUESTION_NOT_FOUND', `Question ${id} does not exist`),
  fileRequired: () =>
    new DomainError(
      'INVALID',
      'QUESTION_FILE_REQUIRED',
      'Send the question bank as multipart/form-data in a field named "file"',
    ),
  notMultipart: () =>
    new DomainError(
      'UNSUPPORTED_MEDIA',
      'QUESTION_FILE_NOT_MULTIPART',
      'Send the question bank as multipart/form-data in a field named "file"',
    ),
  tooLarge: (limitBytes: number) =>
    new DomainError(
      'TOO_LARGE',
      'QUESTION_FILE_TOO_LARGE',
      `The question bank is larger than ${Math.floor(limitBytes / 1024 / 1024)} MB; split it into several files`,
      { limitBytes },
    ),
  unsupported: (filename: string) =>
    new DomainError(
      'UNSUPPORTED_MEDIA',
      'QUESTION_FILE_FORMAT_UNSUPPORTED',
      `"${filename}" is neither an .xlsx workbook nor a .csv file`,
    ),
  /** The file could not be read as a question bank: its code says why (QUESTION_FILE_NO_HEADER, …). */
  fromFile: (error: SpreadsheetFileError) =>
    spreadsheetDomainError(
      error as SpreadsheetFileError<SpreadsheetFileErrorCode<'QUESTION_FILE'> & ErrorCode>,
    ),
};
