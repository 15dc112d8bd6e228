/** Streaming .xlsx/.csv table reading, parameterised by a header vocabulary. */
export { normalizeHeader, headerMatcher } from './header-names';
export { detectTableFormat, type TableFormat } from './table-format';
export {
  DEFAULT_HEADER_SEARCH_ROWS,
  DEFAULT_MAX_TABLE_ROWS,
  readTable,
  readTableHeader,
  type TableHeader,
  type TableReadOptions,
  type TableRow,
  unpackedTableSize,
} from './table-reader';
export {
  SPREADSHEET_ERROR_KINDS,
  SpreadsheetFileError,
  type SpreadsheetErrorKind,
  type SpreadsheetFileErrorCode,
} from './table-errors';
export type { HeaderRequirement, TableCell, TableCells, TableVocabulary } from './table-vocabulary';
