import * as ExcelJS from 'exceljs';
import { headerMatcher } from './header-names';
import { SPREADSHEET_ERROR_KINDS, SpreadsheetFileError } from './table-errors';
import { detectTableFormat } from './table-format';
import {
  readTable,
  readTableHeader,
  type TableHeader,
  type TableReadOptions,
  type TableRow,
} from './table-reader';
import type { TableVocabulary } from './table-vocabulary';

// A vocabulary unlike the roster's: a header needs an item and either a quantity or a weight.
type Field = 'item' | 'qty' | 'weight' | 'note';
const FIELDS: readonly Field[] = ['item', 'qty', 'weight', 'note'];
const ALIASES = {
  item: ['品名', 'item'],
  qty: ['数量', 'qty'],
  weight: ['重量', 'weight'],
  note: ['说明'],
};
const ORDERS: TableVocabulary<Field, 'ORDER'> = {
  fields: FIELDS,
  codePrefix: 'ORDER',
  document: { en: 'order sheet', zh: '订货单' },
  labels: { item: '品名', qty: '数量', weight: '重量', note: '说明' },
  match: headerMatcher(FIELDS, ALIASES, 'Order'),
  isHeader: (c) => c.item !== undefined && (c.qty !== undefined || c.weight !== undefined),
  describe: () => ({
    en: 'an item and a quantity or weight column',
    zh: '表头行须包含品名列和数量或重量列。',
    accepted: ALIASES,
  }),
};

class OrderFileError extends SpreadsheetFileError {}
const ORDERS_WITH_CLASS: TableVocabulary<Field, 'ORDER'> = {
  ...ORDERS,
  createError: (code, message, messageZh, details) =>
    new OrderFileError(code, message, messageZh, details),
};

async function collect(
  input: Buffer,
  format: 'xlsx' | 'csv' = 'csv',
  options?: TableReadOptions<Field>,
  vocabulary = ORDERS,
): Promise<TableRow<Field>[]> {
  const rows: TableRow<Field>[] = [];
  for await (const row of readTable(input, format, vocabulary, options)) rows.push(row);
  return rows;
}

async function failure(run: () => Promise<unknown>): Promise<SpreadsheetFileError> {
  const caught: unknown = await run().then(
    () => undefined,
    (error: unknown) => error,
  );
  if (caught instanceof SpreadsheetFileError) return caught;
  throw new Error(`expected a SpreadsheetFileError, got ${String(caught)}`);
}

const cell = (text: string, storedAsNumber = false) => ({ text, storedAsNumber });

describe('readTable with a custom vocabulary', () => {
  it('takes the first row that satisfies isHeader, whichever alternative it uses', async () => {
    const csv = Buffer.from('订货单,,\n品名,说明\n品名,重量,说明\n螺栓,3.5,\n,,\n垫片,,不急\n');
    let header: TableHeader<Field> | undefined;
    const rows = await collect(csv, 'csv', { onHeader: (found) => (header = found) });
    // Row 2 names an item but neither a quantity nor a weight: a note row, not the header.
    expect(header).toEqual({
      rowNumber: 3,
      columns: { item: '品名', weight: '重量', note: '说明' },
      ignored: [],
    });
    expect(rows).toEqual([
      { rowNumber: 4, cells: { item: cell('螺栓'), weight: cell('3.5') } },
      { rowNumber: 6, cells: { item: cell('垫片'), note: cell('不急') } },
    ]);
  });

  it('detects the CSV delimiter from the vocabulary’s header', async () => {
    const tsv = Buffer.from('\ufeff品名\tqty\n"螺栓,M8"\t3\n', 'utf16le');
    expect(await collect(tsv)).toEqual([
      { rowNumber: 2, cells: { item: cell('螺栓,M8'), qty: cell('3') } },
    ]);
  });

  it('reads xlsx with the same mapping and keeps number cells flagged', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('订货');
    sheet.mergeCells('A1:C1');
    sheet.getCell('A1').value = '订货单';
    sheet.addRow(['序号', 'Item', 'QTY']);
    sheet.addRow([1, '螺栓', 12]);
    const input = Buffer.from(await workbook.xlsx.writeBuffer());
    await expect(readTableHeader(input, 'xlsx', ORDERS)).resolves.toEqual({
      rowNumber: 2,
      columns: { item: 'Item', qty: 'QTY' },
      ignored: ['序号'],
    });
    expect(await collect(input, 'xlsx')).toEqual([
      { rowNumber: 3, cells: { item: cell('螺栓'), qty: cell('12', true) } },
    ]);
  });

  it('ignores a repeated header word above the header, but not in it', async () => {
    const above = Buffer.from('品名,品名\n品名,数量\n螺栓,1\n');
    expect(await collect(above)).toHaveLength(1);
    const error = await failure(() =>
      readTableHeader(Buffer.from('品名,数量,qty\n'), 'csv', ORDERS),
    );
    expect(error).toMatchObject({
      code: 'ORDER_DUPLICATE_COLUMN',
      kind: 'DUPLICATE_COLUMN',
      message: 'Header row 1 has two qty columns: "数量" and "qty"',
      messageZh: '第1行表头中“数量”和“qty”都表示数量，请删除或改名其中一列。',
      details: { rowNumber: 1, field: 'qty', headers: ['数量', 'qty'] },
    });
  });
});

