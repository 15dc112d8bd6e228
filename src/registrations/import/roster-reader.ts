/**
 * Reads a unit's roster spreadsheet (.xlsx or .csv) row by row, as raw cells keyed by field.
 *
 * Rows stream out as they are parsed, so memory stays flat however long the roster is (only the
 * upload itself and, for xlsx, its shared-string table are held). Cell contents are not judged
 * here; the row rules do that. Usage:
 *
 *   const header = await readRosterHeader(buffer, format);      // cheap up-front check
 *   for await (const row of readRoster(buffer, format, { maxRows })) { … }
 *
 * `readRoster` also reports the header through `options.onHeader` before its first row.
 */
import { extname } from 'node:path';
import {
  ROSTER_FIELD_LABELS,
  ROSTER_HEADER_ALIASES,
  matchHeader,
  type RosterCells,
  type RosterField,
} from './roster-columns';
import { readCsvRows } from './roster-csv-source';
import { RosterFileError, unreadable, type RawRosterRow } from './roster-source';
import { readXlsxRows } from './roster-xlsx-source';

export { RosterFileError, type RosterFileErrorCode } from './roster-source';

export type RosterFormat = 'xlsx' | 'csv';

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

export const DEFAULT_MAX_ROSTER_ROWS = 50_000;
export const DEFAULT_HEADER_SEARCH_ROWS = 20;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// OLE2 compound file: .xls, and WPS's .et, neither of which exceljs reads.
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An OpenDocument zip starts with a stored "mimetype" entry naming the document type.
const ODF_MIMETYPE = Buffer.from('mimetypeapplication/vnd.oasis.opendocument');

function xlsUnsupported(): RosterFileError {
  return new RosterFileError(
    'ROSTER_XLS_UNSUPPORTED',
    'Legacy .xls workbooks are not supported; save the roster as .xlsx',
    '不支持旧版 Excel 97-2003（.xls）格式。请在 Excel 或 WPS 中打开，选择“另存为” Excel 工作簿（.xlsx）后再上传。',
  );
}

function empty(): RosterFileError {
  return new RosterFileError('ROSTER_EMPTY', 'The roster file is empty', '上传的文件是空的。');
}

function checkContainer(head: Buffer): void {
  if (head.length === 0) throw empty();
  if (head.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) throw xlsUnsupported();
  if (head.subarray(30, 30 + ODF_MIMETYPE.length).equals(ODF_MIMETYPE)) {
    throw new RosterFileError(
      'ROSTER_UNSUPPORTED_FORMAT',
      'OpenDocument spreadsheets are not supported; save the roster as .xlsx',
      '不支持 OpenDocument（.ods）表格。请另存为 Excel 工作簿（.xlsx）后再上传。',
    );
  }
}

/**
 * The format of an upload, by its first bytes (8 are enough) and then its file name; null when
 * it is neither. Throws for the recognisable but unsupported: empty files, .xls, .ods.
 */
export function detectRosterFormat(
  filename: string | undefined,
  head: Buffer,
): RosterFormat | null {
  checkContainer(head);
  if (head.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) return 'xlsx';
  const extension = extname(filename ?? '').toLowerCase();
  if (extension === '.csv' || extension === '.txt') return 'csv';
  // Many web systems export HTML or XML tables named .xls; Excel opens them, exceljs cannot.
  if (extension === '.xls' || extension === '.et') throw xlsUnsupported();
  if (extension === '.xlsx' || extension === '.xlsm') {
    throw unreadable(
      'not a zip archive',
      '该文件不是有效的 .xlsx 文件（可能已损坏或只是改了扩展名）。请用 Excel 或 WPS 打开后另存为 .xlsx 再上传。',
    );
  }
  return null;
}

function rawRows(
  input: Buffer,
  format: RosterFormat,
  headerSearchRows: number,
): AsyncGenerator<RawRosterRow, void, undefined> {
  checkContainer(input);
  return format === 'xlsx' ? readXlsxRows(input) : readCsvRows(input, headerSearchRows);
}

interface HeaderLayout {
  header: RosterHeader;
  fieldAt: ReadonlyMap<number, RosterField>;
}

