import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import type { RosterCells, RosterField } from './roster-columns';
import {
  RosterFileError,
  detectRosterFormat,
  readRoster,
  readRosterHeader,
  type RosterFormat,
  type RosterHeader,
  type RosterReadOptions,
  type RosterRow,
} from './roster-reader';

const FIXTURES = join(__dirname, '../../../test/fixtures/rosters');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

async function collect(
  input: Buffer,
  format: RosterFormat,
  options?: RosterReadOptions,
): Promise<RosterRow[]> {
  const rows: RosterRow[] = [];
  for await (const row of readRoster(input, format, options)) rows.push(row);
  return rows;
}

async function failure(run: () => Promise<unknown>): Promise<RosterFileError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof RosterFileError) return error;
    throw error;
  }
  throw new Error('expected a RosterFileError');
}

type Line = [
  row: number,
  name: string,
  id: string,
  gender: string,
  phone: string,
  unit: string,
  code: string,
];
const FIELD_ORDER: RosterField[] = ['name', 'idNumber', 'gender', 'phone', 'unit', 'unitCode'];

/** Expected rows; empty strings are absent cells, `numeric` lists cells stored as numbers. */
function expected(lines: Line[], numeric: Record<number, RosterField[]> = {}): RosterRow[] {
  return lines.map(([rowNumber, ...texts]) => {
    const cells: RosterCells = {};
    texts.forEach((text, index) => {
      const field = FIELD_ORDER[index];
      if (text !== '') {
        cells[field] = { text, storedAsNumber: numeric[rowNumber]?.includes(field) ?? false };
      }
    });
    return { rowNumber, cells };
  });
}

// office-roster.fods as LibreOffice saves it; see test/fixtures/rosters/README.md for the rows.
const OFFICE_HEADER: RosterHeader = {
  rowNumber: 3,
  columns: {
    name: '姓\u3000名',
    idNumber: '身份证号（必填）',
    gender: '性别',
    phone: '手机号码',
    unit: '工作单位',
    unitCode: '单位代码',
  },
  ignored: ['序号', '备注'],
};
const OFFICE_LINES = (id7: string): Line[] => [
  [4, '王建国', '210902198503150017', '男', '13904180001', '阜新市第一机械厂', 'FX001'],
  [5, '  李秀英  ', ' 210911197801020044 ', '女', ' 13904180002 ', '阜新市第一机械厂', 'FX001'],
  [6, '张伟', '２１０９０４１９８８１２３０００５０', '男', '13904180003', '阜新矿业集团', 'FX002'],
  [7, '赵敏', id7, '女', '13904180004', '阜新矿业集团', 'FX002'],
  [8, '刘洋', '210902199208150052', '男', '13904180005', '阜新矿业集团', 'FX002'],
  [9, '王建国', '210902198503150017', '男', '13904180001', '阜新市第一机械厂', 'FX001'],
  [10, '陈静', '210921197506180064', '女', '13904180007', '阜新市不存在的单位', ''],
  [13, '孙丽', '21090219900721002x', '女', '13904180008', '阜新市第一机械厂', 'FX001'],
  [14, '周强', '21090319830909007X', '男', '13904180009', '阜新市第二建筑公司', 'FX003'],
  [15, '吴芳', '210905199501010081', '女', '13904180010', '阜新市第二建筑公司', 'FX003'],
  [16, '郑海', '210902198704110097', '', '13904180011', '', 'FX003'],
  [17, '冯雪', '210911198002290106', '女', '13904180012', '阜新市第一机械厂', ''],
  [18, '何军', '210902199105050111', '男', '13904180013', '阜新矿业集团', 'FX002'],
  [19, '高雅', '210902198606060129', '女', '13904180014', '阜新市第二建筑公司', 'FX003'],
];

