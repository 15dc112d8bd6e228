/**
 * Streams the rows of an .xlsx table with exceljs's streaming parsers, as raw cells.
 *
 * The zip itself is read here, not by exceljs: its directory is checked before anything is
 * inflated (entry count, declared sizes, compression ratio; zip-directory.ts), only the five
 * parts a table needs are inflated, each under its own size limit that also catches an entry
 * lying about its size, and everything else (docProps, themes, drawings, printerSettings, other
 * sheets) is never touched. exceljs's parsers for those parts are driven through the (untyped,
 * stable since 4.0) internal hooks of its WorkbookReader, which also settles three behaviours of
 * its own zip reading:
 *
 * - It decodes every inflated chunk as UTF-8 on its own, so a Chinese character that straddles a
 *   16 KiB chunk boundary turns into U+FFFD (exceljs#2063, #2316; unfixed in 4.4). We hand it text
 *   decoded with a streaming decoder instead.
 * - It reads the zip front to back, spooling sheets met before sharedStrings.xml to temp files.
 *   Reading by the directory, each part is inflated once, in the order needed, straight to the
 *   parser.
 * - It emits worksheets in zip order, not tab order; the sheet is picked via workbook.xml.
 */
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import * as ExcelJS from 'exceljs';
import { SpreadsheetFileError, type SourceErrors } from './table-errors';
import type { RawTableRow, TableCell } from './table-vocabulary';
import { withoutFormulaGuard } from './formula-guard';
import {
  inflateEntry,
  readZipDirectory,
  ZipLimitError,
  type ZipEntry,
  type ZipLimits,
} from './zip-directory';

const MiB = 1024 * 1024;

/** Ceilings on what an uploaded workbook may unpack to; each part is checked on its own. */
export interface XlsxLimits {
  /** The sheet read. */
  sheetBytes: number;
  sharedStringsBytes: number;
  stylesBytes: number;
  /** workbook.xml and its relationships each. */
  workbookBytes: number;
  zip: ZipLimits;
}

/**
 * A 50,000-row roster (the row limit) with eight columns, as exceljs writes it, is 16 MiB of sheet
 * XML and 4.5 MiB of shared strings (~25 MiB of sheet with its text inline), so 32 MiB for either
 * leaves room for a few more columns without letting a bomb through: the sheet is streamed, but
 * the shared strings are held in memory (31 MiB of them grew the process by ~75 MB). workbook.xml and its .rels list one element per sheet and
 * defined name (a few KiB in practice); styles.xml lists every cell format, of which Excel allows
 * 64,000 (~6 MiB at worst); both are parsed into objects several times their size (the reported
 * 1 GB .rels bomb grew the process by 3.6 GB), so they get much less. The zip-wide limits refuse a
 * bomb by its directory alone: no workbook needs thousands of parts, hundreds of MiB, or a part
 * above 1 MiB packed more than 200:1 (real sheet XML packs 10-30:1; deflate's ceiling is ~1032:1).
 */
export const XLSX_LIMITS: XlsxLimits = {
  sheetBytes: 32 * MiB,
  sharedStringsBytes: 32 * MiB,
  stylesBytes: 8 * MiB,
  workbookBytes: 4 * MiB,
  zip: { maxEntries: 10_000, maxTotalBytes: 256 * MiB, maxRatio: 200, ratioFloorBytes: MiB },
};

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedstrings.xml';
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** The parts read besides the sheet, with their limits; keys are lower-case like the directory's. */
function fixedParts(limits: XlsxLimits): Array<[string, number]> {
  return [
    [WORKBOOK, limits.workbookBytes],
    [WORKBOOK_RELS, limits.workbookBytes],
    [STYLES, limits.stylesBytes],
    [SHARED_STRINGS, limits.sharedStringsBytes],
  ];
}

interface ParseEvent {
  eventType: string;
  value: unknown;
}

/** The parts of exceljs's WorkbookReader (lib/stream/xlsx/workbook-reader.js) we rely on. */
interface WorkbookReaderInternals {
  sharedStrings?: unknown[];
  workbookRels?: Array<{ Id?: string; Target?: string }>;
  model?: { sheets?: Array<{ rId?: string; state?: string }> };
  _parseSharedStrings(entry: Readable): AsyncGenerator<ParseEvent>;
  _parseWorksheet(chunks: AsyncIterable<unknown>, sheetNo: string): Generator<ParseEvent>;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
}