describe('readTable errors', () => {
  it('codes and words NO_HEADER from the vocabulary', async () => {
    const error = await failure(() => collect(Buffer.from('品名,单价\n螺栓,1\n')));
    expect(error).toBeInstanceOf(SpreadsheetFileError);
    expect(error).toMatchObject({
      name: 'SpreadsheetFileError',
      code: 'ORDER_NO_HEADER',
      kind: 'NO_HEADER',
      message: 'No header row with an item and a quantity or weight column in the first 20 rows',
      messageZh: '在前20行中没有找到表头。表头行须包含品名列和数量或重量列。',
      details: { headerSearchRows: 20, accepted: ALIASES },
    });
  });

  it('stops after maxRows non-blank rows with <PREFIX>_TOO_MANY_ROWS', async () => {
    const csv = Buffer.from('品名,数量\n螺栓,1\n,\n垫片,2\n螺母,3\n');
    const seen: number[] = [];
    const error = await failure(async () => {
      for await (const row of readTable(csv, 'csv', ORDERS, { maxRows: 2 })) {
        seen.push(row.rowNumber);
      }
    });
    expect(seen).toEqual([2, 4]);
    expect(error).toMatchObject({
      code: 'ORDER_TOO_MANY_ROWS',
      message: 'The order sheet has more than 2 rows',
      messageZh: '订货单超过2行（第5行起超出），请拆分为多个文件分批上传。',
      details: { maxRows: 2, rowNumber: 5 },
    });
  });

  it('builds errors through createError when the vocabulary has one', async () => {
    const error = await failure(() => collect(Buffer.alloc(0), 'xlsx', {}, ORDERS_WITH_CLASS));
    expect(error).toBeInstanceOf(OrderFileError);
    expect(error).toMatchObject({
      name: 'OrderFileError',
      code: 'ORDER_EMPTY',
      message: 'The order sheet file is empty',
    });
  });

  it('reports a malformed CSV with the vocabulary’s code', async () => {
    const error = await failure(() => collect(Buffer.from('品名,数量\n"螺栓,1\n')));
    expect(error).toMatchObject({ code: 'ORDER_UNREADABLE', details: { row: 2 } });
    expect(error.message).toMatch(/^Order sheet file unreadable: CSV_QUOTE_NOT_CLOSED/);
  });

  it('has a kind for every code, whatever the prefix', () => {
    for (const kind of SPREADSHEET_ERROR_KINDS) {
      for (const prefix of ['ROSTER', 'SCORE_FILE', 'A_B_C']) {
        expect(new SpreadsheetFileError(`${prefix}_${kind}`, '', '').kind).toBe(kind);
      }
    }
  });
});

describe('detectTableFormat', () => {
  it('recognises xlsx by content and CSV by name', () => {
    expect(detectTableFormat('订货.csv', Buffer.from('504b0304', 'hex'), ORDERS)).toBe('xlsx');
    expect(detectTableFormat('订货.txt', Buffer.from('品名'), ORDERS)).toBe('csv');
    expect(detectTableFormat('订货.pdf', Buffer.from('%PDF'), ORDERS)).toBeNull();
  });

  it.each([
    ['订货.xls', Buffer.from('d0cf11e0a1b11ae1', 'hex'), 'ORDER_XLS_UNSUPPORTED'],
    ['订货.xlsx', Buffer.from('not a zip'), 'ORDER_UNREADABLE'],
    ['订货.csv', Buffer.alloc(0), 'ORDER_EMPTY'],
  ])('refuses %s with the vocabulary’s codes and class', (filename, head, code) => {
    let caught: unknown;
    try {
      detectTableFormat(filename, head, ORDERS_WITH_CLASS);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OrderFileError);
    expect(caught).toMatchObject({ code });
  });
});
