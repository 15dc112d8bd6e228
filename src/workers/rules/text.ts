/**
 * Cleaning and checking the free text that coordinators type or paste into rosters and forms.
 * Every failure carries a stable `code`, an English `message` and a Chinese `messageZh`, each
 * saying what is wrong and how to fix it.
 */

import { normaliseCellText } from '../../common/text';

// Defined in common (units and others use it too); still importable from here.
export { normaliseCellText };

export interface TextIssue<C extends string> {
  ok: false;
  code: C;
  message: string;
  messageZh: string;
}

export const MAX_PERSON_NAME_LENGTH = 50;

const HAN = '\\p{Script=Han}';
/** Chinese forms pad two-character names to the width of three (`王  芳`). */
const SPACE_BETWEEN_HAN = new RegExp(`(?<=${HAN}) (?=${HAN})`, 'gu');
/**
 * Minority names (阿不都·热合曼) are written with whatever dot the typist could find: the Latin
 * middle dot, the katakana one (also what NFKC makes of the half-width U+FF65), a bullet, the
 * hyphenation point common in Traditional typesetting, or a full stop.
 */
const DOT_BETWEEN_HAN = new RegExp(`(?<=${HAN}) ?[\u00B7\u30FB\u2022\u2027.] ?(?=${HAN})`, 'gu');

export function normalisePersonName(raw: string): string {
  return (
    normaliseCellText(raw)
      .replace(SPACE_BETWEEN_HAN, '')
      .replace(DOT_BETWEEN_HAN, '\u00B7')
      // A word processor's "smart" apostrophe (O’Brien) is the same name as the plain one.
      .replace(/\u2019/gu, "'")
  );
}

