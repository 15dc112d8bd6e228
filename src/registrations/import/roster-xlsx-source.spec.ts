import { PassThrough } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { readRoster, type RosterRow } from './roster-reader';
import { cellFromValue, numberText, readXlsxRows } from './roster-xlsx-source';

async function collect(input: Buffer): Promise<RosterRow[]> {
  const rows: RosterRow[] = [];
  for await (const row of readRoster(input, 'xlsx')) rows.push(row);
  return rows;
}

async function workbookBuffer(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('numberText', () => {
  it.each([
    [13904180009, '13904180009'],
    [0, '0'],
    [-42, '-42'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    // What Excel's <v>1.1010519491231002E+17</v> parses to; Excel shows 110105194912310000.
    [1.1010519491231002e17, '110105194912310000'],
    [1.10105e17, '110105000000000000'],
    [1.5, '1.5'],
    [0.000001, '0.000001'],
  ])('prints %p as %s', (value, text) => {
    expect(numberText(value)).toBe(text);
  });
});

describe('cellFromValue', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    [' 张三 ', { text: ' 张三 ', storedAsNumber: false }],
    [13904180009, { text: '13904180009', storedAsNumber: true }],
    [true, { text: 'TRUE', storedAsNumber: false }],
    [new Date(Date.UTC(1985, 2, 15)), { text: '1985-03-15', storedAsNumber: true }],
    [{ richText: [{ text: '王' }, { text: '建国' }] }, { text: '王建国', storedAsNumber: false }],
    [
      { formula: 'A1&""', result: '13904180010' },
      { text: '13904180010', storedAsNumber: false },
    ],
    [
      { formula: 'A1*1', result: 13904180010 },
      { text: '13904180010', storedAsNumber: true },
    ],
    [{ formula: 'A1' }, undefined],
    [{ error: '#N/A' }, { text: '#N/A', storedAsNumber: false }],
    [
      { text: '王建国', hyperlink: 'mailto:a@b.cn' },
      { text: '王建国', storedAsNumber: false },
    ],
  ] as Array<[ExcelJS.CellValue, unknown]>)('converts %j', (value, cell) => {
    expect(cellFromValue(value)).toEqual(cell);
  });
});

describe('readRoster on xlsx written by exceljs', () => {
  it('keeps cell types from the file: text digits, numbers, formulas, dates', async () => {
    const input = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('报名表');
      sheet.addRow(['姓名', '身份证号', '手机', '性别']);
      sheet.getColumn(2).numFmt = '@';
      sheet.addRow(['王建国', '210902198503150017', 13904180001, '男']);
      sheet.addRow([
        { richText: [{ text: '李', font: { bold: true } }, { text: '秀英' }] },
        // An ID typed as a number: the double cannot hold all 18 digits.
        Number('110105194912310021'),
      ]);
      sheet.addRow([
        '张伟',
        { formula: 'TEXT(1,"0")', result: '1' },
        { formula: '3+4', result: 7, shareType: 'shared', ref: 'C4:C5' },
      ]);
      // Column B is text-formatted, which would turn a date there back into a plain number.
      sheet.addRow([
        '赵敏',
        '',
        { sharedFormula: 'C4', result: 7 },
        new Date(Date.UTC(2001, 0, 2)),
      ]);
      sheet.addRow(['刘洋', '', '', { error: '#VALUE!' }]);
    });
    expect(await collect(input)).toEqual([
      {
        rowNumber: 2,
        cells: {
          name: { text: '王建国', storedAsNumber: false },
          idNumber: { text: '210902198503150017', storedAsNumber: false },
          phone: { text: '13904180001', storedAsNumber: true },
          gender: { text: '男', storedAsNumber: false },
        },
      },
      {
        rowNumber: 3,
        cells: {
          name: { text: '李秀英', storedAsNumber: false },
          idNumber: { text: '110105194912310000', storedAsNumber: true },
        },
      },
      {
        rowNumber: 4,
        cells: {
          name: { text: '张伟', storedAsNumber: false },
          idNumber: { text: '1', storedAsNumber: false },
          phone: { text: '7', storedAsNumber: true },
        },
      },
      {
        rowNumber: 5,
        cells: {
          name: { text: '赵敏', storedAsNumber: false },
          phone: { text: '7', storedAsNumber: true },
          gender: { text: '2001-01-02', storedAsNumber: true },
        },
      },
      {
        rowNumber: 6,
        cells: {
          name: { text: '刘洋', storedAsNumber: false },
          gender: { text: '#VALUE!', storedAsNumber: false },
        },
      },
    ]);
  });

  it('reads the first visible sheet in tab order, not in zip order', async () => {
    const input = await workbookBuffer((workbook) => {
      const header = ['姓名', '身份证号'];
      workbook.addWorksheet('配置', { state: 'hidden' }).addRows([header, ['隐藏', '1']]);
      workbook.addWorksheet('报名表').addRows([header, ['可见', '2']]);
      workbook.addWorksheet('其他').addRows([header, ['其他', '3']]);
    });
    const rows = await collect(input);
    expect(rows.map((row) => row.cells.name?.text)).toEqual(['可见']);
  });

  it.each([
    ['shared strings', [['王建国', '1'.repeat(5000)]]],
    ['sheet', Array.from({ length: 500 }, (_, i) => ['王建国', i])],
  ])('gives up with ROSTER_TOO_LARGE on %s beyond the limit', async (_part, data) => {
    const input = await workbookBuffer((workbook) => {
      workbook.addWorksheet('报名表').addRows([['姓名', '身份证号'], ...data]);
    });
    const read = async () => {
      for await (const row of readXlsxRows(input, 4096)) void row;
    };
    await expect(read()).rejects.toMatchObject({ code: 'ROSTER_TOO_LARGE' });
  });

  it('streams 40,000 rows without garbling Chinese text at chunk boundaries', async () => {
    const count = 40_000;
    const name = (i: number) => `职工${i}号张三丰`;
    const unit = (i: number) => `阜新市第${i % 300}机械厂工会`;
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
    const sheet = writer.addWorksheet('报名表');
    sheet.addRow(['2024年职工职业技能大赛报名表']).commit();
    sheet.addRow(['序号', '姓名', '身份证号', '性别', '手机', '单位', '单位代码']).commit();
    for (let i = 1; i <= count; i++) {
      const id = String(210902198503150000n + BigInt(i));
      const row = [
        i,
        name(i),
        id,
        i % 2 ? '男' : '女',
        String(13904180000 + i),
        unit(i),
        `FX${i % 300}`,
      ];
      sheet.addRow(row).commit();
    }
    sheet.commit();
    await writer.commit();
    const input = Buffer.concat(chunks);

    let seen = 0;
    let garbled = 0;
    let last: RosterRow | undefined;
    for await (const row of readRoster(input, 'xlsx')) {
      seen++;
      const i = row.rowNumber - 2;
      if (row.cells.name?.text !== name(i) || row.cells.unit?.text !== unit(i)) garbled++;
      last = row;
    }
    expect(seen).toBe(count);
    expect(garbled).toBe(0);
    expect(last?.rowNumber).toBe(count + 2);
    expect(last?.cells.idNumber).toEqual({ text: '210902198503190000', storedAsNumber: false });
  }, 60_000);
});
