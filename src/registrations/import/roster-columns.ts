/**
 * Roster column vocabulary: which spreadsheet headers mean which roster field.
 *
 * Unit coordinators rename, decorate and retype headers freely ("姓\u3000名", "身份证号（必填）",
 * "ID No."), so headers are compared after normalisation rather than verbatim.
 */

// One definition of the cell types, shared with the row rules.
export type { RosterCell, RosterCells, RosterField } from '../rules/roster-row';
export { ROSTER_FIELDS };
import { ROSTER_FIELDS, type RosterField } from '../rules/roster-row';

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

// Zero-width characters survive NFKC and are invisible in Excel, but break exact matching.
const INVISIBLE = /[\s\u200b-\u200d\u2060]+/gu;
// Required-field markers and label punctuation that templates put around a header. After NFKC the
// full-width forms (＊, （必填）, ：, ．) have become their ASCII equivalents.
const TRAILING_DECORATION = /(?:\*|\(必填\)|:|\.)$/u;
const LEADING_DECORATION = /^\*/u;
const TRAILING_NOTE = /\([^()]*\)$/u;

/** Canonical form of a header cell: NFKC, no whitespace at all, lower case, no required markers. */
export function normalizeHeader(text: string): string {
  let key = text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  let previous: string;
  do {
    previous = key;
    key = key.replace(TRAILING_DECORATION, '').replace(LEADING_DECORATION, '');
  } while (key !== previous);
  return key;
}

function buildAliasIndex(): ReadonlyMap<string, RosterField> {
  const index = new Map<string, RosterField>();
  for (const field of ROSTER_FIELDS) {
    for (const alias of ROSTER_HEADER_ALIASES[field]) {
      const key = normalizeHeader(alias);
      const taken = index.get(key);
      // An alias claimed by two fields would make header detection depend on list order.
      if (taken !== undefined && taken !== field) {
        throw new Error(`Roster header alias "${alias}" maps to both ${taken} and ${field}`);
      }
      index.set(key, field);
    }
  }
  return index;
}

const ALIAS_INDEX = buildAliasIndex();

/** The field a header cell denotes, or null when it is not a roster column (序号, 备注, …). */
export function matchHeader(text: string): RosterField | null {
  const key = normalizeHeader(text);
  if (key === '') return null;
  // Then without a trailing note: 身份证号码(18位), 性别(男/女), 手机(选填).
  return (
    ALIAS_INDEX.get(key) ?? ALIAS_INDEX.get(normalizeHeader(key.replace(TRAILING_NOTE, ''))) ?? null
  );
}