/** A part that holds more than it declared or than its limit. */
function tooLarge(
  errors: SourceErrors,
  part: string,
  limitBytes: number,
  foundBytes: number,
): SpreadsheetFileError {
  return errors.tooLarge(`${part} unpacks to more than ${limitBytes} bytes`, {
    part,
    limit: 'partBytes',
    limitValue: limitBytes,
    found: foundBytes,
  });
}

/** The directory, checked: entry count, each part's declared size, total, ratio. */
function checkedDirectory(
  input: Buffer,
  errors: SourceErrors,
  limits: XlsxLimits,
): Map<string, ZipEntry> {
  const fixed = new Map(fixedParts(limits));
  // Every sheet, not only the one read (known from workbook.xml only): no table needs more.
  const partLimit = (name: string) =>
    fixed.get(name) ?? (WORKSHEET.test(name) ? limits.sheetBytes : undefined);
  try {
    return readZipDirectory(input, limits.zip, partLimit);
  } catch (error) {
    if (error instanceof ZipLimitError) throw errors.tooLarge(error.message, error.details);
    throw asFileError(error, errors);
  }
}

/**
 * What reading this workbook may unpack, by its directory alone (nothing is inflated): the
 * declared sizes of the parts read, counting the largest sheet since which sheet comes first is
 * only known from workbook.xml. Throws the file errors readXlsxRows would for a bomb or a damaged
 * zip.
 */
export function xlsxUnpackedSize(
  input: Buffer,
  errors: SourceErrors,
  limits: XlsxLimits = XLSX_LIMITS,
): number {
  const entries = checkedDirectory(input, errors, limits);
  let size = 0;
  for (const [name] of fixedParts(limits)) size += entries.get(name)?.uncompressedSize ?? 0;
  let largestSheet = 0;
  for (const [name, entry] of entries) {
    if (WORKSHEET.test(name)) largestSheet = Math.max(largestSheet, entry.uncompressedSize);
  }
  return size + largestSheet;
}

/**
 * Inflates, without parsing, every part that reading could touch (the fixed parts and every
 * sheet), each up to what it declares, and throws <PREFIX>_TOO_LARGE for one
 * that holds more. For an upload stored to be read later by a job: a part lying about its size is
 * refused in the request instead of failing the job. Costs only inflating (~0.1 s per 50 MiB),
 * never more than the declared sizes the directory checks allowed.
 */
export async function verifyXlsxSizes(
  input: Buffer,
  errors: SourceErrors,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<void> {
  const entries = checkedDirectory(input, errors, limits);
  const fixed = new Map(fixedParts(limits));
  for (const [name, entry] of entries) {
    const limit = fixed.get(name) ?? (WORKSHEET.test(name) ? limits.sheetBytes : undefined);
    if (limit === undefined) continue;
    const tooMuch = (found: number) => tooLarge(errors, entry.name, entry.uncompressedSize, found);
    try {
      for await (const chunk of inflateEntry(input, entry, limit, tooMuch)) void chunk;
    } catch (error) {
      // Only sizes are checked here; a damaged part is the reading's to report, if it reads it.
      if (error instanceof SpreadsheetFileError) throw error;
    }
  }
}

/** Streaming UTF-8 decode of inflated chunks, so that no character is split between chunks. */
async function* utf8Text(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text !== '') yield text;
  }
  const tail = decoder.end();
  if (tail !== '') yield tail;
}

function newReader(): WorkbookReaderInternals {
  // The input is never read: the parts are handed to the parsers one by one.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Needed only so that date-formatted numbers come back as Dates rather than serial numbers.
    styles: 'cache',
    entries: 'ignore',
  });
  return reader as unknown as WorkbookReaderInternals;
}

/** Where the first visible sheet in tab order lives, by workbook.xml and its relationships. */
function firstSheetPath(reader: WorkbookReaderInternals): string | undefined {
  const sheet = (reader.model?.sheets ?? []).find(
    (s) => s.state !== 'hidden' && s.state !== 'veryHidden',
  );
  const target = reader.workbookRels?.find((rel) => rel.Id === sheet?.rId)?.Target;
  if (!target) return undefined;
  // Targets are relative to xl/ unless absolute within the package.
  return (target.startsWith('/') ? target.slice(1) : posix.normalize(`xl/${target}`)).toLowerCase();
}

