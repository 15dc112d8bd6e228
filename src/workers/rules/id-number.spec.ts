import {
  describeNumericIdNumber,
  IdNumberErrorCode,
  IdNumberResult,
  maskIdNumber,
  maskPhone,
  parseIdNumber,
} from './id-number';

/** Fixed so that "not after today" does not drift: 2024-06-15 noon in China. */
const NOW = new Date('2024-06-15T04:00:00Z');

/**
 * An independent ISO 7064 MOD 11-2 check, written from the standard's definition (weight of
 * position i is 2^(17-i) mod 11, check value (12 - sum mod 11) mod 11, 10 written X) rather than
 * from the production weights table: it confirms the hand-computed fixtures below and builds the
 * region sweep.
 */
function withCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return `${first17}${value === 10 ? 'X' : String(value)}`;
}

const independentlyValid = (id: string) => withCheckDigit(id.slice(0, 17)) === id;

/** Worked fixtures: check digits computed by a one-off script, never by the code under test. */
const VALID = {
  publishedFemale: '11010519491231002X',
  standardExample: '440524188001010014',
  leapDay2000: '110105200002290013',
  leapDay2024: '11010520240229002X',
  jiangsu: '320102198808081237',
  earliest: '110105180001010010',
  shanghai: '310105194912310019',
};

function accepted(input: string, now = NOW) {
  const result: IdNumberResult = parseIdNumber(input, now);
  if (!result.ok) throw new Error(`expected ${input} to be accepted, got ${result.code}`);
  return result;
}

function rejected(input: string, now = NOW) {
  const result = parseIdNumber(input, now);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result;
}

describe('the fixtures themselves', () => {
  it.each([
    ...Object.values(VALID).map((id) => [id, true] as const),
    // Right check digits on impossible dates, so that only the date rule can reject them.
    ['110105190002290017', true] as const,
    ['110105202402300013', true] as const,
    ['110105194912310021', false] as const,
  ])('%s passes the independent check: %p', (id, valid) => {
    expect(independentlyValid(id)).toBe(valid);
  });
});

describe('parseIdNumber: the published examples', () => {
  it('accepts 11010519491231002X: born 1949-12-31, female, Beijing Chaoyang', () => {
    expect(parseIdNumber(VALID.publishedFemale, NOW)).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'F',
      regionCode: '110105',
    });
  });

  it("accepts the standard's own example 440524188001010014: born 1880-01-01, male", () => {
    expect(parseIdNumber(VALID.standardExample, NOW)).toEqual({
      ok: true,
      idNumber: '440524188001010014',
      birthDate: '1880-01-01',
      gender: 'M',
      regionCode: '440524',
    });
  });

  it('refuses 110105194912310021 and names the expected check character X', () => {
    const result = rejected('110105194912310021');
    expect(result.code).toBe('ID_NUMBER_CHECK_DIGIT');
    expect(result.message).toContain('check digit should be X');
    expect(result.messageZh).toContain('校验码应为 X');
  });

  it('names a digit when that is what the check calls for', () => {
    // 32010219880808123 + 7 is valid; ending it in 0 must ask for 7.
    expect(rejected('320102198808081230').message).toContain('check digit should be 7');
  });
});

describe('parseIdNumber: what spreadsheets and IMEs do to the text', () => {
  it.each([
    ['a lowercase x', '11010519491231002x'],
    ['full-width digits and a full-width Ｘ', '１１０１０５１９４９１２３１００２Ｘ'],
    ['a full-width lowercase ｘ', '１１０１０５１９４９１２３１００２ｘ'],
    ['ASCII and ideographic spaces around it', ' 11010519491231002X\u3000'],
    ['zero-width characters pasted with it', '\uFEFF11010519491231002X\u200B'],
  ])('accepts %s and stores 11010519491231002X', (_label, input) => {
    expect(accepted(input).idNumber).toBe('11010519491231002X');
  });

  it.each([['1.10105E+17'], ['1.10105194912310E+17'], ['1.10105e17'], ['4.40524E+17']])(
    'refuses %p as a number shown in scientific notation',
    (input) => {
      const result = rejected(input);
      expect(result.code).toBe('ID_NUMBER_SCIENTIFIC');
      expect(result.message).toContain('stored as a number');
      expect(result.message).toContain('last digits were lost');
      expect(result.message).toContain('as text');
      expect(result.messageZh).toContain('文本');
    },
  );

  it('does not remove spaces inside the number', () => {
    expect(rejected('110105 19491231 002X').code).toBe('ID_NUMBER_LENGTH');
  });
});

describe('parseIdNumber: shape', () => {
  it.each([[''], ['   '], ['\u3000']])('refuses an empty cell %p', (input) => {
    expect(rejected(input).code).toBe('ID_NUMBER_EMPTY');
  });

  it('refuses an old 15-digit number and asks for the 18-digit one', () => {
    const result = rejected('110105491231002');
    expect(result.code).toBe('ID_NUMBER_15_DIGIT');
    expect(result.message).toContain('18-digit');
    expect(result.messageZh).toContain('18 位');
  });

  it.each([
    ['17 digits (check digit missing)', '11010519491231002', 17],
    ['19 digits', '110105194912310021X', 19],
    ['16 digits', '1101051949123100', 16],
    ['15 characters that are not all digits', '11010549123100X', 15],
  ])('refuses %s and gives the count', (_label, input, count) => {
    const result = rejected(input);
    expect(result.code).toBe('ID_NUMBER_LENGTH');
    expect(result.message).toContain(`has ${count} characters`);
  });

  it.each([
    ['an X in the middle', '1101051949X231002X'],
    ['a letter other than X at the end', '11010519491231002Y'],
    ['a hyphen', '110105-1949123100X'],
    ['a Chinese character', '11010519491231002号'],
  ])('refuses %s', (_label, input) => {
    expect(rejected(input).code).toBe('ID_NUMBER_FORMAT');
  });
});

