/**
 * Roster column vocabulary: which spreadsheet headers mean which roster field.
 *
 * Unit coordinators rename, decorate and retype headers freely ("姓\u3000名", "身份证号（必填）",
 * "ID No."), so headers are compared after normalisation (common/spreadsheet) rather than verbatim.
 */
import { headerMatcher } from '../../common/spreadsheet/header-names';
import type { TableVocabulary } from '../../common/spreadsheet/table-vocabulary';
import { ROSTER_FIELDS, type RosterField } from '../rules/roster-row';
import { RosterFileError } from './roster-file-error';

// One definition of the cell types, shared with the row rules.
export type { RosterCell, RosterCells, RosterField } from '../rules/roster-row';
export { normalizeHeader } from '../../common/spreadsheet/header-names';
export { ROSTER_FIELDS };

/** Accepted header texts per field, as shown to users; matching goes through normalisation. */
export const ROSTER_HEADER_ALIASES: Readonly<Record<RosterField, readonly string[]>> = {
  name: ['姓名', '职工姓名', '选手姓名', 'name', 'full name', 'worker name'],
  idNumber: [
    '身份证号',
    '身份证号码',
    '公民身份号码',
    '身份证',
    '证件号码',
    'id number',
    'idnumber',
    'id no',
    'id card',
  ],
  gender: ['性别', 'gender', 'sex'],
  phone: ['手机', '手机号', '手机号码', '联系电话', '电话', '联系方式', 'phone', 'mobile', 'tel'],
  unit: [
    '单位',
    '单位名称',
    '工作单位',
    '所在单位',
    '基层工会',
    '工会名称',
    'unit',
    'unit name',
    'employer',
  ],
  unitCode: ['单位代码', '单位编码', '单位编号', 'unit code'],
};

/** How messages name each field; also the template's header for it. */
export const ROSTER_FIELD_LABELS: Readonly<Record<RosterField, string>> = {
  name: '姓名',
  idNumber: '身份证号',
  gender: '性别',
  phone: '手机',
  unit: '单位',
  unitCode: '单位代码',
};

/** Headers of the downloadable template, in column order; 序号 is for people and maps to no field. */
export const ROSTER_TEMPLATE_HEADERS = [
  '序号',
  '姓名',
  '身份证号',
  '性别',
  '手机',
  '单位',
  '单位代码',
] as const;

const matchRosterHeader = headerMatcher(ROSTER_FIELDS, ROSTER_HEADER_ALIASES, 'Roster');

/** The field a header cell denotes, or null when it is not a roster column (序号, 备注, …). */
export function matchHeader(text: string): RosterField | null {
  return matchRosterHeader(text);
}

/** What makes a row the roster's header, and how roster file errors are coded and worded. */
export const ROSTER_VOCABULARY: TableVocabulary<RosterField, 'ROSTER'> = {
  fields: ROSTER_FIELDS,
  codePrefix: 'ROSTER',
  document: { en: 'roster', zh: '报名表' },
  labels: ROSTER_FIELD_LABELS,
  match: matchHeader,
  // The unit columns are optional here: the import service asks for one with its own error.
  isHeader: (columns) => columns.name !== undefined && columns.idNumber !== undefined,
  describe: () => ({
    en: 'a name and an ID number column',
    zh:
      `表头行须同时包含姓名列（${ROSTER_HEADER_ALIASES.name.join('、')}）` +
      `和身份证号列（${ROSTER_HEADER_ALIASES.idNumber.join('、')}）。建议下载报名表模板填写，不要修改表头。`,
    accepted: ROSTER_HEADER_ALIASES,
  }),
  createError: (code, message, messageZh, details) =>
    new RosterFileError(code, message, messageZh, details),
};
