import { isBlankRow, RosterCells, RosterEntry, RowIssue, validateRosterRow } from './roster-row';

const NOW = new Date('2024-06-15T04:00:00Z');

/** Check digits computed by hand (see id-number.spec.ts for the independent check). */
const FEMALE_ID = '11010519491231002X';
const MALE_ID = '440524188001010014';

const text = (value: string) => ({ text: value, storedAsNumber: false });
const number = (value: string) => ({ text: value, storedAsNumber: true });

const row = (over: RosterCells = {}): RosterCells => ({
  name: text('王芳'),
  idNumber: text(FEMALE_ID),
  gender: text('女'),
  phone: text('13812345678'),
  unit: text('阜新市第一建筑公司工会'),
  unitCode: text('FX-0101'),
  ...over,
});

function entry(cells: RosterCells): RosterEntry {
  const result = validateRosterRow(cells, NOW);
  if (!result.ok) throw new Error(`expected a valid row, got ${JSON.stringify(result.issues)}`);
  return result.entry;
}

function issues(cells: RosterCells): RowIssue[] {
  const result = validateRosterRow(cells, NOW);
  if (result.ok) throw new Error('expected issues, the row was accepted');
  return result.issues;
}

const codes = (cells: RosterCells) => issues(cells).map((i) => [i.field, i.code]);

describe('validateRosterRow: a complete, correct row', () => {
  it('gives the normalised entry', () => {
    expect(entry(row())).toEqual({
      name: '王芳',
      idNumber: FEMALE_ID,
      gender: 'F',
      birthDate: '1949-12-31',
      phone: '13812345678',
      unit: { code: 'FX-0101', name: '阜新市第一建筑公司工会' },
    });
  });

  it('cleans what a coordinator typed with a Chinese IME', () => {
    const value = entry({
      name: text(' 王\u3000芳 '),
      idNumber: text('１１０１０５１９４９１２３１００２ｘ'),
      gender: text('女性'),
      phone: text('138 1234 5678'),
      unit: text('  阜新市第一建筑公司工会\u200B '),
      unitCode: text('ＦＸ-0101'),
    });
    expect(value).toEqual({
      name: '王芳',
      idNumber: FEMALE_ID,
      gender: 'F',
      birthDate: '1949-12-31',
      phone: '13812345678',
      unit: { code: 'FX-0101', name: '阜新市第一建筑公司工会' },
    });
  });

  it('uses the default "now" when none is given', () => {
    expect(validateRosterRow(row()).ok).toBe(true);
  });
});

describe('validateRosterRow: optional cells', () => {
  it('takes the gender from the ID number when the cell is empty', () => {
    expect(entry(row({ idNumber: text(MALE_ID), gender: text('') })).gender).toBe('M');
  });

  it('takes the gender from the ID number when there is no gender column', () => {
    const { gender, ...cells } = row();
    expect(gender).toBeDefined();
    expect(entry(cells).gender).toBe('F');
  });

  it('gives a null phone when the phone is empty or missing', () => {
    expect(entry(row({ phone: text(' ') })).phone).toBeNull();
    expect(entry(row({ phone: undefined })).phone).toBeNull();
  });

  it('leaves the unit to the caller when both unit cells are empty', () => {
    expect(entry(row({ unit: text(''), unitCode: undefined })).unit).toEqual({
      code: null,
      name: null,
    });
  });

  it.each([
    ['only a unit name', { unitCode: text('') }, { code: null, name: '阜新市第一建筑公司工会' }],
    ['only a unit code', { unit: undefined }, { code: 'FX-0101', name: null }],
    [
      'a unit code stored as a number',
      { unitCode: number('1024') },
      { code: '1024', name: '阜新市第一建筑公司工会' },
    ],
  ])('keeps %s', (_label, over, unit) => {
    expect(entry(row(over)).unit).toEqual(unit);
  });

  it('accepts a landline and stores it in the canonical form', () => {
    expect(entry(row({ phone: text('(0418)1234567') })).phone).toBe('0418-1234567');
  });

  it('accepts a mobile stored as a number', () => {
    expect(entry(row({ phone: number('13812345678') })).phone).toBe('13812345678');
  });
});

describe('validateRosterRow: ID numbers stored as numbers', () => {
  it.each([
    ['the digits Excel kept', '110105194912310000'],
    ['scientific notation', '1.10105194912310E+17'],
    ['the short scientific display', '1.10105E+17'],
    ['16 digits', '1101051949123100'],
  ])('refuses %s with ID_NUMBER_STORED_AS_NUMBER', (_label, value) => {
    const found = issues(row({ idNumber: number(value) }));
    expect(found.map((i) => [i.field, i.code])).toEqual([
      ['idNumber', 'ID_NUMBER_STORED_AS_NUMBER'],
    ]);
    expect(found[0].messageZh).toContain('文本');
  });

  it('leaves a 15-digit number to the ordinary check, which asks for the 18-digit one', () => {
    expect(codes(row({ idNumber: number('110105491231002') }))).toEqual([
      ['idNumber', 'ID_NUMBER_15_DIGIT'],
    ]);
  });

  it('still says "scientific" when the text looks scientific but the cell is text', () => {
    expect(codes(row({ idNumber: text('1.10105E+17') }))).toEqual([
      ['idNumber', 'ID_NUMBER_SCIENTIFIC'],
    ]);
  });
});