describe('parseIdNumber: region', () => {
  const provinces = new Set([
    ...['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36'],
    ...['37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62'],
    ...['63', '64', '65', '71', '81', '82', '83'],
  ]);
  const everyCode = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

  it.each(everyCode)('province code %s: accepted exactly when it is in GB/T 2260', (code) => {
    const id = withCheckDigit(`${code}010519491231001`);
    const result = parseIdNumber(id, NOW);
    if (provinces.has(code)) expect(result.ok).toBe(true);
    else {
      expect(result).toMatchObject({ ok: false, code: 'ID_NUMBER_REGION' });
      expect(result.ok ? '' : result.message).toContain(`(${code})`);
    }
  });
});

describe('parseIdNumber: date of birth', () => {
  it('accepts Feb 29 of the leap year 2000', () => {
    expect(accepted(VALID.leapDay2000)).toMatchObject({ birthDate: '2000-02-29', gender: 'M' });
  });

  it('accepts Feb 29 of the leap year 2024', () => {
    expect(accepted(VALID.leapDay2024)).toMatchObject({ birthDate: '2024-02-29', gender: 'F' });
  });

  it('refuses Feb 29 of 1900, which was not a leap year', () => {
    expect(rejected('110105190002290017').code).toBe('ID_NUMBER_BIRTH_DATE');
  });

  it('refuses Feb 30 even with a correct check digit', () => {
    expect(rejected('110105202402300013').code).toBe('ID_NUMBER_BIRTH_DATE');
  });

  it.each([
    ['month 00', '110105194900310014'],
    ['month 13', '110105194913310013'],
    ['day 00', '110105194912000013'],
    ['day 32', '110105194912320017'],
    ['April 31', '110105194904310011'],
    ['1799-12-31, before 1800', '110105179912310016'],
    ['year 0000', '11010500000101001X'],
  ])('refuses %s', (_label, input) => {
    expect(independentlyValid(input)).toBe(true);
    const result = rejected(input);
    expect(result.code).toBe('ID_NUMBER_BIRTH_DATE');
    expect(result.message).toContain('date of birth');
    expect(result.messageZh).toContain('出生日期');
  });

  it('accepts 1800-01-01, the earliest allowed date', () => {
    expect(accepted(VALID.earliest).birthDate).toBe('1800-01-01');
  });

  it('refuses a date after today and accepts it once that day has come', () => {
    const future = '11010520300101001X';
    expect(independentlyValid(future)).toBe(true);
    expect(rejected(future).code).toBe('ID_NUMBER_BIRTH_DATE');
    expect(accepted(future, new Date('2030-01-01T00:00:00+08:00')).birthDate).toBe('2030-01-01');
  });

  it('takes "today" in China time: 2023-12-31T16:00Z is already 2024-01-01 in Beijing', () => {
    const bornNewYear2024 = '110105202401010014';
    expect(independentlyValid(bornNewYear2024)).toBe(true);
    expect(accepted(bornNewYear2024, new Date('2023-12-31T16:00:00Z')).birthDate).toBe(
      '2024-01-01',
    );
    expect(rejected(bornNewYear2024, new Date('2023-12-31T15:59:59Z')).code).toBe(
      'ID_NUMBER_BIRTH_DATE',
    );
  });
});

describe('parseIdNumber: gender from the 17th character', () => {
  it.each([
    [VALID.publishedFemale, 'F'],
    [VALID.standardExample, 'M'],
    [VALID.jiangsu, 'M'],
    [VALID.shanghai, 'M'],
    [VALID.leapDay2024, 'F'],
  ])('%s → %s', (id, gender) => {
    expect(accepted(id).gender).toBe(gender);
  });
});

describe('parseIdNumber: messages never repeat the number', () => {
  const inputs = [
    '110105194912310021',
    '110105190002290017',
    '990105194912310015',
    '1101051949X231002X',
    '11010519491231002',
    '110105491231002',
  ];
  it.each(inputs)('%s', (input) => {
    const { message, messageZh } = rejected(input);
    for (const text of [message, messageZh]) {
      expect(text).not.toContain(input);
      expect(text).not.toContain(input.slice(6, 14));
    }
  });

  it('every failure code has both messages', () => {
    const codes = new Set<IdNumberErrorCode>();
    for (const input of ['', '1.1E+17', '110105491231002', '1', '1101051949X231002X']) {
      const result = rejected(input);
      codes.add(result.code);
      expect(result.message.length).toBeGreaterThan(20);
      expect(result.messageZh.length).toBeGreaterThan(10);
    }
    expect(codes.size).toBe(5);
  });
});

describe('describeNumericIdNumber', () => {
  it('explains the 15 significant digits and the fix', () => {
    const issue = describeNumericIdNumber();
    expect(issue.code).toBe('ID_NUMBER_STORED_AS_NUMBER');
    expect(issue.message).toContain('15 significant digits');
    expect(issue.message).toContain('as text');
    expect(issue.messageZh).toContain('文本');
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110105********002X'],
    ['440524188001010014', '440524********0014'],
  ])('%s → %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it.each([
    ['', ''],
    ['110105491231002', '***************'],
    ['11010519491231002', '*****************'],
    ['110105194912310021X', '*******************'],
  ])('hides all of %p, which is not 18 characters', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['19987654321', '199****4321'],
    ['0418-1234567', '041*******67'],
    ['010-12345678', '010*******78'],
    ['0418-1234567-123', '041***********23'],
    ['1234567', '123**67'],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each([
    ['', ''],
    ['110', '***'],
    ['123456', '******'],
  ])('hides all of the short %p', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});
