import { formatCenti, fromCenti, toCenti } from './points';

describe('toCenti', () => {
  it.each([
    [12, 1200],
    [12.5, 1250],
    [0.29, 29], // 0.29 * 100 is 28.999999999999996 in binary floating point
    [1.1, 110],
    [64.2, 6420],
    [0.01, 1],
    [0, 0],
    [-1.5, -150],
    [100, 10000],
  ])('reads the number %p as %p hundredths', (input, expected) => {
    expect(toCenti(input)).toBe(expected);
  });

  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.50', 1250],
    ['0.29', 29],
    ['0.05', 5],
    ['-1.5', -150],
    ['-0.05', -5],
    ['007.10', 710],
    ['33.33', 3333],
  ])('reads the string %p as %p hundredths', (input, expected) => {
    expect(toCenti(input)).toBe(expected);
  });

  it('returns a positive zero for negative zero', () => {
    expect(Object.is(toCenti(-0), 0)).toBe(true);
    expect(Object.is(toCenti('-0.00'), 0)).toBe(true);
  });

  it('accepts the largest value that fits a safe integer and refuses the next one', () => {
    expect(toCenti('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(toCenti('-90071992547409.91')).toBe(-Number.MAX_SAFE_INTEGER);
    expect(toCenti('90071992547409.92')).toBeNull();
    expect(toCenti(1e20)).toBeNull();
    expect(toCenti('123456789012345678901234567890')).toBeNull();
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['1e21 (exponent form)', 1e21],
    ['1e-7 (exponent form)', 1e-7],
    ['1.005 (three places)', 1.005],
    ['0.1 + 0.2 (float noise)', 0.1 + 0.2],
  ])('refuses the number %s', (_label, input) => {
    expect(toCenti(input)).toBeNull();
  });

  it.each([
    [''],
    ['   '],
    [' 12'],
    ['12 '],
    ['1.005'],
    ['1e2'],
    ['+1'],
    ['.5'],
    ['5.'],
    ['1,5'],
    ['12abc'],
    ['--1'],
    ['0x10'],
    ['Infinity'],
    ['NaN'],
    ['１２'], // full-width digits are not ASCII decimals
  ])('refuses the string %p', (input) => {
    expect(toCenti(input)).toBeNull();
  });

  it.each([[null], [undefined], [true], [{}], [[12]], [12n], [Symbol('x')]])(
    'refuses the non-number %p',
    (input) => {
      expect(toCenti(input)).toBeNull();
    },
  );
});

describe('fromCenti', () => {
  it.each([
    [6420, 64.2],
    [29, 0.29],
    [1250, 12.5],
    [-150, -1.5],
    [5, 0.05],
    [0, 0],
  ])('turns %p hundredths into %p', (centi, expected) => {
    expect(fromCenti(centi)).toBe(expected);
  });

  it('gives back exactly the number that toCenti read', () => {
    for (const value of [0.29, 64.2, 33.33, 0.07, 99.99, 1234.56]) {
      expect(fromCenti(toCenti(value)!)).toBe(value);
    }
  });

  it('refuses hundredths that are not safe integers', () => {
    expect(() => fromCenti(1.5)).toThrow(RangeError);
    expect(() => fromCenti(NaN)).toThrow(RangeError);
  });
});

describe('formatCenti', () => {
  it.each([
    [6420, '64.20'],
    [-150, '-1.50'],
    [5, '0.05'],
    [-5, '-0.05'],
    [0, '0.00'],
    [10000, '100.00'],
    [1, '0.01'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('formats %p hundredths as %p', (centi, expected) => {
    expect(formatCenti(centi)).toBe(expected);
  });

  it('round-trips through toCenti', () => {
    for (const centi of [0, 1, 29, 6420, -150, 999999]) {
      expect(toCenti(formatCenti(centi))).toBe(centi);
    }
  });

  it('refuses hundredths that are not safe integers', () => {
    expect(() => formatCenti(0.5)).toThrow(RangeError);
    expect(() => formatCenti(Infinity)).toThrow(RangeError);
  });
});
