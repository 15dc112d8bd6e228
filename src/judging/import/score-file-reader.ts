/**
 * Reads a theory-exam score file (理论成绩, .xlsx or .csv): one row per contestant, identified by
 * blind code and/or ID number, with an optional name and the score.
 *
 * The generic table reader does the work (GBK/UTF-16 CSV, title rows above the header, number
 * cells flagged, limits); this module fixes it to the score vocabulary. Cell texts come back raw
 * and untrimmed: whether "87.5" is a valid score, or "a017" a known code, is for the caller.
 * Errors are ScoreFileErrors with SCORE_FILE_* codes.
 */
import { detectTableFormat, type TableFormat } from '../../common/spreadsheet/table-format';
import {
  readTable,
  readTableHeader,
  type TableHeader,
  type TableReadOptions,
  type TableRow,
} from '../../common/spreadsheet/table-reader';
import { SCORE_FILE_VOCABULARY, type ScoreField } from './score-columns';

export { ScoreFileError, type ScoreFileErrorCode } from './score-file-error';

export type ScoreFileFormat = TableFormat;
/** `cells.points.storedAsNumber` is true when the score cell held a number rather than text. */
export type ScoreFileRow = TableRow<ScoreField>;
export type ScoreFileHeader = TableHeader<ScoreField>;
export type ScoreFileReadOptions = TableReadOptions<ScoreField>;

/** By first bytes, then file name; null when neither xlsx nor CSV. Throws for empty, .xls, .ods. */
export function detectScoreFileFormat(
  filename: string | undefined,
  head: Buffer,
): ScoreFileFormat | null {
  return detectTableFormat(filename, head, SCORE_FILE_VOCABULARY);
}

/** Reads only as far as the header row. */
export function readScoreFileHeader(
  input: Buffer,
  format: ScoreFileFormat,
  options: Pick<ScoreFileReadOptions, 'headerSearchRows'> = {},
): Promise<ScoreFileHeader> {
  return readTableHeader(input, format, SCORE_FILE_VOCABULARY, options);
}

/** The non-blank rows below the header, with their spreadsheet row numbers. */
export function readScoreFile(
  input: Buffer,
  format: ScoreFileFormat,
  options: ScoreFileReadOptions = {},
): AsyncGenerator<ScoreFileRow, void, undefined> {
  return readTable(input, format, SCORE_FILE_VOCABULARY, options);
}