describe('readRoster on files saved by LibreOffice', () => {
  it('reads office-roster.xlsx: title rows skipped, blank rows dropped, number cells flagged', async () => {
    let header: RosterHeader | undefined;
    const rows = await collect(fixture('office-roster.xlsx'), 'xlsx', {
      onHeader: (found) => (header = found),
    });
    expect(header).toEqual(OFFICE_HEADER);
    // LibreOffice stores 110105194912310021 as 1.1010519491231E+017: 14 digits survive.
    expect(rows).toEqual(
      expected(OFFICE_LINES('110105194912310000'), { 7: ['idNumber'], 14: ['phone'] }),
    );
  });

  it.each([
    ['office-roster-gbk.csv', 'GBK, comma-separated'],
    ['office-roster-utf16.txt', 'UTF-16LE with BOM, tab-separated'],
  ])('reads %s (%s) with the same rows and no number flags', async (name) => {
    const rows = await collect(fixture(name), 'csv');
    // The number cell arrives as LibreOffice displayed it.
    expect(rows).toEqual(expected(OFFICE_LINES('1.1010519491231E+017')));
    await expect(readRosterHeader(fixture(name), 'csv')).resolves.toEqual(OFFICE_HEADER);
  });

  it('reads roster-utf8-bom.csv as Excel writes it', async () => {
    await expect(readRosterHeader(fixture('roster-utf8-bom.csv'), 'csv')).resolves.toEqual({
      rowNumber: 2,
      columns: {
        name: '选手姓名',
        idNumber: '身份证号码*',
        gender: '性别',
        phone: '联系电话',
        unit: '所在单位',
        unitCode: '单位编码',
      },
      ignored: ['序号'],
    });
    expect(await collect(fixture('roster-utf8-bom.csv'), 'csv')).toEqual(
      expected([
        [3, '王建国', '210902198503150017', '男', '13904180001', '阜新市第一机械厂', 'FX001'],
        [4, '赵敏', '1.10105E+17', '女', '13904180004', '阜新矿业集团', 'FX002'],
        [5, '张"小"伟', '210904198812300050', '男', '13904180003', '阜新矿业集团', 'FX002'],
        [6, '孙丽', '21090219900721002x', '女', '13904180008', '阜新市第一机械厂,一车间', 'FX001'],
        [8, '李秀英', '210911197801020044', '女', '13904180002', '阜新市第一机械厂', 'FX001'],
        [
          9,
          '周强\n（组长）',
          '21090319830909007X',
          '男',
          '13904180009',
          '阜新市第二建筑公司',
          'FX003',
        ],
        [10, '高雅', '210902198606060129', '女', '13904180014', '阜新市第二建筑公司', 'FX003'],
      ]),
    );
  });
});

