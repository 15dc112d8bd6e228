/**
 * Errors about an uploaded table file as a whole, and their wording. Each kind of table has its
 * own code prefix (ROSTER_NO_HEADER, SCORE_FILE_NO_HEADER) because API clients and docs already
 * depend on the roster codes; `kind` is the prefix-free part for code that handles any table.
 */
import type { TableVocabulary } from './table-vocabulary';

export const SPREADSHEET_ERROR_KINDS = [
  /** Empty upload. */
  'EMPTY',
  /** Legacy binary .xls / .et (OLE2); exceljs cannot read them. */
  'XLS_UNSUPPORTED',
  /** Some other spreadsheet container, e.g. OpenDocument .ods. */
  'UNSUPPORTED_FORMAT',
  /** Corrupt zip, no worksheet, malformed XML or CSV. */
  'UNREADABLE',
  /** Decompressed content beyond what any real table needs (zip bomb guard). */
  'TOO_LARGE',
  'NO_HEADER',
  'DUPLICATE_COLUMN',
  'TOO_MANY_ROWS',
] as const;

export type SpreadsheetErrorKind = (typeof SPREADSHEET_ERROR_KINDS)[number];
export type SpreadsheetFileErrorCode<P extends string = string> = `${P}_${SpreadsheetErrorKind}`;

/** A problem with the uploaded file as a whole; `messageZh` is meant for the person uploading. */
export class SpreadsheetFileError<
  C extends SpreadsheetFileErrorCode = SpreadsheetFileErrorCode,
> extends Error {
  readonly kind: SpreadsheetErrorKind;

  constructor(
    readonly code: C,
    message: string,
    readonly messageZh: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
    // No kind is an underscore-suffix of another, so the match is unique; the type guarantees one.
    this.kind = SPREADSHEET_ERROR_KINDS.find((kind) => code.endsWith(`_${kind}`)) ?? 'UNREADABLE';
  }
}

/** The errors of one kind of table, worded for that document. */
export interface TableErrors<F extends string = string> {
  empty(): SpreadsheetFileError;
  xlsUnsupported(): SpreadsheetFileError;
  unsupportedFormat(): SpreadsheetFileError;
  unreadable(reason: string, messageZh: string, details?: unknown): SpreadsheetFileError;
  /** `reason` says which limit (details carry the part and the numbers); a default otherwise. */
  tooLarge(reason?: string, details?: unknown): SpreadsheetFileError;
  noWorksheet(): SpreadsheetFileError;
  noHeader(headerSearchRows: number): SpreadsheetFileError;
  duplicateColumn(rowNumber: number, field: F, headers: [string, string]): SpreadsheetFileError;
  tooManyRows(maxRows: number, rowNumber: number): SpreadsheetFileError;
}

/** What the format sources (xlsx, csv) may throw. */
export type SourceErrors = Pick<TableErrors, 'unreadable' | 'tooLarge' | 'noWorksheet'>;

export function tableErrors<F extends string, P extends string>(
  vocabulary: TableVocabulary<F, P>,
): TableErrors<F> {
  const { en, zh } = vocabulary.document;
  const fail = (
    kind: SpreadsheetErrorKind,
    message: string,
    messageZh: string,
    details?: unknown,
  ): SpreadsheetFileError => {
    const code: SpreadsheetFileErrorCode<P> = `${vocabulary.codePrefix}_${kind}`;
    return vocabulary.createError
      ? vocabulary.createError(code, message, messageZh, details)
      : new SpreadsheetFileError(code, message, messageZh, details);
  };
  const saveAsXlsx = `save the ${en} as .xlsx`;
  const unreadable = (reason: string, messageZh: string, details?: unknown) =>
    fail(
      'UNREADABLE',
      `${en.charAt(0).toUpperCase()}${en.slice(1)} file unreadable: ${reason}`,
      messageZh,
      details,
    );

  return {
    empty: () => fail('EMPTY', `The ${en} file is empty`, '上传的文件是空的。'),
    xlsUnsupported: () =>
      fail(
        'XLS_UNSUPPORTED',
        `Legacy .xls workbooks are not supported; ${saveAsXlsx}`,
        '不支持旧版 Excel 97-2003（.xls）格式。请在 Excel 或 WPS 中打开，选择“另存为” Excel 工作簿（.xlsx）后再上传。',
      ),
    unsupportedFormat: () =>
      fail(
        'UNSUPPORTED_FORMAT',
        `OpenDocument spreadsheets are not supported; ${saveAsXlsx}`,
        '不支持 OpenDocument（.ods）表格。请另存为 Excel 工作簿（.xlsx）后再上传。',
      ),
    unreadable,
    tooLarge: (reason, details) =>
      fail(
        'TOO_LARGE',
        reason ?? 'A part of the xlsx inflates beyond the size limit',
        `文件解压后内容过大，不像是${zh}。请只保留${zh}工作表后重新保存再上传。`,
        details,
      ),
    noWorksheet: () =>
      unreadable(
        'no worksheet found',
        `文件中没有找到工作表。请确认上传的是 Excel ${zh}（.xlsx）。`,
      ),
    noHeader: (headerSearchRows) => {
      const requirement = vocabulary.describe();
      return fail(
        'NO_HEADER',
        `No header row with ${requirement.en} in the first ${headerSearchRows} rows`,
        `在前${headerSearchRows}行中没有找到表头。${requirement.zh}`,
        { headerSearchRows, accepted: requirement.accepted },
      );
    },
    duplicateColumn: (rowNumber, field, [first, second]) =>
      fail(
        'DUPLICATE_COLUMN',
        `Header row ${rowNumber} has two ${field} columns: "${first}" and "${second}"`,
        `第${rowNumber}行表头中“${first}”和“${second}”都表示${vocabulary.labels[field]}，请删除或改名其中一列。`,
        { rowNumber, field, headers: [first, second] },
      ),
    tooManyRows: (maxRows, rowNumber) =>
      fail(
        'TOO_MANY_ROWS',
        `The ${en} has more than ${maxRows} rows`,
        `${zh}超过${maxRows}行（第${rowNumber}行起超出），请拆分为多个文件分批上传。`,
        { maxRows, rowNumber },
      ),
  };
}