/** The row as a header, if it names both a name and an ID column. */
function headerLayout(row: RawRosterRow): HeaderLayout | null {
  const columns: Partial<Record<RosterField, string>> = {};
  const fieldAt = new Map<number, RosterField>();
  const ignored: string[] = [];
  let duplicate: { field: RosterField; headers: [string, string] } | undefined;
  row.cells.forEach((cell, index) => {
    const text = cell?.text.trim() ?? '';
    if (text === '') return;
    const field = matchHeader(text);
    if (field === null) return void ignored.push(text);
    const first = columns[field];
    if (first !== undefined) duplicate ??= { field, headers: [first, text] };
    columns[field] = text;
    fieldAt.set(index, field);
  });
  if (columns.name === undefined || columns.idNumber === undefined) return null;
  if (duplicate) {
    const [first, second] = duplicate.headers;
    throw new RosterFileError(
      'ROSTER_DUPLICATE_COLUMN',
      `Header row ${row.rowNumber} has two ${duplicate.field} columns: "${first}" and "${second}"`,
      `第${row.rowNumber}行表头中“${first}”和“${second}”都表示${ROSTER_FIELD_LABELS[duplicate.field]}，请删除或改名其中一列。`,
      { rowNumber: row.rowNumber, ...duplicate },
    );
  }
  return { header: { rowNumber: row.rowNumber, columns, ignored }, fieldAt };
}

function noHeader(headerSearchRows: number): RosterFileError {
  const names = ROSTER_HEADER_ALIASES.name.join('、');
  const ids = ROSTER_HEADER_ALIASES.idNumber.join('、');
  return new RosterFileError(
    'ROSTER_NO_HEADER',
    `No header row with a name and an ID number column in the first ${headerSearchRows} rows`,
    `在前${headerSearchRows}行中没有找到表头。表头行须同时包含姓名列（${names}）和身份证号列（${ids}）。建议下载报名表模板填写，不要修改表头。`,
    { headerSearchRows, accepted: ROSTER_HEADER_ALIASES },
  );
}

async function findHeader(
  rows: AsyncIterator<RawRosterRow>,
  headerSearchRows: number,
): Promise<HeaderLayout> {
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    if (next.value.rowNumber > headerSearchRows) break;
    const layout = headerLayout(next.value);
    if (layout) return layout;
  }
  throw noHeader(headerSearchRows);
}

/** Reads only as far as the header row. */
export async function readRosterHeader(
  input: Buffer,
  format: RosterFormat,
  options: Pick<RosterReadOptions, 'headerSearchRows'> = {},
): Promise<RosterHeader> {
  const headerSearchRows = options.headerSearchRows ?? DEFAULT_HEADER_SEARCH_ROWS;
  const rows = rawRows(input, format, headerSearchRows);
  try {
    return (await findHeader(rows, headerSearchRows)).header;
  } finally {
    await rows.return();
  }
}

/**
 * The data rows below the header, skipping blank ones (every mapped cell empty or whitespace).
 * Errors are RosterFileErrors; rows yielded before an error were genuine rows.
 */
export async function* readRoster(
  input: Buffer,
  format: RosterFormat,
  options: RosterReadOptions = {},
): AsyncGenerator<RosterRow, void, undefined> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROSTER_ROWS;
  const headerSearchRows = options.headerSearchRows ?? DEFAULT_HEADER_SEARCH_ROWS;
  const rows = rawRows(input, format, headerSearchRows);
  try {
    const { header, fieldAt } = await findHeader(rows, headerSearchRows);
    options.onHeader?.(header);
    let count = 0;
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      const { rowNumber, cells: raw } = next.value;
      const cells: RosterCells = {};
      let blank = true;
      for (const [index, field] of fieldAt) {
        const cell = raw[index];
        if (cell === undefined) continue;
        cells[field] = cell;
        if (cell.text.trim() !== '') blank = false;
      }
      if (blank) continue;
      if (++count > maxRows) {
        throw new RosterFileError(
          'ROSTER_TOO_MANY_ROWS',
          `The roster has more than ${maxRows} rows`,
          `报名表超过${maxRows}行（第${rowNumber}行起超出），请拆分为多个文件分批上传。`,
          { maxRows, rowNumber },
        );
      }
      yield { rowNumber, cells };
    }
  } finally {
    await rows.return();
  }
}
