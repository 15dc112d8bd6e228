import { formatScore, parseScorePoints, ScorePointsResult } from './score-points';

const measurement = (maxPointsCenti = 5000) => ({ kind: 'MEASUREMENT' as const, maxPointsCenti });
const judgement = { kind: 'JUDGEMENT' as const, maxPointsCenti: 5950 };

function value(result: ScorePointsResult): number {
  if (!result.ok) throw new Error(`expected a score, got ${result.code}: ${result.message}`);
  return result.valueCenti;
}

function refusal(result: ScorePointsResult): [string, string] {
  if (result.ok) throw new Error(`expected a refusal, got ${result.valueCenti}`);
  return [result.code, result.message];
}

describe('parseScorePoints: measurement scores, read exactly', () => {
  it.each([
    [0, 0],
    ['0', 0],
    [12.5, 1250],
    ['12.5', 1250],
    ['12.50', 1250],
    [12.35, 1235],
    [0.29, 29],
    [0.3, 30],
    [0.01, 1],
    [49.99, 4999],
    [50, 5000],
    ['50.00', 5000],
    [-0, 0],
  ])('reads %p as %p hundredths', (input, centi) => {
    expect(value(parseScorePoints(input, measurement()))).toBe(centi);
  });

  it('reads values a float multiplication would get wrong (0.29 × 100 = 28.999…)', () => {
    expect(0.29 * 100).not.toBe(29);
    expect(value(parseScorePoints(0.29, measurement()))).toBe(29);
    expect(value(parseScorePoints(1.15, measurement()))).toBe(115);
  });

  it('refuses the float sum 0.1 + 0.2: it is 0.30000000000000004, not a 2-place decimal', () => {
    expect(refusal(parseScorePoints(0.1 + 0.2, measurement()))[0]).toBe('SCORE_TOO_PRECISE');
  });

  it('never returns -0 for a zero written with a minus sign', () => {
    expect(Object.is(value(parseScorePoints('-0.00', measurement())), 0)).toBe(true);
  });

  it('accepts the maximum of a large criterion exactly', () => {
    expect(value(parseScorePoints('1000.00', measurement(100000)))).toBe(100000);
  });
});

describe('parseScorePoints: measurement refusals', () => {
  it.each([
    ['abc'],
    [null],
    [undefined],
    [true],
    [false],
    [NaN],
    [Infinity],
    [-Infinity],
    [''],
    [' 12'],
    ['12 '],
    ['+12'],
    ['.5'],
    ['5.'],
    ['1e1'],
    ['12,5'],
    ['１２'],
    [[12]],
    [{ value: 12 }],
  ])('refuses %p as SCORE_NOT_A_NUMBER', (input) => {
    expect(refusal(parseScorePoints(input, measurement()))[0]).toBe('SCORE_NOT_A_NUMBER');
  });

  it.each([
    [12.345],
    ['12.345'],
    ['12.500'],
    [0.001],
    [1e-7],
    ['49.999'],
    ['12.5000000000000000001'],
  ])('refuses %p as SCORE_TOO_PRECISE', (input) => {
    expect(refusal(parseScorePoints(input, measurement()))[0]).toBe('SCORE_TOO_PRECISE');
  });

  it.each([
    [-1],
    ['-1'],
    [-0.01],
    [50.01],
    ['50.01'],
    [51],
    ['-0.001'],
    ['50.001'],
    [1e21],
    ['99999999999999999999'],
  ])('refuses %p as SCORE_OUT_OF_RANGE for a maximum of 50', (input) => {
    expect(refusal(parseScorePoints(input, measurement()))[0]).toBe('SCORE_OUT_OF_RANGE');
  });

  it('says the allowed range with 2 decimals and quotes what was sent', () => {
    const [, outOfRange] = refusal(parseScorePoints(50.01, measurement()));
    expect(outOfRange).toContain('from 0.00 to 50.00');
    expect(outOfRange).toContain('50.01');
    const [, tooPrecise] = refusal(parseScorePoints('12.345', measurement(4050)));
    expect(tooPrecise).toContain('2 decimal places');
    expect(tooPrecise).toContain('40.50');
    expect(tooPrecise).toContain('"12.345"');
    const [, notANumber] = refusal(parseScorePoints(' 12', measurement()));
    expect(notANumber).toContain('" 12"');
  });
});

describe('parseScorePoints: judgement marks 0–3', () => {
  it.each([
    [0, 0],
    [1, 100],
    [2, 200],
    [3, 300],
    ['0', 0],
    ['2', 200],
    ['2.00', 200],
  ])('reads the mark %p as %p hundredths of a mark', (input, centi) => {
    expect(value(parseScorePoints(input, judgement))).toBe(centi);
  });

  it("ignores the criterion's maximum points: marks are on their own 0–3 scale", () => {
    expect(value(parseScorePoints(3, { kind: 'JUDGEMENT', maxPointsCenti: 100 }))).toBe(300);
    expect(refusal(parseScorePoints(4, { kind: 'JUDGEMENT', maxPointsCenti: 10000 }))[0]).toBe(
      'SCORE_MARK_INVALID',
    );
  });

  it.each([[1.5], ['1.5'], [4], ['4'], [-1], ['-1'], [2.01], [2.001], [1.999999], [1e21], [300]])(
    'refuses %p as SCORE_MARK_INVALID',
    (input) => {
      const [code, message] = refusal(parseScorePoints(input, judgement));
      expect(code).toBe('SCORE_MARK_INVALID');
      expect(message).toContain('0, 1, 2 or 3');
    },
  );

  it.each([['two'], [null], [true], [NaN], [Infinity], [''], [' 2'], [[2]]])(
    'refuses %p as SCORE_NOT_A_NUMBER',
    (input) => {
      expect(refusal(parseScorePoints(input, judgement))[0]).toBe('SCORE_NOT_A_NUMBER');
    },
  );
});

describe('formatScore', () => {
  it.each([
    [1250, '12.50'],
    [0, '0.00'],
    [5, '0.05'],
    [100000, '1000.00'],
  ])('shows the measurement %p as %p', (centi, text) => {
    expect(formatScore(centi, 'MEASUREMENT')).toBe(text);
  });

  it.each([
    [0, '0'],
    [100, '1'],
    [200, '2'],
    [300, '3'],
  ])('shows the judgement value %p as the mark %p', (centi, text) => {
    expect(formatScore(centi, 'JUDGEMENT')).toBe(text);
  });

  it('shows a judgement value that is not a whole mark exactly instead of rounding it', () => {
    expect(formatScore(150, 'JUDGEMENT')).toBe('1.50');
  });

  it('refuses a value that is not whole hundredths', () => {
    expect(() => formatScore(12.5, 'MEASUREMENT')).toThrow(RangeError);
    expect(() => formatScore(12.5, 'JUDGEMENT')).toThrow(RangeError);
  });

  it.each([[0], [1], [2], [3]])('round-trips the mark %p through parse and format', (mark) => {
    expect(formatScore(value(parseScorePoints(mark, judgement)), 'JUDGEMENT')).toBe(String(mark));
  });

  it.each([['0.00'], ['12.35'], ['50.00']])('round-trips the points %p', (text) => {
    expect(formatScore(value(parseScorePoints(text, measurement())), 'MEASUREMENT')).toBe(text);
  });
});