describe('readRoster limits and header errors', () => {
  it('stops with ROSTER_TOO_MANY_ROWS after maxRows non-blank rows', async () => {
    const seen: number[] = [];
    const error = await failure(async () => {
      for await (const row of readRoster(fixture('office-roster.xlsx'), 'xlsx', { maxRows: 6 })) {
        seen.push(row.rowNumber);
      }
    });
    expect(error.code).toBe('ROSTER_TOO_MANY_ROWS');
    expect(error.details).toEqual({ maxRows: 6, rowNumber: 10 });
    expect(seen).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('does not count blank rows against maxRows', async () => {
    const rows = await collect(fixture('office-roster.xlsx'), 'xlsx', { maxRows: 14 });
    expect(rows).toHaveLength(14);
  });

  it('looks for the header only within headerSearchRows', async () => {
    const error = await failure(() =>
      readRosterHeader(fixture('office-roster.xlsx'), 'xlsx', { headerSearchRows: 2 }),
    );
    expect(error.code).toBe('ROSTER_NO_HEADER');
    expect(error.messageZh).toContain('前2行');
  });

  it('reports ROSTER_NO_HEADER listing the accepted names', async () => {
    const csv = Buffer.from('报名表\n序号,姓名,电话\n1,张三,13904180001\n');
    const error = await failure(() => collect(csv, 'csv'));
    expect(error.code).toBe('ROSTER_NO_HEADER');
    expect(error.messageZh).toContain('职工姓名');
    expect(error.messageZh).toContain('公民身份号码');
  });

  it('reports ROSTER_DUPLICATE_COLUMN for a field named twice in the header', async () => {
    const csv = Buffer.from('姓名,身份证号,电话,手机号码\n张三,210902198503150017,1,2\n');
    const error = await failure(() => readRosterHeader(csv, 'csv'));
    expect(error.code).toBe('ROSTER_DUPLICATE_COLUMN');
    expect(error.details).toEqual({ rowNumber: 1, field: 'phone', headers: ['电话', '手机号码'] });
  });

  it('detects semicolons and reads only mapped columns', async () => {
    const csv = Buffer.from('Name;ID No.;Remark\nZhang San;210902198503150017;x\n');
    expect(await collect(csv, 'csv')).toEqual([
      {
        rowNumber: 2,
        cells: {
          name: { text: 'Zhang San', storedAsNumber: false },
          idNumber: { text: '210902198503150017', storedAsNumber: false },
        },
      },
    ]);
  });
});

describe('readRoster on malformed files', () => {
  const office = fixture('office-roster.xlsx');

  it.each([
    ['a truncated zip', office.subarray(0, Math.floor(office.length / 2)), 'ROSTER_UNREADABLE'],
    [
      'random bytes',
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
      'ROSTER_UNREADABLE',
    ],
    [
      'a zip signature and noise',
      Buffer.concat([office.subarray(0, 4), Buffer.alloc(2048, 7)]),
      'ROSTER_UNREADABLE',
    ],
    [
      'an .xls header',
      Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex'),
      'ROSTER_XLS_UNSUPPORTED',
    ],
    ['an empty file', Buffer.alloc(0), 'ROSTER_EMPTY'],
  ])('rejects %s as xlsx', async (_label, input, code) => {
    expect((await failure(() => collect(input, 'xlsx'))).code).toBe(code);
    expect((await failure(() => readRosterHeader(input, 'xlsx'))).code).toBe(code);
  });

  it('rejects a zip without worksheets', async () => {
    const workbook = new ExcelJS.Workbook();
    const zip = Buffer.from(await workbook.xlsx.writeBuffer());
    const error = await failure(() => collect(zip, 'xlsx'));
    expect(error.code).toBe('ROSTER_UNREADABLE');
  });

  it('reports the row of an unterminated quote in a CSV', async () => {
    const csv = Buffer.from(
      '姓名,身份证号\n张三,210902198503150017\n"李四,210911197801020044\n王五,1\n',
    );
    const error = await failure(() => collect(csv, 'csv'));
    expect(error.code).toBe('ROSTER_UNREADABLE');
    expect(error.details).toMatchObject({ row: 3, csvCode: 'CSV_QUOTE_NOT_CLOSED' });
    expect(error.messageZh).toContain('第3行');
  });

  it('rejects an empty CSV', async () => {
    expect((await failure(() => collect(Buffer.alloc(0), 'csv'))).code).toBe('ROSTER_EMPTY');
  });
});

describe('detectRosterFormat', () => {
  const zip = Buffer.from('504b030414000000', 'hex');
  const text = Buffer.from('姓名,身份证号');

  it('goes by magic bytes first, then by extension', () => {
    expect(detectRosterFormat('名册.csv', zip)).toBe('xlsx');
    expect(detectRosterFormat(undefined, zip)).toBe('xlsx');
    expect(detectRosterFormat('名册.CSV', text)).toBe('csv');
    expect(detectRosterFormat('名册.txt', text)).toBe('csv');
    expect(detectRosterFormat('名册.pdf', text)).toBeNull();
    expect(detectRosterFormat(undefined, text)).toBeNull();
  });

  it.each([
    ['an OLE2 .xls', '名册.xls', Buffer.from('d0cf11e0a1b11ae1', 'hex'), 'ROSTER_XLS_UNSUPPORTED'],
    [
      'an OLE2 file named .xlsx',
      '名册.xlsx',
      Buffer.from('d0cf11e0a1b11ae1', 'hex'),
      'ROSTER_XLS_UNSUPPORTED',
    ],
    [
      'an HTML table named .xls',
      '名册.xls',
      Buffer.from('<html><table>'),
      'ROSTER_XLS_UNSUPPORTED',
    ],
    ['a non-zip .xlsx', '名册.xlsx', Buffer.from('not a zip'), 'ROSTER_UNREADABLE'],
    ['an empty upload', '名册.xlsx', Buffer.alloc(0), 'ROSTER_EMPTY'],
    [
      'an OpenDocument spreadsheet',
      '名册.ods',
      Buffer.concat([
        zip,
        Buffer.alloc(22),
        Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
      ]),
      'ROSTER_UNSUPPORTED_FORMAT',
    ],
  ])('refuses %s', (_label, filename, head, code) => {
    let caught: unknown;
    try {
      detectRosterFormat(filename, head);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RosterFileError);
    expect((caught as RosterFileError).code).toBe(code);
  });
});
