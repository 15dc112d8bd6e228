import {
  add,
  ceil,
  compare,
  div,
  equals,
  floor,
  formatRational,
  fromCenti,
  mul,
  Rational,
  rational,
  roundHalfUp,
  sub,
  sum,
  toCentiHalfUp,
  ZERO,
} from './rational';

const r = (num: number, den = 1): Rational => rational(BigInt(num), BigInt(den));
const fields = (value: Rational): [bigint, bigint] => [value.num, value.den];

describe('rational: normal form', () => {
  it.each([
    ['6/4', r(6, 4), [3n, 2n]],
    ['-6/4', r(-6, 4), [-3n, 2n]],
    ['6/-4: the sign moves to the numerator', r(6, -4), [-3n, 2n]],
    ['-6/-4', r(-6, -4), [3n, 2n]],
    ['0/7 is 0/1', r(0, 7), [0n, 1n]],
    ['0/-7 is 0/1, never a negative denominator', r(0, -7), [0n, 1n]],
    ['an integer', r(5), [5n, 1n]],
    ['already reduced', r(7, 3), [7n, 3n]],
  ])('%s', (_label, value, expected) => {
    expect(fields(value)).toEqual(expected);
  });

  it('refuses a zero denominator', () => {
    expect(() => r(1, 0)).toThrow(RangeError);
  });

  it('reduces numbers far beyond a double without losing a digit', () => {
    const big = 10n ** 30n + 1n;
    expect(fields(rational(big * 6n, 9n))).toEqual([big * 2n, 3n]);
  });
});

describe('rational: fromCenti', () => {
  it.each([[0], [1], [6420], [-5], [Number.MAX_SAFE_INTEGER]])('holds %p exactly', (centi) => {
    expect(fields(fromCenti(centi))).toEqual([BigInt(centi), 1n]);
  });

  it.each([[64.2], [0.1 + 0.2], [NaN], [Infinity], [Number.MAX_SAFE_INTEGER + 1]])(
    'refuses %p: only whole hundredths are points',
    (value) => {
      expect(() => fromCenti(value)).toThrow(RangeError);
    },
  );
});

describe('rational: arithmetic', () => {
  it.each([
    ['1/3 + 1/6 = 1/2', add(r(1, 3), r(1, 6)), r(1, 2)],
    ['10 + 20 hundredths = 30 (the 0.1 + 0.2 trap)', add(fromCenti(10), fromCenti(20)), r(30)],
    ['1/2 - 1/3 = 1/6', sub(r(1, 2), r(1, 3)), r(1, 6)],
    ['1/3 - 1/2 = -1/6', sub(r(1, 3), r(1, 2)), r(-1, 6)],
    ['2/3 × 9/4 = 3/2', mul(r(2, 3), r(9, 4)), r(3, 2)],
    ['-2/3 × 3/2 = -1', mul(r(-2, 3), r(3, 2)), r(-1)],
    ['1/2 ÷ 1/4 = 2', div(r(1, 2), r(1, 4)), r(2)],
    ['1 ÷ -3 = -1/3', div(r(1), r(-3)), r(-1, 3)],
    ['sum of nothing = 0', sum([]), ZERO],
    ['sum 1/3 three times = 1', sum([r(1, 3), r(1, 3), r(1, 3)]), r(1)],
  ])('%s', (_label, actual, expected) => {
    expect(fields(actual)).toEqual(fields(expected));
  });

  it('refuses to divide by zero', () => {
    expect(() => div(r(1), ZERO)).toThrow(RangeError);
  });

  it('stays exact where doubles drift: 1/3 × 3 is 1, and 0.1 ten times is 1', () => {
    expect(equals(mul(r(1, 3), r(3)), r(1))).toBe(true);
    const tenth = r(1, 10);
    expect(equals(sum(Array.from({ length: 10 }, () => tenth)), r(1))).toBe(true);
  });
});