describe('validateRosterRow: gender against the ID number', () => {
  it('reports a man entered as a woman and says what the ID says', () => {
    const [issue] = issues(row({ idNumber: text(MALE_ID), gender: text('女') }));
    expect(issue.field).toBe('gender');
    expect(issue.code).toBe('GENDER_MISMATCH');
    expect(issue.message).toContain('The ID number says male');
    expect(issue.messageZh).toContain('身份证号显示性别为“男”');
    expect(issue.messageZh).toContain('“女”');
  });

  it('reports a woman entered as M', () => {
    const [issue] = issues(row({ gender: text('M') }));
    expect(issue.code).toBe('GENDER_MISMATCH');
    expect(issue.message).toContain('says female');
  });

  it('reports an unreadable gender and no mismatch', () => {
    expect(codes(row({ gender: text('未知') }))).toEqual([['gender', 'GENDER_INVALID']]);
  });

  it('does not compare with an ID number that is itself wrong', () => {
    expect(codes(row({ idNumber: text('110105194912310021'), gender: text('男') }))).toEqual([
      ['idNumber', 'ID_NUMBER_CHECK_DIGIT'],
    ]);
  });
});

describe('validateRosterRow: every problem of the row at once', () => {
  it('reports one issue per broken field, in column order', () => {
    expect(
      codes({
        name: text('王芳2'),
        idNumber: text('110105194912310021'),
        gender: text('x'),
        phone: text('12345'),
        unit: text('某单位'),
      }),
    ).toEqual([
      ['name', 'NAME_INVALID'],
      ['idNumber', 'ID_NUMBER_CHECK_DIGIT'],
      ['gender', 'GENDER_INVALID'],
      ['phone', 'PHONE_INVALID'],
    ]);
  });

  it('reports a name mistake and a gender mismatch together', () => {
    expect(codes(row({ name: text(''), gender: text('男') }))).toEqual([
      ['name', 'NAME_EMPTY'],
      ['gender', 'GENDER_MISMATCH'],
    ]);
  });

  it('reports the missing name and ID number of a row with only a phone', () => {
    expect(codes({ phone: text('13812345678') })).toEqual([
      ['name', 'NAME_EMPTY'],
      ['idNumber', 'ID_NUMBER_EMPTY'],
    ]);
  });

  it('explains a landline that lost its 0 in a number cell', () => {
    const [issue] = issues(row({ phone: number('4181234567') }));
    expect(issue.field).toBe('phone');
    expect(issue.message).toContain('stored as a number');
  });

  it('gives every issue an English and a Chinese message', () => {
    const all = issues({
      name: text('1'),
      idNumber: number('110105194912310000'),
      gender: text('?'),
      phone: text('0'),
    });
    expect(all).toHaveLength(4);
    for (const issue of all) {
      expect(issue.message).toMatch(/[a-z]/);
      expect(issue.messageZh).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('validateRosterRow: messages never echo an ID number', () => {
  it.each([
    ['a wrong check digit', text('110105194912310021')],
    ['an impossible date', text('110105190002290017')],
    ['a bad region', text('990105194912310015')],
    ['a number cell', number('110105194912310000')],
  ])('%s', (_label, idNumber) => {
    for (const issue of issues(row({ idNumber, gender: text('男') }))) {
      expect(issue.message).not.toMatch(/\d{15}/);
      expect(issue.messageZh).not.toMatch(/\d{15}/);
    }
  });

  it('nor does a gender mismatch', () => {
    const [issue] = issues(row({ gender: text('男') }));
    expect(`${issue.message}${issue.messageZh}`).not.toContain('1949');
  });
});

describe('isBlankRow', () => {
  it.each([
    ['no cells at all', {}],
    ['empty texts', { name: text(''), idNumber: text('') }],
    [
      'spaces, ideographic spaces and zero-width characters',
      { name: text(' \u3000 '), unit: text('\u200B\uFEFF') },
    ],
    [
      'every column present but blank',
      {
        name: text(''),
        idNumber: text(''),
        gender: text(''),
        phone: text(''),
        unit: text(''),
        unitCode: text(''),
      },
    ],
  ])('is blank with %s', (_label, cells: RosterCells) => {
    expect(isBlankRow(cells)).toBe(true);
  });

  it.each([
    ['a name', { name: text('王芳') }],
    ['only a unit code', { unitCode: text('FX') }],
    ['a number 0', { phone: number('0') }],
  ])('is not blank with %s', (_label, cells: RosterCells) => {
    expect(isBlankRow(cells)).toBe(false);
  });
});
