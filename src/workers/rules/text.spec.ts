import {
  MAX_PERSON_NAME_LENGTH,
  normaliseCellText,
  normalisePersonName,
  parseGender,
  parsePersonName,
  parsePhone,
} from './text';

function failure(result: { ok: boolean; code?: string; message?: string; messageZh?: string }) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return { code: result.code, message: result.message ?? '', messageZh: result.messageZh ?? '' };
}

describe('normaliseCellText: what Excel and Chinese IMEs put in a cell', () => {
  it.each([
    ['full-width digits and letters', '１２３ＡＢＣｘ', '123ABCx'],
    ['surrounding ASCII and ideographic spaces', ' \u3000王芳\u3000 ', '王芳'],
    ['a no-break space inside', 'Li\u00A0Na', 'Li Na'],
    ['runs of spaces, tabs and newlines', 'a  \t\n b', 'a b'],
    [
      'zero-width space, joiners, word joiner and BOM',
      '\uFEFF王\u200B\u200C\u200D\u2060芳',
      '王芳',
    ],
    ['an empty cell', '', ''],
    ['a cell of spaces only', ' \u3000\u00A0 ', ''],
    ['ordinary text, unchanged', '辽宁省阜新市', '辽宁省阜新市'],
  ])('%s', (_label, raw, expected) => {
    expect(normaliseCellText(raw)).toBe(expected);
  });

  it('removes a zero-width space rather than turning it into a space', () => {
    expect(normaliseCellText('Li\u200BNa')).toBe('LiNa');
  });
});

describe('normalisePersonName: padding and dots in Chinese names', () => {
  it.each([
    ['a 2-character name padded to 3 with two spaces', '王  芳', '王芳'],
    ['padded with an ideographic space', '王\u3000芳', '王芳'],
    ['spaces between every character', '欧 阳 娜 娜', '欧阳娜娜'],
    ['spaces between Latin words are kept', 'Mary  Jane  Smith', 'Mary Jane Smith'],
    ['a space between Latin and CJK is kept', '李 Lee', '李 Lee'],
    ['the Latin middle dot', '阿不都·热合曼', '阿不都·热合曼'],
    ['the katakana middle dot', '阿不都\u30FB热合曼', '阿不都·热合曼'],
    ['the half-width katakana middle dot', '阿不都\uFF65热合曼', '阿不都·热合曼'],
    ['a bullet', '阿不都\u2022热合曼', '阿不都·热合曼'],
    ['a full stop', '阿不都.热合曼', '阿不都·热合曼'],
    ['a full-width full stop', '阿不都．热合曼', '阿不都·热合曼'],
    ['spaces around the dot', '阿不都 · 热合曼', '阿不都·热合曼'],
    ['a full stop between Latin letters is left alone', 'J.R. Smith', 'J.R. Smith'],
    ['a curly apostrophe', 'O\u2019Brien', "O'Brien"],
  ])('%s', (_label, raw, expected) => {
    expect(normalisePersonName(raw)).toBe(expected);
  });
});

describe('parsePersonName', () => {
  it.each([
    ['王芳', '王芳'],
    [' 王  芳 ', '王芳'],
    ['阿不都・热合曼', '阿不都·热合曼'],
    ['Mary-Jane O’Brien', "Mary-Jane O'Brien"],
    ['尼玛次仁', '尼玛次仁'],
    ['李〇', '李〇'],
    ['𠮷田', '𠮷田'],
    ['ئابدۇللا', 'ئابدۇللا'],
  ])('accepts %p as %p', (raw, name) => {
    expect(parsePersonName(raw)).toEqual({ ok: true, name });
  });

  it.each([[''], ['   '], ['\u3000\u200B']])('refuses an empty name %p', (raw) => {
    const issue = failure(parsePersonName(raw));
    expect(issue.code).toBe('NAME_EMPTY');
    expect(issue.messageZh).toContain('姓名为空');
  });

  it(`accepts ${MAX_PERSON_NAME_LENGTH} characters and refuses ${MAX_PERSON_NAME_LENGTH + 1}`, () => {
    expect(parsePersonName('a'.repeat(MAX_PERSON_NAME_LENGTH)).ok).toBe(true);
    const issue = failure(parsePersonName('a'.repeat(MAX_PERSON_NAME_LENGTH + 1)));
    expect(issue.code).toBe('NAME_TOO_LONG');
    expect(issue.message).toContain('51 characters');
    expect(issue.messageZh).toContain('51');
  });

  it('counts a supplementary-plane character once', () => {
    expect(parsePersonName('𠮷'.repeat(MAX_PERSON_NAME_LENGTH)).ok).toBe(true);
  });

  it.each([
    ['a digit', '王芳2', '"2"'],
    ['a full-width digit', '王芳２', '"2"'],
    ['a bracket', '王芳(女)', '"("'],
    ['an e-mail', 'wang@example.com', '"@"'],
    ['a comma between two names', '王芳，李娜', '","'],
  ])('refuses a name with %s', (_label, raw, shown) => {
    const issue = failure(parsePersonName(raw));
    expect(issue.code).toBe('NAME_INVALID');
    expect(issue.message).toContain(shown);
    expect(issue.messageZh).toContain('不能含数字');
  });

  it('names an invisible character by its code point', () => {
    expect(failure(parsePersonName('王\u0007芳')).message).toContain('U+0007');
  });

  it.each([['·'], ['-'], ["'"]])('refuses %p, which holds no letter at all', (raw) => {
    const issue = failure(parsePersonName(raw));
    expect(issue.code).toBe('NAME_INVALID');
    expect(issue.message).toContain('no letter');
  });
});

