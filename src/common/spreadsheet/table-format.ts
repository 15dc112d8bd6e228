/**
 * Which reader an upload needs, from its first bytes and then its name. Browsers and office
 * suites disagree on content types, and people rename files, so neither is trusted alone.
 */
import { extname } from 'node:path';
import { tableErrors, type TableErrors } from './table-errors';
import type { TableVocabulary } from './table-vocabulary';

export type TableFormat = 'xlsx' | 'csv';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// OLE2 compound file: .xls, and WPS's .et, neither of which exceljs reads.
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An OpenDocument zip starts with a stored "mimetype" entry naming the document type.
const ODF_MIMETYPE = Buffer.from('mimetypeapplication/vnd.oasis.opendocument');

/** Throws for the recognisable but unreadable: empty files, .xls, .ods. */
export function checkContainer(head: Buffer, errors: TableErrors): void {
  if (head.length === 0) throw errors.empty();
  if (head.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) throw errors.xlsUnsupported();
  if (head.subarray(30, 30 + ODF_MIMETYPE.length).equals(ODF_MIMETYPE)) {
    throw errors.unsupportedFormat();
  }
}

/**
 * The format of an upload, by its first bytes (8 are enough, 80 to recognise .ods) and then its
 * file name; null when it is neither. Throws for empty files, .xls and .ods.
 */
export function detectTableFormat<F extends string, P extends string>(
  filename: string | undefined,
  head: Buffer,
  vocabulary: TableVocabulary<F, P>,
): TableFormat | null {
  const errors = tableErrors(vocabulary);
  checkContainer(head, errors);
  if (head.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) return 'xlsx';
  const extension = extname(filename ?? '').toLowerCase();
  if (extension === '.csv' || extension === '.txt') return 'csv';
  // Many web systems export HTML or XML tables named .xls; Excel opens them, exceljs cannot.
  if (extension === '.xls' || extension === '.et') throw errors.xlsUnsupported();
  if (extension === '.xlsx' || extension === '.xlsm') {
    throw errors.unreadable(
      'not a zip archive',
      '该文件不是有效的 .xlsx 文件（可能已损坏或只是改了扩展名）。请用 Excel 或 WPS 打开后另存为 .xlsx 再上传。',
    );
  }
  return null;
}