/** Letters and combining marks of any script (Han, Latin, Uyghur, Tibetan…), 〇, and name joiners. */
const NAME_CHARACTER = /[\p{L}\p{M}\p{Script=Han} \u00B7'-]/u;
const NAME_LETTER = /[\p{L}\p{Script=Han}]/u;

export type PersonNameResult =
  { ok: true; name: string } | TextIssue<'NAME_EMPTY' | 'NAME_TOO_LONG' | 'NAME_INVALID'>;

/** Shown quoted, or by code point when the character would be invisible. */
function describeCharacter(ch: string): string {
  if (/[\p{L}\p{N}\p{P}\p{S}]/u.test(ch)) return `"${ch}"`;
  const hex = ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
  return `U+${hex}`;
}

export function parsePersonName(raw: string): PersonNameResult {
  const name = normalisePersonName(raw);
  if (name === '') {
    return {
      ok: false,
      code: 'NAME_EMPTY',
      message: "The name is empty; enter the worker's name as it appears on the ID card.",
      messageZh: '姓名为空，请按身份证填写职工姓名。',
    };
  }
  // Counted in characters, not UTF-16 units, so a rare CJK character counts once.
  const characters = [...name];
  if (characters.length > MAX_PERSON_NAME_LENGTH) {
    return {
      ok: false,
      code: 'NAME_TOO_LONG',
      message: `The name has ${characters.length} characters; at most ${MAX_PERSON_NAME_LENGTH} are allowed. Check that only the name is in this cell.`,
      messageZh: `姓名共 ${characters.length} 个字符，最多 ${MAX_PERSON_NAME_LENGTH} 个，请检查该单元格是否只填写了姓名。`,
    };
  }
  const bad = [...new Set(characters.filter((ch) => !NAME_CHARACTER.test(ch)))];
  if (bad.length > 0 || !NAME_LETTER.test(name)) {
    const listed = bad.slice(0, 5).map(describeCharacter).join(', ');
    const found = bad.length > 0 ? `: ${listed}` : '';
    return {
      ok: false,
      code: 'NAME_INVALID',
      message: `The name may hold only letters, Chinese characters, spaces, the middle dot (·), hyphens and apostrophes, and no digits${bad.length > 0 ? `; it contains${found}` : '; it contains no letter'}. Correct the name.`,
      messageZh: `姓名只能包含文字、字母、空格、间隔号（·）、连字符和撇号，不能含数字${bad.length > 0 ? `；发现不允许的字符${found}` : '；未发现任何文字'}，请更正姓名。`,
    };
  }
  return { ok: true, name };
}

export type Gender = 'M' | 'F';
export type GenderResult = { ok: true; gender: Gender | null } | TextIssue<'GENDER_INVALID'>;

const GENDER_WORDS: Readonly<Record<string, Gender>> = {
  男: 'M',
  男性: 'M',
  m: 'M',
  male: 'M',
  女: 'F',
  女性: 'F',
  f: 'F',
  female: 'F',
};

export function parseGender(raw: string): GenderResult {
  const text = normaliseCellText(raw).toLowerCase();
  if (text === '') return { ok: true, gender: null };
  // Own keys only, so "constructor" and friends are not genders.
  if (Object.hasOwn(GENDER_WORDS, text)) return { ok: true, gender: GENDER_WORDS[text] };
  return {
    ok: false,
    code: 'GENDER_INVALID',
    message:
      'The gender is not recognised; enter 男 or 女 (or M / F, male / female), or leave it empty to take it from the ID number.',
    messageZh: '性别无法识别，请填写“男”或“女”，或留空由身份证号自动判断。',
  };
}

export type PhoneResult = { ok: true; phone: string | null } | TextIssue<'PHONE_INVALID'>;

const MOBILE = /^(?:\+?86)?(1[3-9]\d{9})$/;
/**
 * Beijing (010) and the 02x cities have 3-digit area codes, every other city 4, which is how a
 * number typed without a hyphen is split. A local number never starts with 0 (that would be a
 * second area code). The extension may be written `-123`, `转123`, `ext 123`, `x123` or `#123`.
 */
const LANDLINE =
  /^\(?(0(?:10|2\d|[3-9]\d{2}))\)?[ -]?([1-9]\d{6,7})(?:(?: ?(?:-|转|ext\.?|x|#) ?)(\d{1,6}))?$/i;
const SCIENTIFIC = /^\d(?:\.\d+)?e\+?\d+$/i;

function invalidPhone(message: string, messageZh: string): TextIssue<'PHONE_INVALID'> {
  return { ok: false, code: 'PHONE_INVALID', message, messageZh };
}

/**
 * Mobiles are stored as 11 digits, landlines as `0418-1234567` (with `-123` for an extension), so
 * the same number is written one way everywhere.
 */
export function parsePhone(raw: string, storedAsNumber = false): PhoneResult {
  const text = normaliseCellText(raw);
  if (text === '') return { ok: true, phone: null };

  const mobile = MOBILE.exec(text.replace(/[ -]/g, ''));
  if (mobile) return { ok: true, phone: mobile[1] };

  const landline = LANDLINE.exec(text);
  if (landline) {
    const [, area, local, extension] = landline;
    return { ok: true, phone: `${area}-${local}${extension ? `-${extension}` : ''}` };
  }

  if (storedAsNumber || SCIENTIFIC.test(text)) {
    return invalidPhone(
      'The phone column was stored as a number, so a landline lost its leading 0 (or the number was shortened). Format the column as text and enter the number again, e.g. 13812345678 or 0418-1234567.',
      '电话列被存成了数字格式，固定电话开头的 0 已丢失（或号码被截断）。请将该列设置为“文本”格式后重新填写，例如 13812345678 或 0418-1234567。',
    );
  }
  return invalidPhone(
    'The phone number is not valid; enter an 11-digit mobile number (e.g. 13812345678) or a landline with its area code (e.g. 0418-1234567).',
    '电话号码格式不正确，请填写 11 位手机号（如 13812345678）或带区号的固定电话（如 0418-1234567）。',
  );
}
