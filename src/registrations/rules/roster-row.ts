import type { ErrorCode } from '../../common/errors/error-codes';
import { describeNumericIdNumber, parseIdNumber } from '../../workers/rules/id-number';
import {
  normaliseCellText,
  parseGender,
  parsePersonName,
  parsePhone,
} from '../../workers/rules/text';

/**
 * One row of a unit's Excel roster (报名表). Every problem in the row is reported at once, so a
 * coordinator fixes a row in one pass instead of one error per upload.
 */

export type RosterField = 'name' | 'idNumber' | 'gender' | 'phone' | 'unit' | 'unitCode';
export interface RosterCell {
  /** What the cell shows, untrimmed; numbers as plain digits, dates as YYYY-MM-DD. */
  text: string;
  /**
   * The file held a number (or date), not text: an ID number may have lost digits and a phone
   * its leading 0. Always false for CSV, which has no cell types.
   */
  storedAsNumber: boolean;
}
export type RosterCells = Partial<Record<RosterField, RosterCell>>;
export interface RowIssue {
  field: RosterField;
  code: ErrorCode;
  message: string;
  messageZh: string;
}
export interface RosterEntry {
  name: string;
  idNumber: string;
  gender: 'M' | 'F';
  birthDate: string;
  phone: string | null;
  unit: { code: string | null; name: string | null };
}

export type RosterRowResult = { ok: true; entry: RosterEntry } | { ok: false; issues: RowIssue[] };

export const ROSTER_FIELDS: readonly RosterField[] = [
  'name',
  'idNumber',
  'gender',
  'phone',
  'unit',
  'unitCode',
];

/** Excel keeps 15 significant digits; from 16 digits on, a number cell has lost some. */
const FIRST_LOSSY_NUMBER = 1e15;

const GENDER_WORDS = {
  M: { en: 'male', zh: '男' },
  F: { en: 'female', zh: '女' },
} as const;

function cellText(cells: RosterCells, field: RosterField): string {
  return cells[field]?.text ?? '';
}

/**
 * The spreadsheet text of a number cell may be `110105194912310000` or `1.10105E+17`; either way
 * the value says whether digits were lost, whatever the display format.
 */
function lostDigits(cell: RosterCell | undefined): boolean {
  if (!cell?.storedAsNumber) return false;
  const value = Number(normaliseCellText(cell.text));
  return Number.isFinite(value) && Math.abs(value) >= FIRST_LOSSY_NUMBER;
}

function optionalText(cells: RosterCells, field: RosterField): string | null {
  const text = normaliseCellText(cellText(cells, field));
  return text === '' ? null : text;
}

export function isBlankRow(cells: RosterCells): boolean {
  return ROSTER_FIELDS.every((field) => normaliseCellText(cellText(cells, field)) === '');
}

export function validateRosterRow(cells: RosterCells, now: Date = new Date()): RosterRowResult {
  const issues: RowIssue[] = [];
  const report = (
    field: RosterField,
    found: { code: ErrorCode; message: string; messageZh: string },
  ) => issues.push({ field, code: found.code, message: found.message, messageZh: found.messageZh });

  const name = parsePersonName(cellText(cells, 'name'));
  if (!name.ok) report('name', name);

  let id: { idNumber: string; birthDate: string; gender: 'M' | 'F' } | null = null;
  if (lostDigits(cells.idNumber)) report('idNumber', describeNumericIdNumber());
  else {
    const parsed = parseIdNumber(cellText(cells, 'idNumber'), now);
    if (parsed.ok) id = parsed;
    else report('idNumber', parsed);
  }

  const given = parseGender(cellText(cells, 'gender'));
  if (!given.ok) report('gender', given);
  else if (id !== null && given.gender !== null && given.gender !== id.gender) {
    const fromId = GENDER_WORDS[id.gender];
    const inCell = GENDER_WORDS[given.gender];
    report('gender', {
      code: 'GENDER_MISMATCH',
      message: `The ID number says ${fromId.en} but the gender column says ${inCell.en}. Check both against the ID card, or leave the gender empty to take it from the ID number.`,
      messageZh: `身份证号显示性别为“${fromId.zh}”，但性别列填写的是“${inCell.zh}”。请对照身份证核对，或将性别留空由身份证号自动判断。`,
    });
  }

  const phoneCell = cells.phone;
  const phone = parsePhone(phoneCell?.text ?? '', phoneCell?.storedAsNumber ?? false);
  if (!phone.ok) report('phone', phone);

  if (!name.ok || id === null || !phone.ok || issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    entry: {
      name: name.name,
      idNumber: id.idNumber,
      gender: id.gender,
      birthDate: id.birthDate,
      phone: phone.phone,
      unit: { code: optionalText(cells, 'unitCode'), name: optionalText(cells, 'unit') },
    },
  };
}
