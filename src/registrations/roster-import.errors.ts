import { DomainError } from '../common/errors/domain-error';
import { spreadsheetDomainError } from '../common/errors/spreadsheet-error';
import type { RosterFileError } from './import/roster-reader';

export const RosterImportErrors = {
  notFound: (id: number) =>
    new DomainError('NOT_FOUND', 'ROSTER_IMPORT_NOT_FOUND', `Roster import ${id} does not exist`),
  contentGone: (id: number) =>
    new DomainError(
      'UNPROCESSABLE',
      'ROSTER_IMPORT_CONTENT_GONE',
      `The file of roster import ${id} is no longer stored; upload it again`,
    ),
  uploaderGone: () =>
    new DomainError(
      'UNPROCESSABLE',
      'ROSTER_IMPORT_UPLOADER_INACTIVE',
      'The account that uploaded this roster no longer exists or is deactivated',
    ),
  fileRequired: () =>
    new DomainError(
      'INVALID',
      'ROSTER_FILE_REQUIRED',
      'Send the roster as multipart/form-data in a field named "file"',
    ),
  notMultipart: () =>
    new DomainError(
      'UNSUPPORTED_MEDIA',
      'ROSTER_NOT_MULTIPART',
      'Send the roster as multipart/form-data in a field named "file"',
    ),
  tooLarge: (limitBytes: number) =>
    new DomainError(
      'TOO_LARGE',
      'ROSTER_TOO_LARGE',
      `The roster is larger than ${Math.floor(limitBytes / 1024 / 1024)} MB; split it into several files`,
      { limitBytes },
    ),
  unsupported: (filename: string) =>
    new DomainError(
      'UNSUPPORTED_MEDIA',
      'ROSTER_FORMAT_UNSUPPORTED',
      `"${filename}" is neither an .xlsx workbook nor a .csv file`,
    ),
  /** The file could not be read as a roster: its code says why (ROSTER_NO_HEADER, …). */
  fromFile: (error: RosterFileError) => spreadsheetDomainError(error),
  unitColumnRequired: () =>
    new DomainError(
      'INVALID',
      'ROSTER_MISSING_COLUMN',
      'The roster has no unit column (单位 or 单位代码); every row must name the worker’s unit',
      { messageZh: '名册缺少“单位”或“单位代码”列' },
    ),
};