describe('parseGender', () => {
  it.each([
    ['男', 'M'],
    ['男性', 'M'],
    ['M', 'M'],
    ['m', 'M'],
    ['Male', 'M'],
    ['MALE', 'M'],
    ['Ｍ', 'M'],
    [' 男 ', 'M'],
    ['女', 'F'],
    ['女性', 'F'],
    ['F', 'F'],
    ['f', 'F'],
    ['female', 'F'],
    ['ＦＥＭＡＬＥ', 'F'],
  ])('reads %p as %p', (raw, gender) => {
    expect(parseGender(raw)).toEqual({ ok: true, gender });
  });

  it.each([[''], ['  '], ['\u3000']])('gives null for an empty cell %p', (raw) => {
    expect(parseGender(raw)).toEqual({ ok: true, gender: null });
  });

  it.each([['1'], ['0'], ['男女'], ['x'], ['constructor'], ['toString'], ['未知']])(
    'refuses %p',
    (raw) => {
      const issue = failure(parseGender(raw));
      expect(issue.code).toBe('GENDER_INVALID');
      expect(issue.messageZh).toContain('男');
    },
  );
});

describe('parsePhone: mobiles', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['+86-138-1234-5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['19912345678', '19912345678'],
  ])('reads %p as %p', (raw, phone) => {
    expect(parsePhone(raw)).toEqual({ ok: true, phone });
  });

  it('accepts a mobile stored as a number, since all 11 digits survive', () => {
    expect(parsePhone('13812345678', true)).toEqual({ ok: true, phone: '13812345678' });
  });

  it.each([['12812345678'], ['1381234567'], ['138123456789'], ['8713812345678']])(
    'refuses %p',
    (raw) => {
      expect(failure(parsePhone(raw)).code).toBe('PHONE_INVALID');
    },
  );
});

describe('parsePhone: landlines', () => {
  it.each([
    ['0418-1234567', '0418-1234567'],
    ['04181234567', '0418-1234567'],
    ['0418 1234567', '0418-1234567'],
    ['(0418)1234567', '0418-1234567'],
    ['（０４１８）１２３４５６７', '0418-1234567'],
    ['010-12345678', '010-12345678'],
    ['01012345678', '010-12345678'],
    ['024-23456789', '024-23456789'],
    ['02423456789', '024-23456789'],
    ['0418-1234567-123', '0418-1234567-123'],
    ['0418-1234567转123', '0418-1234567-123'],
    ['0418-1234567 转 8001', '0418-1234567-8001'],
    ['0418-1234567 ext. 12', '0418-1234567-12'],
    ['0418-1234567x12', '0418-1234567-12'],
    ['0418-1234567#12', '0418-1234567-12'],
  ])('reads %p as %p', (raw, phone) => {
    expect(parsePhone(raw)).toEqual({ ok: true, phone });
  });

  it.each([
    ['a local number starting with 0', '0418-0234567'],
    ['a 6-digit local number', '0418-123456'],
    ['a 9-digit local number', '0418-123456789'],
    ['a Beijing number split as a 4-digit code', '0101-2345678'],
    ['no area code', '2345678'],
  ])('refuses %s', (_label, raw) => {
    expect(failure(parsePhone(raw)).code).toBe('PHONE_INVALID');
  });
});

describe('parsePhone: empty and broken cells', () => {
  it.each([[''], ['  '], ['\u3000']])('gives null for an empty cell %p', (raw) => {
    expect(parsePhone(raw)).toEqual({ ok: true, phone: null });
  });

  it('explains a landline that lost its leading 0 in a number cell', () => {
    const issue = failure(parsePhone('4181234567', true));
    expect(issue.code).toBe('PHONE_INVALID');
    expect(issue.message).toContain('stored as a number');
    expect(issue.messageZh).toContain('文本');
  });

  it('explains scientific notation even when the cell was not flagged as a number', () => {
    expect(failure(parsePhone('1.38123E+10')).message).toContain('stored as a number');
  });

  it.each([['abc'], ['138-abcd-5678'], ['110']])('refuses text that is no phone: %p', (raw) => {
    const issue = failure(parsePhone(raw));
    expect(issue.code).toBe('PHONE_INVALID');
    expect(issue.message).toContain('0418-1234567');
    expect(issue.messageZh).toContain('11 位手机号');
  });
});
