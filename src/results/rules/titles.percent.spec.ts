import type { RankRounding, TitleRung } from '../../contests/rules/contest-rules.types';
import { award, counts, distinct, guest, ladderOf, official, policy } from './titles.fixtures';

/*
 * Percentage rungs: the cutoff rank is percent × N, N being the official ranked field, rounded by
 * the rung's rule. Rungs are cumulative: each covers the ranks after the rungs above, up to its
 * own cutoff. Cutoffs are computed exactly: 14% of 50 is 7, where 0.14 * 50 is 7.000000000000001.
 */

const pct = (
  title: TitleRung['title'],
  percentCenti: number,
  rounding: RankRounding = 'FLOOR',
): TitleRung => ({
  title,
  kind: 'PERCENT',
  percentCenti,
  rounding,
});
const champions = (percentCenti: number, rounding: RankRounding, n: number): number =>
  counts(award(distinct(n), policy({ rungs: [pct('CHAMPION', percentCenti, rounding)] }))).CHAMPION;

describe('awardTitles: one percentage rung and its rounding', () => {
  it.each([
    // [percent ×100, field, FLOOR, CEIL, HALF_UP]
    ['10% of 25 = 2.5', 1000, 25, 2, 3, 3],
    ['10% of 24 = 2.4', 1000, 24, 2, 3, 2],
    ['10% of 26 = 2.6', 1000, 26, 2, 3, 3],
    ['10% of 20 = 2 exactly', 1000, 20, 2, 2, 2],
    ['10% of 5 = 0.5: FLOOR gives nobody', 1000, 5, 0, 1, 1],
    ['10% of 4 = 0.4', 1000, 4, 0, 1, 0],
    ['12.5% of 16 = 2 exactly', 1250, 16, 2, 2, 2],
    ['33.33% of 3 = 0.9999', 3333, 3, 0, 1, 1],
    ['14% of 50 = 7 exactly (a double says 7.000000000000001)', 1400, 50, 7, 7, 7],
    ['57% of 100 = 57 exactly (a double says 56.99999999999999)', 5700, 100, 57, 57, 57],
    ['0.01% of 3 = 0.0003', 1, 3, 0, 1, 0],
    ['100% of 7', 10000, 7, 7, 7, 7],
  ])('%s → FLOOR %p… (FLOOR, CEIL, HALF_UP)', (_label, percentCenti, n, floor, ceil, halfUp) => {
    expect([
      champions(percentCenti, 'FLOOR', n),
      champions(percentCenti, 'CEIL', n),
      champions(percentCenti, 'HALF_UP', n),
    ]).toEqual([floor, ceil, halfUp]);
  });

  it('shows the trap it avoids: Math.ceil(0.14 * 50) is 8', () => {
    expect(Math.ceil(0.14 * 50)).toBe(8);
    expect(champions(1400, 'CEIL', 50)).toBe(7);
  });

  it('explains the cutoff in the detail', () => {
    const decisions = award(distinct(25), policy({ rungs: [pct('CHAMPION', 1000)] }));
    expect([decisions[1].detail, decisions[1].detailZh]).toEqual([
      'rank 2: CHAMPION (top 10.00% of 25 ranked, FLOOR: ranks 1–2)',
      '第2名：技术状元（前10.00%，25人中第1–2名）',
    ]);
    expect(decisions[2].reason).toBe('OUTSIDE_LADDER');
  });
});

