import * as ExcelJS from 'exceljs';
import { ROSTER_TEMPLATE_HEADERS } from './roster-columns';
import { readRoster, readRosterHeader, type RosterRow } from './roster-reader';
import { TEMPLATE_TEXT_ROWS, buildRosterTemplate } from './roster-template';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

async function collect(buffer: Buffer): Promise<RosterRow[]> {
  const rows: RosterRow[] = [];
  for await (const row of readRoster(buffer, 'xlsx')) rows.push(row);
  return rows;
}

const UNITS = [
  { code: 'FX001', name: '阜新市第一机械厂' },
  { code: '0012', name: '阜新矿业集团' },
];

describe('buildRosterTemplate', () => {
  it('lays out the roster sheet: merged title, bold frozen header, text-formatted number columns', async () => {
    const workbook = await load(
      await buildRosterTemplate({ contestLabel: '2017年阜新市职工职业技能大赛', units: UNITS }),
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '报名表',
      '填写说明',
      '单位列表',
    ]);

    const sheet = workbook.getWorksheet('报名表')!;
    expect(sheet.getCell('A1').value).toBe('2017年阜新市职工职业技能大赛 报名表');
    expect(sheet.getCell('G1').isMerged).toBe(true);
    expect(sheet.getCell('G1').master.address).toBe('A1');
    expect(sheet.getRow(2).values).toEqual([undefined, ...ROSTER_TEMPLATE_HEADERS]);
    expect(sheet.getCell('B2').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });

    const lastTextRow = 2 + TEMPLATE_TEXT_ROWS;
    for (const column of ['C', 'E', 'G']) {
      expect(sheet.getColumn(column).numFmt).toBe('@');
      expect(sheet.getCell(`${column}3`).numFmt).toBe('@');
      expect(sheet.getCell(`${column}${lastTextRow}`).numFmt).toBe('@');
    }
    expect(sheet.getCell('B3').numFmt).toBeUndefined();
    expect(sheet.getColumn('C').width).toBeGreaterThanOrEqual(20);
  });

  it('explains how to fill it in, in Chinese', async () => {
    const workbook = await load(await buildRosterTemplate({ units: UNITS }));
    const text = workbook
      .getWorksheet('填写说明')!
      .getColumn(1)
      .values.filter((value): value is string => typeof value === 'string')
      .join('\n');
    for (const point of [
      '每行填写一名职工',
      '18位',
      '文本',
      '身份证号自动判断',
      '单位代码',
      '表头',
    ]) {
      expect(text).toContain(point);
    }
    expect(text).toContain('“单位列表”');
  });

  it('lists the units as text, so codes keep their leading zeros', async () => {
    const workbook = await load(await buildRosterTemplate({ units: UNITS }));
    const units = workbook.getWorksheet('单位列表')!;
    expect(
      units
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1)),
    ).toEqual([
      ['单位代码', '单位名称'],
      ['FX001', '阜新市第一机械厂'],
      ['0012', '阜新矿业集团'],
    ]);
  });

  it('leaves out the unit list when there are no units', async () => {
    const workbook = await load(await buildRosterTemplate({}));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['报名表', '填写说明']);
    expect(workbook.getWorksheet('报名表')!.getCell('A1').value).toBe('报名表');
  });

  it('is read back by readRoster: header on row 2, no data rows', async () => {
    const template = await buildRosterTemplate({ contestLabel: '测试大赛', units: UNITS });
    await expect(readRosterHeader(template, 'xlsx')).resolves.toEqual({
      rowNumber: 2,
      columns: {
        name: '姓名',
        idNumber: '身份证号',
        gender: '性别',
        phone: '手机',
        unit: '单位',
        unitCode: '单位代码',
      },
      ignored: ['序号'],
    });
    expect(await collect(template)).toEqual([]);
  });

  it('reads a filled-in row back as text cells', async () => {
    const workbook = await load(await buildRosterTemplate({ units: UNITS }));
    workbook.getWorksheet('报名表')!.getRow(3).values = [
      1,
      '王建国',
      '210902198503150017',
      '',
      '13904180001',
      '',
      '0012',
    ];
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await collect(filled)).toEqual([
      {
        rowNumber: 3,
        cells: {
          name: { text: '王建国', storedAsNumber: false },
          idNumber: { text: '210902198503150017', storedAsNumber: false },
          phone: { text: '13904180001', storedAsNumber: false },
          unitCode: { text: '0012', storedAsNumber: false },
        },
      },
    ]);
  });
});
