import { normaliseCellText } from './text';

/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 * Messages never repeat the number itself: they end up in logs and import reports.
 */

export type IdNumberErrorCode =
  | 'ID_NUMBER_EMPTY'
  | 'ID_NUMBER_SCIENTIFIC'
  | 'ID_NUMBER_15_DIGIT'
  | 'ID_NUMBER_LENGTH'
  | 'ID_NUMBER_FORMAT'
  | 'ID_NUMBER_REGION'
  | 'ID_NUMBER_BIRTH_DATE'
  | 'ID_NUMBER_CHECK_DIGIT';

export type IdNumberResult =
  | { ok: true; idNumber: string; birthDate: string; gender: 'M' | 'F'; regionCode: string }
  | { ok: false; code: IdNumberErrorCode; message: string; messageZh: string };

export interface IdNumberIssue<C extends string = IdNumberErrorCode> {
  code: C;
  message: string;
  messageZh: string;
}

export const ID_NUMBER_LENGTH = 18;
export const EARLIEST_BIRTH_DATE = '1800-01-01';

const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/** Province-level codes (GB/T 2260); 83 is used on residence permits for Taiwan residents. */
const PROVINCE_CODES = new Set([
  ...['11', '12', '13', '14', '15', '21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65', '71', '81', '82', '83'],
]);

/** What a spreadsheet shows for an 18-digit number: `1.10105E+17`, `1.10105194912310E+17`. */
const SCIENTIFIC = /^\d(?:\.\d+)?E\+?\d+$/i;

/** Workers are registered in China, so "today" is the date in China Standard Time (UTC+8). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

function fail(code: IdNumberErrorCode, message: string, messageZh: string): IdNumberResult {
  return { ok: false, code, message, messageZh };
}

/** The 18th character that the first 17 digits call for. */
function expectedCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < CHECK_WEIGHTS.length; i++) sum += Number(first17[i]) * CHECK_WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/** `YYYY-MM-DD` when the 8 digits are a real calendar date, otherwise null. */
function calendarDate(yyyymmdd: string): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  // Date.UTC rolls 1900-02-29 over to 03-01; a round trip catches every impossible date.
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

function todayInChina(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

const RE_ENTER_18 = 'Enter the 18-digit number exactly as printed on the ID card.';
const RE_ENTER_18_ZH = '请按身份证原样填写 18 位号码。';

export function parseIdNumber(input: string, now: Date = new Date()): IdNumberResult {
  const text = normaliseCellText(input).toUpperCase();
  if (text === '') {
    return fail(
      'ID_NUMBER_EMPTY',
      `The ID number is empty. ${RE_ENTER_18}`,
      `身份证号为空，${RE_ENTER_18_ZH}`,
    );
  }
  if (SCIENTIFIC.test(text)) {
    return fail(
      'ID_NUMBER_SCIENTIFIC',
      'The ID number column was stored as a number, so the spreadsheet shows it in scientific notation and its last digits were lost. Format the ID number column as text and enter the numbers again.',
      '身份证号列被存成了数字格式，表格以科学计数法显示，后几位数字已经丢失。请将身份证号列设置为“文本”格式后重新录入号码。',
    );
  }
  if (/^\d{15}$/.test(text)) {
    return fail(
      'ID_NUMBER_15_DIGIT',
      `This is an old 15-digit first-generation ID number. ${RE_ENTER_18}`,
      `这是旧的 15 位一代身份证号，${RE_ENTER_18_ZH}`,
    );
  }
  const length = [...text].length;
  if (length !== ID_NUMBER_LENGTH) {
    return fail(
      'ID_NUMBER_LENGTH',
      `The ID number has ${length} characters; it must have 18. ${RE_ENTER_18}`,
      `身份证号共 ${length} 位，应为 18 位，${RE_ENTER_18_ZH}`,
    );
  }
  if (!/^\d{17}[\dX]$/.test(text)) {
    return fail(
      'ID_NUMBER_FORMAT',
      `The ID number must be 17 digits followed by a digit or X, with no spaces or other characters. ${RE_ENTER_18}`,
      `身份证号应为 17 位数字加 1 位数字或 X，不能含空格或其他字符，${RE_ENTER_18_ZH}`,
    );
  }
  if (!PROVINCE_CODES.has(text.slice(0, 2))) {
    return fail(
      'ID_NUMBER_REGION',
      `The first two digits of the ID number (${text.slice(0, 2)}) are not a province code. Check the number against the ID card.`,
      `身份证号前两位（${text.slice(0, 2)}）不是有效的省级行政区代码，请对照身份证核对。`,
    );
  }
  const birthDate = calendarDate(text.slice(6, 14));
  if (birthDate === null || birthDate < EARLIEST_BIRTH_DATE || birthDate > todayInChina(now)) {
    return fail(
      'ID_NUMBER_BIRTH_DATE',
      'Digits 7 to 14 of the ID number are not a possible date of birth (YYYYMMDD). Check the number against the ID card.',
      '身份证号第 7 至 14 位不是有效的出生日期（年月日），请对照身份证核对。',
    );
  }
  const expected = expectedCheckCharacter(text);
  if (text[17] !== expected) {
    return fail(
      'ID_NUMBER_CHECK_DIGIT',
      `The ID number fails its check: the check digit should be ${expected}, so at least one digit is wrong. Check the whole number against the ID card.`,
      `身份证号校验不通过：按前 17 位计算，校验码应为 ${expected}，说明有数字录入错误，请对照身份证逐位核对。`,
    );
  }
  return {
    ok: true,
    idNumber: text,
    birthDate,
    gender: Number(text[16]) % 2 === 1 ? 'M' : 'F',
    regionCode: text.slice(0, 6),
  };
}

/**
 * For a spreadsheet cell that held a number rather than text: Excel keeps 15 significant digits,
 * so an 18-digit ID number has already lost its last digits and cannot be recovered here.
 */
export function describeNumericIdNumber(): IdNumberIssue<'ID_NUMBER_STORED_AS_NUMBER'> {
  return {
    code: 'ID_NUMBER_STORED_AS_NUMBER',
    message:
      'The ID number cell was stored as a number; spreadsheets keep only 15 significant digits, so its last digits were lost. Format the ID number column as text and enter the numbers again.',
    messageZh:
      '身份证号单元格被存成了数字格式，表格只保留 15 位有效数字，后几位已经丢失。请将身份证号列设置为“文本”格式后重新录入号码。',
  };
}

/** `110105********002X`: enough for staff to tell two workers apart, not enough to reuse. */
export function maskIdNumber(id: string): string {
  const characters = [...id];
  if (characters.length !== ID_NUMBER_LENGTH) return '*'.repeat(characters.length);
  return `${characters.slice(0, 6).join('')}${'*'.repeat(8)}${characters.slice(14).join('')}`;
}

/** `138****5678` for mobiles; other numbers keep their first 3 and last 2 characters. */
export function maskPhone(phone: string): string {
  const characters = [...phone];
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  // Too short to keep 5 characters and still hide anything worth hiding.
  if (characters.length <= 6) return '*'.repeat(characters.length);
  const middle = characters.length - 5;
  return `${characters.slice(0, 3).join('')}${'*'.repeat(middle)}${characters.slice(-2).join('')}`;
}
