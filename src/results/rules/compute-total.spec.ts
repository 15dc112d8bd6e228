import type { Criterion, Part, Scheme } from '../../contests/rules/contest-rules.types';
import { aggregateCriterion } from './aggregate';
import { computeTotal, ContestantTotal, failedPartKeys } from './compute-total';
import { equals, formatRational, fromCenti, Rational, rational, toCentiHalfUp } from './rational';

const criterion = (
  key: string,
  maxPointsCenti: number,
  over: Partial<Criterion> = {},
): Criterion => ({
  key,
  name: key,
  kind: 'MEASUREMENT',
  method: 'MEAN',
  maxPointsCenti,
  toleranceCenti: null,
  ...over,
});

/** A part whose max is the sum of its criteria maxima, as validateScheme guarantees. */
const part = (
  key: string,
  weightCenti: number,
  criteria: Criterion[],
  passMarkCenti: number | null = 6000,
): Part => ({
  key,
  name: key,
  weightCenti,
  maxPointsCenti: criteria.reduce((s, c) => s + c.maxPointsCenti, 0),
  passMarkCenti,
  carried: false,
  criteria,
});

/** One part with one criterion of the given max, e.g. theory 100 points. */
const simple = (key: string, weightCenti: number, maxPointsCenti: number, pass?: number | null) =>
  part(key, weightCenti, [criterion(key, maxPointsCenti)], pass);

const points = (centi: Record<string, number>): Record<string, Rational> =>
  Object.fromEntries(Object.entries(centi).map(([k, v]) => [k, fromCenti(v)]));

const scaled = (total: ContestantTotal): Record<string, number> =>
  Object.fromEntries(total.parts.map((p) => [p.key, p.scaledCenti]));

const theory70: Scheme = {
  parts: [simple('theory', 3000, 10000), simple('practical', 7000, 10000)],
};

describe('computeTotal: the docs/results.md weightings', () => {
  it('30/70: theory 85 of 100, practical 40 measured + judgement marks 2,3,2 on 60', () => {
    const finish = criterion('finish', 6000, { kind: 'JUDGEMENT' });
    const scheme: Scheme = {
      parts: [
        simple('theory', 3000, 10000),
        part('practical', 7000, [criterion('dimension', 4000), finish]),
      ],
    };
    const finishPoints = aggregateCriterion(finish, [200, 300, 200]); // 46.666… points
    const total = computeTotal(scheme, {
      theory: fromCenti(8500),
      dimension: fromCenti(4000),
      finish: finishPoints,
    });
    // practical = 86.666… of 100 → shown 86.67; total = 25.5 + 0.7 × 86.666… = 86.1666… → 86.17.
    expect(
      total.parts.map((p) => [p.key, formatRational(p.pointsCenti), p.scaledCenti, p.passed]),
    ).toEqual([
      ['theory', '8500', 8500, true],
      ['practical', '26000/3', 8667, true],
    ]);
    expect(total.totalCenti).toBe(8617);
    expect(total.allPartsPassed).toBe(true);
    expect(Object.keys(total.criteria)).toEqual(['theory', 'dimension', 'finish']);
    expect(equals(total.criteria.finish, rational(14000n, 3n))).toBe(true);
  });

  it('30/70 with round numbers: 85.00 and 90.50 → 88.85', () => {
    const total = computeTotal(theory70, points({ theory: 8500, practical: 9050 }));
    expect([scaled(total), total.totalCenti]).toEqual([{ theory: 8500, practical: 9050 }, 8885]);
  });

  it('25/55/20: theory 78.5/100, practical 120.3/150, defence 17/20 → 80.735 → 80.74', () => {
    const scheme: Scheme = {
      parts: [
        simple('theory', 2500, 10000),
        part('practical', 5500, [criterion('p1', 10000), criterion('p2', 5000)]),
        simple('defence', 2000, 2000),
      ],
    };
    const total = computeTotal(scheme, points({ theory: 7850, p1: 8030, p2: 4000, defence: 1700 }));
    expect(scaled(total)).toEqual({ theory: 7850, practical: 8020, defence: 8500 });
    // 19.625 + 44.11 + 17 = 80.735 exactly; half up → 80.74.
    expect(total.totalCenti).toBe(8074);
  });

  it('20/80 with full and zero marks: 100.00 and 0.00 exactly', () => {
    const scheme: Scheme = {
      parts: [simple('theory', 2000, 10000), simple('practical', 8000, 4000)],
    };
    expect(computeTotal(scheme, points({ theory: 10000, practical: 4000 })).totalCenti).toBe(10000);
    expect(computeTotal(scheme, points({ theory: 0, practical: 0 })).totalCenti).toBe(0);
  });

  it.each([
    ['all full', [10000, 10000, 10000], 10000],
    ['all half', [5000, 5000, 5000], 5000],
    ['only the first', [10000, 0, 0], 3333],
    ['only the last', [0, 0, 10000], 3334],
  ])('33.33/33.33/33.34, %s', (_label, [a, b, c], expected) => {
    const scheme: Scheme = {
      parts: [simple('a', 3333, 10000), simple('b', 3333, 10000), simple('c', 3334, 10000)],
    };
    expect(computeTotal(scheme, points({ a, b, c })).totalCenti).toBe(expected);
  });
});

