import * as ExcelJS from 'exceljs';
import {
  RosterFileError,
  readRoster,
  type RosterReadOptions,
  type RosterRow,
} from './roster-reader';

// The format-level xlsx behaviour (number texts, size limits, chunk boundaries) is specified in
// common/spreadsheet/xlsx-source.spec.ts; these check what the roster vocabulary makes of it.

async function collect(input: Buffer, options?: RosterReadOptions): Promise<RosterRow[]> {
  const rows: RosterRow[] = [];
  for await (const row of readRoster(input, 'xlsx', options)) rows.push(row);
  return rows;
}

async function workbookBuffer(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

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

  it('throws RosterFileErrors worded for rosters from the xlsx source', async () => {
    const input = await workbookBuffer(() => undefined);
    const error: unknown = await collect(input).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RosterFileError);
    expect(error).toMatchObject({
      name: 'RosterFileError',
      code: 'ROSTER_UNREADABLE',
      kind: 'UNREADABLE',
      message: 'Roster file unreadable: no worksheet found',
      messageZh: '文件中没有找到工作表。请确认上传的是 Excel 报名表（.xlsx）。',
    });
  });

  it('keeps the roster wording of NO_HEADER and TOO_MANY_ROWS', async () => {
    const noHeader = await workbookBuffer((workbook) => {
      workbook.addWorksheet('报名表').addRows([
        ['序号', '姓名'],
        [1, '张三'],
      ]);
    });
    await expect(collect(noHeader)).rejects.toMatchObject({
      code: 'ROSTER_NO_HEADER',
      message: 'No header row with a name and an ID number column in the first 20 rows',
      messageZh: expect.stringMatching(
        /^在前20行中没有找到表头。表头行须同时包含姓名列（姓名、职工姓名、.*）和身份证号列（身份证号、.*）。建议下载报名表模板填写，不要修改表头。$/,
      ) as unknown,
    });
    const long = await workbookBuffer((workbook) => {
      workbook.addWorksheet('报名表').addRows([['姓名', '身份证号'], ['张三'], ['李四']]);
    });
    await expect(collect(long, { maxRows: 1 })).rejects.toMatchObject({
      code: 'ROSTER_TOO_MANY_ROWS',
      message: 'The roster has more than 1 rows',
      messageZh: '报名表超过1行（第3行起超出），请拆分为多个文件分批上传。',
    });
  });
});
