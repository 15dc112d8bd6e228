/**
 * Reads a trade's question bank file (题库, .xlsx or .csv) with the generic table reader, fixed to
 * the question bank's columns (rules/question-row.ts). File-level problems are QUESTION_FILE_*
 * codes; row problems are the rules' QUESTION_* codes (docs/exams.md "The question bank").
 */
import { detectTableFormat, type TableFormat } from '../../common/spreadsheet/table-format';
import { readTable, type TableRow } from '../../common/spreadsheet/table-reader';
import type { TableVocabulary } from '../../common/spreadsheet/table-vocabulary';
import {
  QUESTION_FIELD_LABELS,
  QUESTION_FIELDS,
  QUESTION_HEADER_ALIASES,
  matchQuestionHeader,
  type QuestionField,
} from '../rules/question-row';

/** At most this many questions in one file. */
export const MAX_QUESTION_ROWS = 5000;

export const QUESTION_FILE_VOCABULARY: TableVocabulary<QuestionField, 'QUESTION_FILE'> = {
  fields: QUESTION_FIELDS,
  codePrefix: 'QUESTION_FILE',
  document: { en: 'question bank', zh: '题库文件' },
  labels: QUESTION_FIELD_LABELS,
  match: matchQuestionHeader,
  isHeader: (columns) =>
    columns.code !== undefined && columns.stem !== undefined && columns.answer !== undefined,
  describe: () => ({
    en: 'a question code, a stem and an answer column',
    zh: `表头行须包含${QUESTION_HEADER_ALIASES.code[0]}、${QUESTION_HEADER_ALIASES.stem[0]}和${QUESTION_HEADER_ALIASES.answer[0]}列，请使用下载的题库模板。`,
    accepted: QUESTION_HEADER_ALIASES,
  }),
};

/** By first bytes, then file name; null when neither xlsx nor CSV. Throws for empty, .xls, .ods. */
export function detectQuestionFileFormat(
  filename: string | undefined,
  head: Buffer,
): TableFormat | null {
  return detectTableFormat(filename, head, QUESTION_FILE_VOCABULARY);
}

/** The non-blank rows below the header, with their spreadsheet row numbers. */
export function readQuestionFile(
  input: Buffer,
  format: TableFormat,
): AsyncGenerator<TableRow<QuestionField>, void, undefined> {
  return readTable(input, format, QUESTION_FILE_VOCABULARY, { maxRows: MAX_QUESTION_ROWS });
}
