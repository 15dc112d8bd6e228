import type { Scheme, TieBreakKey } from '../../contests/rules/contest-rules.types';
import { defaultTitlePolicy, validateScheme, validateTitlePolicy } from '../../contests/rules';
import { computeTotal, failedPartKeys } from './compute-total';
import { rankContestants } from './rank';
import { fromCenti } from './rational';
import { awardTitles } from './titles';

/*
 * docs/results.md "Carried score": a final whose scheme is 30 % the preliminary's published total
 * (a carried part) and 70 % its own practical task. The carried part's points are the feeder total
 * in hundredths out of 100, scaled and weighted like any part; ranking, pass marks, tie-breaks and
 * titles then apply unchanged.
 */

function finalScheme(prelimPassMark: number | null = 60): Scheme {
  const result = validateScheme(
    {
      parts: [
        { key: 'prelim', name: '初赛成绩', weight: 30, carried: true, passMark: prelimPassMark },
        {
          key: 'practical',
          name: '实操',
          weight: 70,
          criteria: [
            {
              key: 'task',
              name: '实操作业',
              maxPoints: 100,
              kind: 'MEASUREMENT',
              method: 'SINGLE',
            },
          ],
        },
      ],
    },
    { round: 2 },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** One finalist: the feeder total and the practical task's points, both in hundredths. */
const total = (scheme: Scheme, carriedCenti: number | null, taskCenti: number) =>
  computeTotal(scheme, { task: fromCenti(taskCenti) }, carriedCenti);

describe('a carried part: 30 % preliminary + 70 % final', () => {
  const scheme = finalScheme();

  it('weights the feeder total like any part: 88.00 and 90.00 → 26.40 + 63.00 = 89.40', () => {
    const result = total(scheme, 8800, 9000);
    expect(result.parts).toEqual([
      { key: 'prelim', pointsCenti: fromCenti(8800), scaledCenti: 8800, passed: true },
      { key: 'practical', pointsCenti: fromCenti(9000), scaledCenti: 9000, passed: true },
    ]);
    expect(result.totalCenti).toBe(8940);
    // The carried part has no criteria: only the judged ones are listed.
    expect(Object.keys(result.criteria)).toEqual(['task']);
  });

  it('rounds once, half up, from the exact sum: 92.35 and 85.50 → 27.705 + 59.85 = 87.555 → 87.56', () => {
    expect(total(scheme, 9235, 8550).totalCenti).toBe(8756);
  });

  it('scales a carried part with a larger maximum: 90.00 of 200 is 45.00 of the part', () => {
    const result = validateScheme(
      {
        parts: [
          { key: 'prelim', name: '初赛', weight: 30, carried: true, maxPoints: 200 },
          {
            key: 'practical',
            name: '实操',
            weight: 70,
            criteria: [{ key: 'task', name: 't', maxPoints: 100, kind: 'MEASUREMENT' }],
          },
        ],
      },
      { round: 2 },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const wide = total(result.value, 9000, 8000);
    expect(wide.parts[0].scaledCenti).toBe(4500);
    // 30 × 45 % + 70 × 80 % = 13.50 + 56.00
    expect(wide.totalCenti).toBe(6950);
    expect(wide.parts[0].passed).toBe(false);
  });

  it('refuses to count a missing feeder total as zero, or one outside the part', () => {
    expect(() => total(scheme, null, 9000)).toThrow('No feeder total to carry into part prelim');
    expect(() => total(scheme, 10001, 9000)).toThrow('outside part prelim');
    expect(() => total(scheme, -1, 9000)).toThrow('outside part prelim');
  });

  it('ignores a carried total when the scheme has no carried part', () => {
    const plain = validateScheme({
      parts: [
        {
          key: 'practical',
          name: '实操',
          weight: 100,
          criteria: [{ key: 'task', name: 't', maxPoints: 100, kind: 'MEASUREMENT' }],
        },
      ],
    });
    if (!plain.ok) throw new Error('invalid');
    expect(computeTotal(plain.value, { task: fromCenti(7000) }, 9900).totalCenti).toBe(7000);
  });
});

describe('a carried part with a pass mark', () => {
  it('fails a finalist whose feeder total is under it: no title, though the total ranks first', () => {
    const scheme = finalScheme(80);
    // 79.99 carried, 95.00 practical: 23.997 + 66.50 = 90.497 → 90.50, but the carried part fails.
    const failing = total(scheme, 7999, 9500);
    expect(failing.totalCenti).toBe(9050);
    expect(failing.parts[0]).toMatchObject({ key: 'prelim', scaledCenti: 7999, passed: false });
    expect(failing.allPartsPassed).toBe(false);
    expect(failedPartKeys(failing)).toEqual(['prelim']);
    // 85.00 carried, 80.00 practical: 25.50 + 56.00 = 81.50, every part passed.
    const passing = total(scheme, 8500, 8000);
    expect(passing.allPartsPassed).toBe(true);

    const ranked = rankContestants(
      [
        { id: 1, result: failing },
        { id: 2, result: passing },
        { id: 3, result: total(scheme, 8000, 7000) }, // 24.00 + 49.00 = 73.00
      ].map(({ id, result }) => ({
        id,
        totalCenti: result.totalCenti,
        partScaledCenti: Object.fromEntries(result.parts.map((p) => [p.key, p.scaledCenti])),
        criterionPoints: result.criteria,
        timeSeconds: null,
        guest: false,
      })),
      [{ by: 'PART', partKey: 'practical', order: 'DESC' }],
    );
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    const policy = validateTitlePolicy(defaultTitlePolicy());
    if (!policy.ok) throw new Error('invalid policy');
    const results = new Map([
      [1, failing],
      [2, passing],
      [3, total(scheme, 8000, 7000)],
    ]);
    const decisions = awardTitles(
      ranked.map((r) => {
        const result = results.get(r.id)!;
        return {
          id: r.id,
          rank: r.rank,
          guest: false,
          totalCenti: result.totalCenti,
          allPartsPassed: result.allPartsPassed,
          failedParts: failedPartKeys(result),
        };
      }),
      policy.value,
      { minField: 3, approvedEntrants: 3, partNames: { prelim: '初赛成绩', practical: '实操' } },
    );
    expect(decisions.map((d) => [d.id, d.title])).toEqual([
      [1, null],
      [2, 'PACESETTER'],
      [3, 'PACESETTER'],
    ]);
    expect(decisions[0].detail).toBe('rank 1, but part prelim not passed');
    expect(decisions[0].detailZh).toContain('初赛成绩');
  });
});

describe('a tie at the total broken by the carried part', () => {
  const scheme = finalScheme();
  // 80.00 carried + 90.00 practical = 24.00 + 63.00 = 87.00;
  // 94.00 carried + 84.00 practical = 28.20 + 58.80 = 87.00.
  const stronger = total(scheme, 8000, 9000);
  const carriedIn = total(scheme, 9400, 8400);
  const rank = (chain: TieBreakKey[]) =>
    rankContestants(
      [
        { id: 1, result: stronger },
        { id: 2, result: carriedIn },
      ].map(({ id, result }) => ({
        id,
        totalCenti: result.totalCenti,
        partScaledCenti: Object.fromEntries(result.parts.map((p) => [p.key, p.scaledCenti])),
        criterionPoints: result.criteria,
        timeSeconds: 600,
        guest: false,
      })),
      chain,
    ).map((r) => [r.id, r.rank, r.tied]);

  it('has the two tied at 87.00', () => {
    expect([stronger.totalCenti, carriedIn.totalCenti]).toEqual([8700, 8700]);
  });

  it('ranks the higher feeder total first when the chain names the carried part', () => {
    expect(rank([{ by: 'PART', partKey: 'prelim', order: 'DESC' }])).toEqual([
      [2, 1, false],
      [1, 2, false],
    ]);
  });

  it('ranks the better final work first under the default chain (practical part, then time)', () => {
    expect(
      rank([
        { by: 'PART', partKey: 'practical', order: 'DESC' },
        { by: 'TIME', order: 'ASC' },
      ]),
    ).toEqual([
      [1, 1, false],
      [2, 2, false],
    ]);
  });

  it('shares the rank when the chain breaks nothing', () => {
    expect(rank([{ by: 'TIME', order: 'ASC' }])).toEqual([
      [1, 1, true],
      [2, 1, true],
    ]);
  });
});
