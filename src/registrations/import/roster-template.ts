/**
 * The downloadable roster template (报名表模板): what readRoster reads best.
 */
import * as ExcelJS from 'exceljs';
import { formulaSafe } from '../../common/spreadsheet/formula-guard';
import { ROSTER_TEMPLATE_HEADERS } from './roster-columns';

export interface RosterTemplateOptions {
  /** Listed on a sheet of their own so coordinators can copy exact codes and names. */
  units?: Array<{ code: string; name: string }>;
  /** E.g. "2017年阜新市职工职业技能大赛"; becomes the title row. */
  contestLabel?: string;
}

export const TEMPLATE_SHEET = '报名表';
export const TEMPLATE_INSTRUCTIONS_SHEET = '填写说明';
export const TEMPLATE_UNITS_SHEET = '单位列表';
/** Rows below the header pre-formatted as text; the column format covers any further rows. */
export const TEMPLATE_TEXT_ROWS = 2000;

const TITLE_ROW = 1;
const HEADER_ROW = 2;

const COLUMN_WIDTHS: Record<(typeof ROSTER_TEMPLATE_HEADERS)[number], number> = {
  序号: 6,
  姓名: 12,
  身份证号: 22,
  性别: 6,
  手机: 15,
  单位: 32,
  单位代码: 12,
};

// Typed into a General cell, an ID number becomes 1.10105E+17 and loses its last digits, and a
// code like 0012 loses its zeros; Excel keeps what was typed only in cells formatted as text.
const TEXT_COLUMNS = new Set<string>(['身份证号', '手机', '单位代码']);

function instructions(hasUnitList: boolean): string[] {
  const unitNames = hasUnitList ? '“单位列表”中' : '系统登记的';
  return [
    '填写说明',
    '1. 每行填写一名职工，从“报名表”第3行开始填写；同一名职工只填写一行。',
    '2. 请勿修改、删除或调换第2行的表头；“序号”列可以不填。',
    '3. 姓名（必填）：填写身份证上的姓名。',
    '4. 身份证号（必填）：18位，最后一位可以是X。该列已设为“文本”格式，请直接输入，或复制后“选择性粘贴—数值”。' +
      '如果显示成 1.10105E+17 这样的科学计数法，说明号码后几位已经丢失，需要先把该列设为“文本”格式再重新录入。',
    '5. 性别（选填）：填“男”或“女”；留空时按身份证号自动判断。',
    '6. 手机（选填）：11位手机号，或带区号的固定电话，如 0418-1234567。',
    `7. 单位：填写“单位代码”或与${unitNames}完全一致的单位名称，填一项即可；两项都填时必须对应同一单位。`,
    '8. 请保存为 Excel 工作簿（.xlsx）上传，不要另存为 Excel 97-2003（.xls）格式。',
  ];
}

function addRosterSheet(workbook: ExcelJS.Workbook, contestLabel: string | undefined): void {
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  const columnCount = ROSTER_TEMPLATE_HEADERS.length;

  const label = contestLabel?.trim();
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, columnCount);
  const title = sheet.getCell(TITLE_ROW, 1);
  title.value = formulaSafe(label ? `${label} 报名表` : '报名表');
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(TITLE_ROW).height = 30;

  const header = sheet.getRow(HEADER_ROW);
  header.values = [...ROSTER_TEMPLATE_HEADERS];
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });

  ROSTER_TEMPLATE_HEADERS.forEach((text, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = COLUMN_WIDTHS[text];
    if (!TEXT_COLUMNS.has(text)) return;
    column.numFmt = '@';
    // Some editors ignore column formats for new cells, so the likely rows get their own.
    for (let row = HEADER_ROW + 1; row <= HEADER_ROW + TEMPLATE_TEXT_ROWS; row++) {
      sheet.getCell(row, index + 1).numFmt = '@';
    }
  });
}

function addInstructionsSheet(workbook: ExcelJS.Workbook, hasUnitList: boolean): void {
  const sheet = workbook.addWorksheet(TEMPLATE_INSTRUCTIONS_SHEET);
  sheet.getColumn(1).width = 110;
  instructions(hasUnitList).forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (index === 0) cell.font = { bold: true, size: 14 };
  });
}

function addUnitsSheet(workbook: ExcelJS.Workbook, units: Array<{ code: string; name: string }>) {
  const sheet = workbook.addWorksheet(TEMPLATE_UNITS_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.getColumn(1).width = 14;
  sheet.getColumn(1).numFmt = '@';
  sheet.getColumn(2).width = 40;
  const header = sheet.addRow(['单位代码', '单位名称']);
  header.font = { bold: true };
  // Unit names are free text: a leading =, +, -, @ is neutralised.
  for (const unit of units) sheet.addRow([formulaSafe(unit.code), formulaSafe(unit.name)]);
}

export async function buildRosterTemplate(options: RosterTemplateOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '职工职业技能大赛管理系统';
  addRosterSheet(workbook, options.contestLabel);
  const units = options.units ?? [];
  addInstructionsSheet(workbook, units.length > 0);
  if (units.length > 0) addUnitsSheet(workbook, units);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
