/**
 * Streams the rows of an .xlsx table with exceljs's streaming reader, as raw cells.
 *
 * The streaming reader has three behaviours that matter for Chinese uploads, worked around here
 * through its (untyped, stable since 4.0) internal hooks on the reader instance only:
 *
 * - It decodes every inflated chunk as UTF-8 on its own, so a Chinese character that straddles a
 *   16 KiB chunk boundary turns into U+FFFD (exceljs#2063, #2316; unfixed in 4.4). We hand it text
 *   decoded with a streaming decoder instead.
 * - Excel writes sheetN.xml before sharedStrings.xml; when a sheet arrives first, exceljs spools it
 *   to a temp file that is only deleted after a complete read (else at process exit). Stopping early
 *   (header check, too many rows) would leak one file per upload. So we read the zip twice: pass 1
 *   collects shared strings, styles and relationships and skips sheets; pass 2 streams the first
 *   sheet straight out of the zip.
 * - It emits worksheets in zip order, not tab order, so the sheet is picked via workbook.xml.
 */
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import * as ExcelJS from 'exceljs';
import { SpreadsheetFileError, type SourceErrors } from './table-errors';
import type { RawTableRow, TableCell } from './table-vocabulary';
import { withoutFormulaGuard } from './formula-guard';

/**
 * Ceiling on one decompressed XML part. A 50,000-row roster is ~15 MiB of sheet XML; the ceiling
 * stops zip bombs (a 10 MiB upload of repetitive XML inflates to gigabytes) before memory does.
 */
export const MAX_XLSX_PART_BYTES = 256 * 1024 * 1024;

interface ParseEvent {
  eventType: string;
  value: unknown;
}

/** The parts of exceljs's WorkbookReader (lib/stream/xlsx/workbook-reader.js) we rely on. */
interface WorkbookReaderInternals {
  sharedStrings?: unknown[];
  workbookRels?: Array<{ Id?: string; Target?: string }>;
  model?: { sheets?: Array<{ rId?: string; state?: string }> };
  parse(input?: Readable): AsyncGenerator<ParseEvent>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<ParseEvent>;
  _parseWorksheet(chunks: AsyncIterable<unknown>, sheetNo: string): Generator<ParseEvent>;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
}

/** Streaming UTF-8 decode with a size ceiling, for streams exceljs consumes through events. */
class Utf8Limiter extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly errors: SourceErrors,
  ) {
    super({ readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return done(this.errors.tooLarge());
    const text = this.decoder.write(chunk);
    done(null, text === '' ? undefined : text);
  }

  override _flush(done: TransformCallback): void {
    const tail = this.decoder.end();
    done(null, tail === '' ? undefined : tail);
  }
}

/** The same for the async iterables exceljs hands to its worksheet parser. */
async function* utf8Chunks(
  chunks: AsyncIterable<unknown>,
  maxBytes: number,
  errors: SourceErrors,
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    if (bytes > maxBytes) throw errors.tooLarge();
    const text = decoder.write(buffer);
    if (text !== '') yield text;
  }
  const tail = decoder.end();
  if (tail !== '') yield tail;
}

function openReader(input: Buffer): WorkbookReaderInternals {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([input]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Needed only so that date-formatted numbers come back as Dates rather than serial numbers.
    styles: 'cache',
    entries: 'ignore',
  });
  return reader as unknown as WorkbookReaderInternals;
}

/** Pass 1: everything but the sheets, so that pass 2 never needs exceljs's temp files. */
async function loadWorkbookParts(
  reader: WorkbookReaderInternals,
  maxBytes: number,
  errors: SourceErrors,
): Promise<void> {
  const parseSharedStrings = reader._parseSharedStrings.bind(reader);
  reader._parseSharedStrings = (entry) =>
    parseSharedStrings(entry.pipe(new Utf8Limiter(maxBytes, errors)));
  reader._parseWorksheet = function* () {};
  // Truthy placeholders tell exceljs not to spool sheets met before these parts.
  reader.sharedStrings = [];
  reader.workbookRels = [];
  for await (const event of reader.parse()) void event;
}

/** The sheet file number of the first visible sheet in tab order, if workbook.xml says. */
function firstSheetNo(reader: WorkbookReaderInternals): string | undefined {
  const sheet = (reader.model?.sheets ?? []).find(
    (s) => s.state !== 'hidden' && s.state !== 'veryHidden',
  );
  const target = reader.workbookRels?.find((rel) => rel.Id === sheet?.rId)?.Target ?? '';
  return /worksheets\/sheet(\d+)\.xml$/i.exec(target)?.[1];
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
 * are not emitted, so row numbers may jump.
 */
export async function* readXlsxRows(
  input: Buffer,
  errors: SourceErrors,
  maxPartBytes = MAX_XLSX_PART_BYTES,
): AsyncGenerator<RawTableRow, void, undefined> {
  const reader = openReader(input);
  const parseWorksheet = reader._parseWorksheet.bind(reader);
  try {
    await loadWorkbookParts(reader, maxPartBytes, errors);
  } catch (error) {
    throw asFileError(error, errors);
  }

  const wanted = firstSheetNo(reader);
  let seen = false;
  reader._parseWorksheet = function* (chunks, sheetNo) {
    if (seen || (wanted !== undefined && sheetNo !== wanted)) return;
    seen = true;
    yield* parseWorksheet(utf8Chunks(chunks, maxPartBytes, errors), sheetNo);
  };
  reader._parseSharedStrings = async function* () {};
  reader._parseRels = reader._parseWorkbook = reader._parseStyles = () => Promise.resolve();

  try {
    for await (const event of reader.parse(Readable.from([input]))) {
      if (event.eventType !== 'worksheet') continue;
      for await (const row of event.value as AsyncIterable<ExcelJS.Row>) yield rawRow(row);
      return;
    }
  } catch (error) {
    throw asFileError(error, errors);
  }
  throw errors.noWorksheet();
}
