/**
 * Reads an uploaded table (.xlsx or .csv) row by row, as raw cells keyed by the fields of a
 * vocabulary (roster, score sheet, …).
 *
 * Rows stream out as they are parsed, so memory stays flat however long the file is (only the
 * upload itself and, for xlsx, its shared-string table are held). Cell contents are not judged
 * here; the caller's row rules do that. Usage:
 *
 *   const header = await readTableHeader(buffer, format, vocabulary);   // cheap up-front check
 *   for await (const row of readTable(buffer, format, vocabulary, { maxRows })) { … }
 *
 * `readTable` also reports the header through `options.onHeader` before its first row.
 */
import { readCsvRows } from './csv-source';
import { checkContainer, type TableFormat } from './table-format';
import { tableErrors, type TableErrors } from './table-errors';
import type { RawTableRow, TableCells, TableVocabulary } from './table-vocabulary';
import { readXlsxRows, verifyXlsxSizes, xlsxUnpackedSize } from './xlsx-source';

export interface TableRow<F extends string> {
  /** The row number the user sees in the spreadsheet (CSV: the 1-based record number). */
  rowNumber: number;
  /** Only the mapped columns; a field is absent when its cell is empty. Texts are untrimmed. */
  cells: TableCells<F>;
}

export interface TableHeader<F extends string> {
  rowNumber: number;
  /** The header text as written (trimmed), per recognised field. */
  columns: Partial<Record<F, string>>;
  /** Non-empty header texts that map to no field (序号, 备注, …); their columns are not read. */
  ignored: string[];
}

export interface TableReadOptions<F extends string> {
  /** Non-blank data rows allowed; one more ends the read with <PREFIX>_TOO_MANY_ROWS. */
  maxRows?: number;
  /** The header must be on a row numbered at most this; title rows may sit above it. */
  headerSearchRows?: number;
  /** Called once with the header, before the first data row is yielded. */
  onHeader?: (header: TableHeader<F>) => void;
}

export const DEFAULT_MAX_TABLE_ROWS = 50_000;
export const DEFAULT_HEADER_SEARCH_ROWS = 20;

function rawRows<F extends string>(
  input: Buffer,
  format: TableFormat,
  headerSearchRows: number,
  vocabulary: TableVocabulary<F>,
  errors: TableErrors<F>,
): AsyncGenerator<RawTableRow, void, undefined> {
  checkContainer(input, errors);
  return format === 'xlsx'
    ? readXlsxRows(input, errors)
    : readCsvRows(input, headerSearchRows, vocabulary, errors);
}

interface HeaderLayout<F extends string> {
  header: TableHeader<F>;
  fieldAt: ReadonlyMap<number, F>;
}

/** The row as a header, if its recognised columns satisfy the vocabulary. */
function headerLayout<F extends string>(
  row: RawTableRow,
  vocabulary: TableVocabulary<F>,
  errors: TableErrors<F>,
): HeaderLayout<F> | null {
  const columns: Partial<Record<F, string>> = {};
  const fieldAt = new Map<number, F>();
  const ignored: string[] = [];
  let duplicate: { field: F; headers: [string, string] } | undefined;
  row.cells.forEach((cell, index) => {
    const text = cell?.text.trim() ?? '';
    if (text === '') return;
    const field = vocabulary.match(text);
    if (field === null) return void ignored.push(text);
    const first = columns[field];
    if (first !== undefined) duplicate ??= { field, headers: [first, text] };
    columns[field] = text;
    fieldAt.set(index, field);
  });
  if (!vocabulary.isHeader(columns)) return null;
  // Title and note rows above the header may repeat a header word; only the header's count.
  if (duplicate) throw errors.duplicateColumn(row.rowNumber, duplicate.field, duplicate.headers);
  return { header: { rowNumber: row.rowNumber, columns, ignored }, fieldAt };
}

async function findHeader<F extends string>(
  rows: AsyncIterator<RawTableRow>,
  headerSearchRows: number,
  vocabulary: TableVocabulary<F>,
  errors: TableErrors<F>,
): Promise<HeaderLayout<F>> {
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    if (next.value.rowNumber > headerSearchRows) break;
    const layout = headerLayout(next.value, vocabulary, errors);
    if (layout) return layout;
  }
  throw errors.noHeader(headerSearchRows);
}

/**
 * How many bytes reading the table may unpack, without reading it: for .xlsx the declared sizes
 * of the parts read (zip directory only, after its bomb checks, which throw <PREFIX>_TOO_LARGE or
 * <PREFIX>_UNREADABLE as reading would); for CSV the upload itself. What decides whether an
 * upload is read while the caller waits: a 1 MB .xlsx may unpack to 30 MB.
 */
export function unpackedTableSize<F extends string, P extends string>(
  input: Buffer,
  format: TableFormat,
  vocabulary: TableVocabulary<F, P>,
): number {
  const errors = tableErrors(vocabulary);
  checkContainer(input, errors);
  return format === 'xlsx' ? xlsxUnpackedSize(input, errors) : input.length;
}

/**
 * For an upload stored to be read later: an .xlsx whose parts hold more than they declare is
 * refused now (<PREFIX>_TOO_LARGE), by inflating them without parsing; a CSV has nothing to check.
 */
export async function verifyTableSizes<F extends string, P extends string>(
  input: Buffer,
  format: TableFormat,
  vocabulary: TableVocabulary<F, P>,
): Promise<void> {
  if (format === 'xlsx') await verifyXlsxSizes(input, tableErrors(vocabulary));
}

/** Reads only as far as the header row. */
export async function readTableHeader<F extends string, P extends string>(
  input: Buffer,
  format: TableFormat,
  vocabulary: TableVocabulary<F, P>,
  options: Pick<TableReadOptions<F>, 'headerSearchRows'> = {},
): Promise<TableHeader<F>> {
  const headerSearchRows = options.headerSearchRows ?? DEFAULT_HEADER_SEARCH_ROWS;
  const errors = tableErrors(vocabulary);
  const rows = rawRows(input, format, headerSearchRows, vocabulary, errors);
  try {
    return (await findHeader(rows, headerSearchRows, vocabulary, errors)).header;
  } finally {
    await rows.return();
  }
}

/**
 * The data rows below the header, skipping blank ones (every mapped cell empty or whitespace).
 * Errors are SpreadsheetFileErrors (or the vocabulary's subclass); rows yielded before an error
 * were genuine rows.
 */
export async function* readTable<F extends string, P extends string>(
  input: Buffer,
  format: TableFormat,
  vocabulary: TableVocabulary<F, P>,
  options: TableReadOptions<F> = {},
): AsyncGenerator<TableRow<F>, void, undefined> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_TABLE_ROWS;
  const headerSearchRows = options.headerSearchRows ?? DEFAULT_HEADER_SEARCH_ROWS;
  const errors = tableErrors(vocabulary);
  const rows = rawRows(input, format, headerSearchRows, vocabulary, errors);
  try {
    const { header, fieldAt } = await findHeader(rows, headerSearchRows, vocabulary, errors);
    options.onHeader?.(header);
    let count = 0;
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      const { rowNumber, cells: raw } = next.value;
      const cells: TableCells<F> = {};
      let blank = true;
      for (const [index, field] of fieldAt) {
        const cell = raw[index];
        if (cell === undefined) continue;
        cells[field] = cell;
        if (cell.text.trim() !== '') blank = false;
      }
      if (blank) continue;
      if (++count > maxRows) throw errors.tooManyRows(maxRows, rowNumber);
      yield { rowNumber, cells };
    }
  } finally {
    await rows.return();
  }
}
