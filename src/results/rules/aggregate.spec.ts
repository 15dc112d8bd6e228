import type { AggregationMethod } from '../../contests/rules/contest-rules.types';
import { aggregateCriterion, AggregatedCriterion, combineScores } from './aggregate';
import { formatRational, Rational, rational } from './rational';

const r = (num: number, den = 1): Rational => rational(BigInt(num), BigInt(den));
const text = (value: Rational): string => formatRational(value);

const measurement = (method: AggregationMethod, maxPointsCenti = 5000): AggregatedCriterion => ({
  kind: 'MEASUREMENT',
  method,
  maxPointsCenti,
});
const judgement = (method: AggregationMethod, maxPointsCenti: number): AggregatedCriterion => ({
  kind: 'JUDGEMENT',
  method,
  maxPointsCenti,
});

describe('combineScores: MEAN', () => {
  it.each([
    ['one judge', [4250], r(4250)],
    ['two judges, 42.50 and 43.00 → 42.75', [4250, 4300], r(4275)],
    [
      'three judges not dividing evenly: 10.00, 10.00, 10.01 → 3001/3',
      [1000, 1000, 1001],
      r(3001, 3),
    ],
    ['0.1 + 0.2 over two: exactly 0.15', [10, 20], r(15)],
    ['all zero', [0, 0, 0], r(0)],
  ])('%s', (_label, values, expected) => {
    expect(text(combineScores('MEAN', values))).toBe(text(expected));
  });
});

describe('combineScores: TRIMMED_MEAN', () => {
  it.each([
    ['five judges, the usual rule: drop 9.0 and 6.0', [800, 900, 700, 600, 750], r(2250, 3)],
    ['three judges keep only the middle one', [700, 900, 800], r(800)],
    ['[5, 5, 5] drops one of each and keeps one 5', [500, 500, 500], r(500)],
    ['duplicated highest: [9, 9, 8, 7] drops one 9 only', [900, 900, 800, 700], r(1700, 2)],
    ['duplicated lowest: [6, 6, 8, 9] drops one 6 only', [600, 600, 800, 900], r(700)],
    ['all five equal', [720, 720, 720, 720, 720], r(720)],
    [
      'numeric, not string, order: 1000 is the highest, 90 the lowest',
      [90, 1000, 900, 200],
      r(550),
    ],
  ])('%s', (_label, values, expected) => {
    expect(text(combineScores('TRIMMED_MEAN', values))).toBe(text(expected));
  });

  it.each([[[800]], [[800, 900]]])('needs at least 3 scores: %p throws', (values) => {
    expect(() => combineScores('TRIMMED_MEAN', values)).toThrow(/at least 3/);
  });
});

describe('combineScores: MEDIAN', () => {
  it.each([
    ['one value', [1234], r(1234)],
    ['odd count, unsorted', [900, 100, 500], r(500)],
    ['even count: mean of the two middle', [100, 900, 400, 500], r(450)],
    ['even count with an odd middle sum: 0.01 and 0.02 → 0.015', [1, 2], r(3, 2)],
    ['duplicates in the middle', [300, 300, 300, 1000], r(300)],
    ['numeric order: 1000 sorts above 900', [1000, 900, 80], r(900)],
  ])('%s', (_label, values, expected) => {
    expect(text(combineScores('MEDIAN', values))).toBe(text(expected));
  });
});

describe('combineScores: SINGLE', () => {
  it('is the one value given', () => {
    expect(text(combineScores('SINGLE', [3750]))).toBe('3750');
  });

  it('takes the mean when several scores arrived rather than picking one', () => {
    expect(text(combineScores('SINGLE', [3000, 3001]))).toBe('6001/2');
  });
});

describe('combineScores: bad input', () => {
  it.each(['MEAN', 'TRIMMED_MEAN', 'MEDIAN', 'SINGLE'] as const)(
    '%s refuses an empty list',
    (method) => {
      expect(() => combineScores(method, [])).toThrow(RangeError);
    },
  );

  it.each([[[42.5]], [[NaN]], [[100, 0.1 + 0.2, 100]]])(
    'refuses scores that are not whole hundredths: %p',
    (values) => {
      expect(() => combineScores('MEDIAN', values)).toThrow(RangeError);
    },
  );

  it('does not reorder the caller’s array', () => {
    const values = [900, 100, 500];
    combineScores('TRIMMED_MEAN', values);
    expect(values).toEqual([900, 100, 500]);
  });
});

describe('aggregateCriterion: MEASUREMENT', () => {
  it('is the combined score itself, in points', () => {
    expect(text(aggregateCriterion(measurement('MEAN'), [4250, 4300, 4301]))).toBe('12851/3');
  });

  it('ignores the maximum: range checks belong to score entry', () => {
    expect(text(aggregateCriterion(measurement('SINGLE', 100), [4250]))).toBe('4250');
  });
});

describe('aggregateCriterion: JUDGEMENT (max × mark / 3)', () => {
  it.each([
    // [label, max points (centi), marks ×100, expected points (centi)]
    ['full marks earn the max', 2000, [300, 300, 300], r(2000)],
    ['zero marks earn nothing', 2000, [0, 0, 0], r(0)],
    [
      'marks 2, 3, 2 on max 60: mean 7/3 → 60 × 7/9 = 46.67 (exact 140/3 points)',
      6000,
      [200, 300, 200],
      r(14000, 3),
    ],
    ['marks 2, 2 on max 10: 6.67 points (exact 2000/3 hundredths)', 1000, [200, 200], r(2000, 3)],
    ['marks 1, 2 on max 15: mean 1.5 → 7.50', 1500, [100, 200], r(750)],
    ['max 59.50 with marks 3, 2, 2: 59.5 × 7/9', 5950, [300, 200, 200], r(41650, 9)],
  ])('%s', (_label, max, marks, expected) => {
    expect(text(aggregateCriterion(judgement('MEAN', max), marks))).toBe(text(expected));
  });

  it('combines the marks first, by the method, then scales: TRIMMED_MEAN of 0,2,2,3,3 is 7/3', () => {
    const points = aggregateCriterion(judgement('TRIMMED_MEAN', 3000), [300, 0, 200, 300, 200]);
    // max 30 × (7/3) / 3 = 70/3 points = 7000/3 hundredths (23.33).
    expect(text(points)).toBe('7000/3');
  });

  it('MEDIAN of 1, 3, 3 marks is 3: the max', () => {
    expect(text(aggregateCriterion(judgement('MEDIAN', 4000), [100, 300, 300]))).toBe('4000');
  });

  it('SINGLE consensus mark 2 on max 12: 8.00', () => {
    expect(text(aggregateCriterion(judgement('SINGLE', 1200), [200]))).toBe('800');
  });

  it('throws on no marks', () => {
    expect(() => aggregateCriterion(judgement('MEAN', 1200), [])).toThrow(RangeError);
  });
});
