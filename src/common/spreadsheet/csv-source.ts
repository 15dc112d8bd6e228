/**
 * Streams the records of a CSV / tab-separated table as raw cells.
 *
 * What Excel and WPS in China actually save: "CSV (逗号分隔)" in GBK without a BOM, "CSV UTF-8"
 * with a BOM, and "Unicode 文本" as UTF-16LE with a BOM and tabs. CSV has no cell types, so
 * `storedAsNumber` is always false; a number Excel displayed as `1.10105E+17` arrives as that text.
 */
import { isUtf8 } from 'node:buffer';
import { Readable, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { SourceErrors } from './table-errors';
import type { RawTableRow, TableCell, TableVocabulary } from './table-vocabulary';
import { withoutFormulaGuard } from './formula-guard';

/** Decoding granularity: keeps the decoded text in flight small whatever the file size. */
const CHUNK_BYTES = 64 * 1024;
/** One record longer than this is a runaway quoted field, not a worker. */
const MAX_RECORD_CHARS = 1024 * 1024;
const DELIMITERS = [',', '\t', ';'] as const;

type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** BOM first; otherwise anything that is not valid UTF-8 is taken for GBK (GB18030 is a superset). */
export function detectCsvEncoding(input: Buffer): CsvEncoding {
  if (input[0] === 0xff && input[1] === 0xfe) return 'utf-16le';
  if (input[0] === 0xfe && input[1] === 0xff) return 'utf-16be';
  return isUtf8(input) ? 'utf-8' : 'gb18030';
}

function* textChunks(input: Buffer, encoding: CsvEncoding): Generator<string> {
  // TextDecoder drops a leading BOM of its own encoding.
  const decoder = new TextDecoder(encoding);
  for (let offset = 0; offset < input.length; offset += CHUNK_BYTES) {
    const text = decoder.decode(input.subarray(offset, offset + CHUNK_BYTES), { stream: true });
    if (text !== '') yield text;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

/**
 * The delimiter that splits some early line into a recognisable header. Title rows above the
 * header rule out simply counting delimiters in the first line.
 */
export function detectDelimiter<F extends string>(
  text: string,
  maxLines: number,
  vocabulary: Pick<TableVocabulary<F>, 'match' | 'isHeader'>,
): string {
  const lines = text.split(/\r\n|\n|\r/, maxLines);
  for (const delimiter of DELIMITERS) {
    for (const line of lines) {
      const columns: Partial<Record<F, string>> = {};
      for (const raw of line.split(delimiter)) {
        const header = unquote(raw);
        const field = vocabulary.match(header);
        if (field !== null) columns[field] = header;
      }
      if (vocabulary.isHeader(columns)) return delimiter;
    }
  }
  return ',';
}

function unquote(field: string): string {
  const trimmed = field.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).replace(/""/g, '"')
    : trimmed;
}

/**
 * `="0123"` is the usual trick to make Excel open a CSV field as text; Excel shows what is inside,
 * so that is the cell's text.
 */
function cellFromField(field: string): TableCell | undefined {
  if (field === '') return undefined;
  const formula = /^="(.*)"$/su.exec(field);
  const text = formula ? formula[1].replace(/""/g, '"') : withoutFormulaGuard(field);
  return { text, storedAsNumber: false };
}

function malformed(error: CsvError, errors: SourceErrors): Error {
  // csv-parse reports the line where it gave up (often the end of the file); the record after
  // the last complete one is where the fault starts, and it is the row Excel would show.
  const row = (typeof error.records === 'number' ? error.records : 0) + 1;
  const messageZh =
    error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_MAX_RECORD_SIZE'
      ? `CSV 文件格式有误：第${row}行的引号没有闭合（或该行内容过长）。请用 Excel 打开检查后重新保存。`
      : `CSV 文件格式有误（第${row}行附近）。请用 Excel 打开检查后重新保存。`;
  return errors.unreadable(`${error.code} at record ${row}: ${error.message}`, messageZh, {
    row,
    line: error.lines,
    csvCode: error.code,
  });
}

/** Every record, empty lines included, so that record numbers are the rows Excel shows. */
export async function* readCsvRows<F extends string>(
  input: Buffer,
  headerSearchRows: number,
  vocabulary: Pick<TableVocabulary<F>, 'match' | 'isHeader'>,
  errors: SourceErrors,
): AsyncGenerator<RawTableRow, void, undefined> {
  const encoding = detectCsvEncoding(input);
  const head = new TextDecoder(encoding).decode(input.subarray(0, CHUNK_BYTES));
  const parser = parse({
    delimiter: detectDelimiter(head, headerSearchRows, vocabulary),
    bom: true,
    relax_column_count: true,
    // Excel reads a stray quote inside an unquoted field literally; so do we.
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  // pipeline tears the source down when the consumer stops early; errors surface via the parser.
  pipeline(Readable.from(textChunks(input, encoding)), parser, () => undefined);

  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      yield { rowNumber, cells: record.map(cellFromField) };
    }
  } catch (error) {
    throw error instanceof CsvError ? malformed(error, errors) : error;
  }
}