/** A cell value as exceljs parsed it, as the user reads it; undefined for an empty cell. */
export function cellFromValue(value: ExcelJS.CellValue | undefined): TableCell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string')
    return value === '' ? undefined : { text: withoutFormulaGuard(value), storedAsNumber: false };
  if (typeof value === 'number') return { text: numberText(value), storedAsNumber: true };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', storedAsNumber: false };
  // Dates are serial numbers in the file; flagging them tells validation the text is not typed text.
  if (value instanceof Date)
    return { text: value.toISOString().slice(0, 10), storedAsNumber: true };
  if ('richText' in value)
    return cellFromValue(value.richText.map((run) => run.text ?? '').join(''));
  if ('error' in value) return { text: String(value.error), storedAsNumber: false };
  // Formulas, including shared-formula followers that exceljs leaves as plain objects.
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? undefined : cellFromValue(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return cellFromValue(value.text);
  return undefined;
}

/**
 * Integers print as plain digits, never "1.1e+17". Beyond 2^53 a double no longer holds the
 * digits that were typed, and Excel itself keeps only 15 significant ones, so those print as
 * Excel shows them with a "0" format (110105194912310000) rather than as binary noise (…016).
 */
export function numberText(value: number): string {
  if (!Number.isInteger(value)) return String(value);
  const exact = Math.abs(value) <= Number.MAX_SAFE_INTEGER;
  return BigInt(exact ? value : Number(value.toPrecision(15))).toString();
}

function rawRow(row: ExcelJS.Row): RawTableRow {
  const cells: Array<TableCell | undefined> = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    cells[column - 1] = cellFromValue(cell.value);
  });
  return { rowNumber: row.number, cells };
}

function asFileError(error: unknown, errors: SourceErrors): SpreadsheetFileError {
  // instanceof cannot know the code type parameter; any code will do here.
  if (error instanceof SpreadsheetFileError) return error as SpreadsheetFileError;
  const reason = error instanceof Error ? error.message : String(error);
  return errors.unreadable(
    reason,
    '无法读取该 Excel 文件：文件可能已损坏，或不是 .xlsx 格式。请用 Excel 或 WPS 打开后另存为 .xlsx 再上传。',
    { reason },
  );
}

/**
 * Rows of the first visible worksheet, in file order. Rows absent from the file (never touched)
 * are not emitted, so row numbers may jump. Stopping early (header check, too many rows) stops
 * the inflating too.
 */
export async function* readXlsxRows(
  input: Buffer,
  errors: SourceErrors,
  limits: XlsxLimits = XLSX_LIMITS,
): AsyncGenerator<RawTableRow, void, undefined> {
  const entries = checkedDirectory(input, errors, limits);
  const text = (entry: ZipEntry, limit: number): AsyncGenerator<string> =>
    utf8Text(
      inflateEntry(input, entry, limit, (found) =>
        tooLarge(errors, entry.name, Math.min(limit, entry.uncompressedSize), found),
      ),
    );
  /** Hands a part to one of exceljs's parsers; whatever it leaves unread is not inflated. */
  const parse = async (
    name: string,
    limit: number,
    parser: (entry: Readable) => Promise<unknown>,
  ): Promise<void> => {
    const entry = entries.get(name);
    if (!entry) return;
    const stream = Readable.from(text(entry, limit));
    try {
      await parser(stream);
    } finally {
      stream.destroy();
    }
  };

  if (!entries.has(WORKBOOK) || !entries.has(WORKBOOK_RELS)) throw errors.noWorksheet();
  const reader = newReader();
  let sheet: ZipEntry | undefined;
  try {
    await parse(WORKBOOK, limits.workbookBytes, (entry) => reader._parseWorkbook(entry));
    await parse(WORKBOOK_RELS, limits.workbookBytes, (entry) => reader._parseRels(entry));
    await parse(STYLES, limits.stylesBytes, (entry) => reader._parseStyles(entry));
    // A workbook with only inline strings has none; the sheet parser still wants the table.
    reader.sharedStrings = [];
    await parse(SHARED_STRINGS, limits.sharedStringsBytes, async (entry) => {
      for await (const event of reader._parseSharedStrings(entry)) void event;
    });
    const path = firstSheetPath(reader);
    sheet = path !== undefined ? entries.get(path) : undefined;
  } catch (error) {
    throw asFileError(error, errors);
  }
  if (!sheet) throw errors.noWorksheet();
  const sheetNo = /(\d+)\.xml$/.exec(sheet.name)?.[1] ?? '1';
  try {
    for (const event of reader._parseWorksheet(text(sheet, limits.sheetBytes), sheetNo)) {
      if (event.eventType !== 'worksheet') continue;
      for await (const row of event.value as AsyncIterable<ExcelJS.Row>) yield rawRow(row);
      return;
    }
  } catch (error) {
    throw asFileError(error, errors);
  }
  throw errors.noWorksheet();
}