describe('computeTotal: the total is rounded once, from the exact sum', () => {
  it('theory 83.75 / practical 90.05 (30/70) is 88.16, not the 88.17 of rounded contributions', () => {
    const total = computeTotal(theory70, points({ theory: 8375, practical: 9005 }));
    // Contributions 25.125 and 63.035 would round to 25.13 + 63.04 = 88.17.
    const roundedContributions =
      toCentiHalfUp(rational(8375n * 3n, 10n)) + toCentiHalfUp(rational(9005n * 7n, 10n));
    expect(roundedContributions).toBe(8817);
    expect(total.totalCenti).toBe(8816);
  });

  it('theory 40 of 60 is weighted as 66.666…, not as the 66.67 shown: 69.01, not 69.02', () => {
    const scheme: Scheme = {
      parts: [simple('theory', 3000, 6000), simple('practical', 7000, 10000)],
    };
    const total = computeTotal(scheme, points({ theory: 4000, practical: 7002 }));
    expect(scaled(total)).toEqual({ theory: 6667, practical: 7002 });
    // Exact: 0.3 × 200/3 + 0.7 × 70.02 = 20 + 49.014 = 69.014. From 66.67: 69.015 → 69.02.
    expect(toCentiHalfUp(rational(6667n * 3000n + 7002n * 7000n, 10000n))).toBe(6902);
    expect(total.totalCenti).toBe(6901);
  });
});

describe('computeTotal: the 0.1 + 0.2 trap and totals that tie at 64.20', () => {
  const theory = part('theory', 3000, [criterion('q1', 5000), criterion('q2', 5000)]);
  const scheme: Scheme = { parts: [theory, simple('practical', 7000, 10000)] };

  it('criterion points 0.10 + 0.20 are exactly 0.30', () => {
    const total = computeTotal(scheme, points({ q1: 10, q2: 20, practical: 0 }));
    expect(equals(total.parts[0].pointsCenti, fromCenti(30))).toBe(true);
  });

  it('20.10 + 23.20 and practical 73.15 total exactly 64.195 → 64.20, where doubles give 64.19', () => {
    const total = computeTotal(scheme, points({ q1: 2010, q2: 2320, practical: 7315 }));
    expect(Math.round((0.3 * (20.1 + 23.2) + 0.7 * 73.15) * 100)).toBe(6419);
    expect(total.totalCenti).toBe(6420);
  });

  it('two contestants with different parts and the same 64.20 have equal totals', () => {
    const a = computeTotal(scheme, points({ q1: 2010, q2: 2320, practical: 7315 }));
    const b = computeTotal(scheme, points({ q1: 3210, q2: 3210, practical: 6420 }));
    expect(scaled(a)).not.toEqual(scaled(b));
    expect([a.totalCenti, b.totalCenti]).toEqual([6420, 6420]);
  });
});

describe('computeTotal: pass marks are checked on the part score as shown', () => {
  it.each([
    // [label, part max, points, pass mark, shown scaled, passed]
    ['exactly 60.00', 10000, 6000, 6000, 6000, true],
    ['59.99', 10000, 5999, 6000, 5999, false],
    ['119.99 of 200 = 59.995, shown 60.00: passed', 20000, 11999, 6000, 6000, true],
    ['179.98 of 300 = 59.993…, shown 59.99: failed', 30000, 17998, 6000, 5999, false],
    ['a pass mark of 0 is always met', 10000, 0, 0, 0, true],
    ['a custom pass mark of 72.50', 4000, 2900, 7250, 7250, true],
    ['just under a custom 72.50', 4000, 2899, 7250, 7248, false],
  ])('%s', (_label, max, pts, pass, expectedScaled, expectedPassed) => {
    const scheme: Scheme = { parts: [simple('only', 10000, max, pass)] };
    const total = computeTotal(scheme, points({ only: pts }));
    expect(total.parts[0]).toMatchObject({ scaledCenti: expectedScaled, passed: expectedPassed });
    expect(total.allPartsPassed).toBe(expectedPassed);
  });

  it('a part without a pass mark reports null and never fails the contestant', () => {
    const scheme: Scheme = {
      parts: [simple('theory', 3000, 10000), simple('defence', 7000, 10000, null)],
    };
    const total = computeTotal(scheme, points({ theory: 6000, defence: 0 }));
    expect(total.parts.map((p) => p.passed)).toEqual([true, null]);
    expect(total.allPartsPassed).toBe(true);
    expect(failedPartKeys(total)).toEqual([]);
  });

  it('one failed part fails allPartsPassed and is named, in scheme order', () => {
    const scheme: Scheme = {
      parts: [
        simple('theory', 2500, 10000),
        simple('practical', 5500, 10000),
        simple('defence', 2000, 10000),
      ],
    };
    const total = computeTotal(scheme, points({ theory: 5000, practical: 9000, defence: 1000 }));
    expect(total.allPartsPassed).toBe(false);
    expect(failedPartKeys(total)).toEqual(['theory', 'defence']);
  });
});

describe('computeTotal: caller errors', () => {
  it('throws when a criterion has no points, naming it', () => {
    expect(() => computeTotal(theory70, points({ theory: 8000 }))).toThrow(/practical/);
  });

  it('throws on points for a criterion the scheme does not have', () => {
    expect(() =>
      computeTotal(theory70, points({ theory: 8000, practical: 8000, defence: 1 })),
    ).toThrow(/defence/);
  });

  it('does not take inherited keys as points', () => {
    const inherited = Object.create(points({ theory: 8000 })) as Record<string, Rational>;
    inherited.practical = fromCenti(8000);
    expect(() => computeTotal(theory70, inherited)).toThrow(/theory/);
  });

  it('throws on a part with no points to scale', () => {
    const scheme: Scheme = { parts: [{ ...simple('broken', 10000, 10000), maxPointsCenti: 0 }] };
    expect(() => computeTotal(scheme, points({ broken: 0 }))).toThrow(/broken/);
  });
});