describe('rational: compare and equals', () => {
  it.each([
    [r(1, 3), r(1, 2), -1],
    [r(1, 2), r(1, 3), 1],
    [r(2, 4), r(1, 2), 0],
    [r(-1, 2), r(1, 3), -1],
    [r(-1, 2), r(-1, 3), -1],
    [ZERO, r(0, 5), 0],
    // Differ only in the 20th decimal: a double would call them equal.
    [r(1, 3), rational(33333333333333333333n, 100000000000000000000n), 1],
  ])('compare(%o, %o) = %p', (a, b, expected) => {
    expect(compare(a, b)).toBe(expected);
  });

  it('sorts by value', () => {
    const values = [r(2, 3), r(-1), r(1, 2), r(5, 7)];
    expect(values.sort(compare).map(formatRational)).toEqual(['-1', '1/2', '2/3', '5/7']);
  });

  it.each([
    [r(2, 4), r(1, 2), true],
    [r(1, 2), r(1, 3), false],
    [r(-1, 2), r(1, 2), false],
  ])('equals(%o, %o) = %p', (a, b, expected) => {
    expect(equals(a, b)).toBe(expected);
  });
});

describe('rational: floor, ceil and half-up rounding', () => {
  it.each([
    // [value, floor, ceil, roundHalfUp]
    ['7/2 = 3.5', r(7, 2), 3n, 4n, 4n],
    ['-7/2 = -3.5: a half goes away from zero', r(-7, 2), -4n, -3n, -4n],
    ['5/2 = 2.5', r(5, 2), 2n, 3n, 3n],
    ['-5/2 = -2.5', r(-5, 2), -3n, -2n, -3n],
    ['10/3 = 3.33…', r(10, 3), 3n, 4n, 3n],
    ['-10/3', r(-10, 3), -4n, -3n, -3n],
    ['11/3 = 3.66…', r(11, 3), 3n, 4n, 4n],
    ['-11/3', r(-11, 3), -4n, -3n, -4n],
    ['4 exactly', r(4), 4n, 4n, 4n],
    ['-4 exactly', r(-4), -4n, -4n, -4n],
    ['0', ZERO, 0n, 0n, 0n],
    ['just under a half: 4999/10000', r(4999, 10000), 0n, 1n, 0n],
    ['-2/5 = -0.4', r(-2, 5), -1n, 0n, 0n],
  ])('%s', (_label, value, expectedFloor, expectedCeil, expectedRound) => {
    expect([floor(value), ceil(value), roundHalfUp(value)]).toEqual([
      expectedFloor,
      expectedCeil,
      expectedRound,
    ]);
  });
});

describe('rational: toCentiHalfUp', () => {
  it.each([
    ['88.845 points (17769/2 hundredths) → 88.85', r(17769, 2), 8885],
    ['88.844… → 88.84', r(26533, 3), 8844],
    ['the 1.005 trap: exactly 100.5 hundredths → 1.01, where a double gives 1.00', r(201, 2), 101],
    ['80.735 → 80.74', r(16147, 2), 8074],
    ['a third of a point, 100/3 hundredths → 0.33', r(100, 3), 33],
    ['two thirds, 200/3 → 0.67', r(200, 3), 67],
    ['whole hundredths unchanged', r(6420), 6420],
    ['-0.5 hundredths → -1: symmetric', r(-1, 2), -1],
    ['-0.4 hundredths → 0, not -0', r(-2, 5), 0],
  ])('%s', (_label, value, expected) => {
    expect(Object.is(toCentiHalfUp(value), expected)).toBe(true);
  });

  it('shows why doubles are not used: Math.round(1.005 * 100) is 100, not 101', () => {
    expect(Math.round(1.005 * 100)).toBe(100);
    expect(toCentiHalfUp(div(fromCenti(201), r(2)))).toBe(101);
  });

  it('refuses a result beyond a safe integer', () => {
    expect(() => toCentiHalfUp(rational(2n ** 60n))).toThrow(RangeError);
    expect(() => toCentiHalfUp(rational(-(2n ** 60n)))).toThrow(RangeError);
  });
});

describe('rational: formatRational', () => {
  it.each([
    [r(17, 3), '17/3'],
    [r(-17, 3), '-17/3'],
    [r(10, 2), '5'],
    [ZERO, '0'],
  ])('%o → %s', (value, expected) => {
    expect(formatRational(value)).toBe(expected);
  });
});