describe('awardTitles: cumulative percentage rungs', () => {
  const ladder = policy({
    rungs: [
      pct('CHAMPION', 500),
      pct('PACESETTER', 1500),
      pct('EXPERT', 3000),
      pct('EXCELLENT', 5000),
    ],
  });

  it('5 / 15 / 30 / 50% of 40 cover ranks 1–2, 3–6, 7–12, 13–20', () => {
    expect(counts(award(distinct(40), ladder))).toEqual({
      CHAMPION: 2,
      PACESETTER: 4,
      EXPERT: 6,
      EXCELLENT: 8,
    });
    const decisions = award(distinct(40), ladder);
    expect(decisions[5].detail).toBe(
      'rank 6: PACESETTER (top 15.00% of 40 ranked, FLOOR: ranks 3–6)',
    );
    expect(decisions[20].reason).toBe('OUTSIDE_LADDER');
  });

  it('a rung whose cutoff the rung above already reached covers nobody', () => {
    // 5% of 10 = 0 (no champion); 15% of 10 = 1; 30% = 3; 50% = 5.
    expect(counts(award(distinct(10), ladder))).toEqual({
      CHAMPION: 0,
      PACESETTER: 1,
      EXPERT: 2,
      EXCELLENT: 2,
    });
  });

  it('rank rungs then a percentage: CHAMPION 1, PACESETTER to 10% of 30 = 3, EXPERT to 30% = 9', () => {
    const rungs: TitleRung[] = [
      { title: 'CHAMPION', kind: 'RANKS', fromRank: 1, toRank: 1 },
      pct('PACESETTER', 1000),
      pct('EXPERT', 3000),
    ];
    expect(counts(award(distinct(30), policy({ rungs })))).toEqual({
      CHAMPION: 1,
      PACESETTER: 2,
      EXPERT: 6,
      EXCELLENT: 0,
    });
  });

  it('a percentage below the rank rungs above is empty, and says so', () => {
    const rungs: TitleRung[] = [
      { title: 'CHAMPION', kind: 'RANKS', fromRank: 1, toRank: 3 },
      pct('PACESETTER', 1000),
      pct('EXPERT', 5000),
    ];
    const decisions = award(distinct(20), policy({ rungs }));
    expect(counts(decisions)).toEqual({ CHAMPION: 3, PACESETTER: 0, EXPERT: 7, EXCELLENT: 0 });
    expect(decisions[3].detail).toBe('rank 4: EXPERT (top 50.00% of 20 ranked, FLOOR: ranks 4–10)');
  });
});

describe('awardTitles: the field N counts ranked officials only', () => {
  const ladder = policy({ rungs: [pct('CHAMPION', 2000)] });

  it('10 officials and 10 guests: 20% is 2 champions, not 4', () => {
    const field = [...distinct(10), ...Array.from({ length: 10 }, (_, i) => guest(100 + i, i + 1))];
    const decisions = award(field, ladder);
    expect(counts(decisions).CHAMPION).toBe(2);
    expect(decisions[0].detail).toContain('of 10 ranked');
  });

  it('absent officials are not in the field: 10 ranked + 5 absent, 20% is 2', () => {
    const field = [
      ...distinct(10),
      ...Array.from({ length: 5 }, (_, i) => official(100 + i, null)),
    ];
    expect(counts(award(field, ladder)).CHAMPION).toBe(2);
  });

  it('tied officials each count: ranks 1, 1, 3, 4, 5 are a field of 5; 20% → 1, and both tied are champions', () => {
    const field = [official(1, 1), official(2, 1), official(3, 3), official(4, 4), official(5, 5)];
    expect(award(field, ladder).map((d) => d.title)).toEqual([
      'CHAMPION',
      'CHAMPION',
      null,
      null,
      null,
    ]);
  });
});

describe('awardTitles: ties at a percentage cutoff', () => {
  const ladder = (tie: 'INCLUDE_ALL' | 'EXCLUDE_ALL') =>
    policy({ tieAtBoundary: tie, rungs: [pct('CHAMPION', 1000), pct('PACESETTER', 3000)] });
  const ones = (n: number) => Array.from({ length: n }, () => 1);

  it.each([
    // 20 ranked: CHAMPION to rank 2, PACESETTER 3–6.
    [
      'a tie at 2 spills over the 10% cutoff',
      [1, 2, ...ones(17)],
      'C CC P P P - - - - - - - - - - - - - -',
      'C PP P P P - - - - - - - - - - - - - -',
    ],
    [
      'a tie at 6 spills over the 30% cutoff',
      [...ones(5), 2, ...ones(13)],
      'C C P P P PP - - - - - - - - - - - - -',
      'C C P P P !! - - - - - - - - - - - - -',
    ],
    [
      'three tied at 1 pass the 10% cutoff',
      [3, ...ones(17)],
      'CCC P P P - - - - - - - - - - - - - -',
      'PPP P P P - - - - - - - - - - - - - -',
    ],
  ])('%s', (_label, sizes, included, excluded) => {
    expect(ladderOf(sizes, ladder('INCLUDE_ALL'))).toBe(included);
    expect(ladderOf(sizes, ladder('EXCLUDE_ALL'))).toBe(excluded);
  });
});
