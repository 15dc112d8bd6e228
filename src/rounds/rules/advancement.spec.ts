import { computeAdvancement } from './advancement';
import type { FeederResults } from './advancement.types';
import {
  advance,
  feedersOf,
  NOW,
  named,
  outcome,
  people,
  reasonOf,
  TWO_FEEDERS,
} from './advancement.fixtures';

/*
 * Worked examples of who advances from the feeders (选拔赛) to the next round. Each table is one
 * or more feeders' published results; see advancement.fixtures.ts for the columns and the unit
 * tree. Places per feeder, eligibility, ties at the cut, the overall modes.
 */

describe('TOP_N_PER_FEEDER: each feeder sends its best N', () => {
  const twoFeeders = TWO_FEEDERS;

  it('takes ranks 1–2 of each feeder; the rest of each feeder are its reserves, in rank order', () => {
    const list = advance(twoFeeders, { mode: 'TOP_N_PER_FEEDER', n: 2 });
    expect(outcome(list)).toEqual([
      '张伟 ADVANCED',
      '王芳 ADVANCED',
      '李娜 RESERVE 1',
      '刘洋 RESERVE 2',
      '陈静 ADVANCED',
      '杨帆 ADVANCED',
      '赵磊 RESERVE 1', // 87.00 beats 李娜's 85.25, but feeders are judged apart
    ]);
    expect(reasonOf(list, '王芳')).toEqual({
      code: 'WITHIN_FEEDER_TOP_N',
      feederContestId: 1,
      rank: 2,
      place: 2,
      n: 2,
      tiedAtCut: false,
    });
    expect(reasonOf(list, '刘洋')).toEqual({
      code: 'RESERVE_OF_FEEDER',
      feederContestId: 1,
      reserveNo: 2,
    });
  });

  it('gives the totals as published, exactly, and the feeder ranks', () => {
    const [first] = advance(twoFeeders, { mode: 'TOP_N_PER_FEEDER', n: 2 }).entries;
    expect(first).toMatchObject({ registrationId: 1, total: '92.50', rank: 1, confirmed: false });
  });

  it('is provisional while any feeder is only published, final once all are FINAL', () => {
    const rule = { mode: 'TOP_N_PER_FEEDER', n: 2 } as const;
    expect(advance(twoFeeders, rule).provisional).toBe(false);
    expect(advance(twoFeeders, rule, { specs: { 2: { status: 'PUBLISHED' } } }).provisional).toBe(
      true,
    );
  });

  it('sends everyone when a feeder has fewer than N', () => {
    const list = advance(twoFeeders, { mode: 'TOP_N_PER_FEEDER', n: 5 });
    expect(named(list, 'ADVANCED')).toHaveLength(7);
    expect(named(list, 'RESERVE')).toEqual([]);
  });
});

describe('who may advance', () => {
  // The guest shows rank 1 (where they would stand) beside the official rank 1.
  const field = `
    feeder | id | name | unit | total | rank | notes
    1      | 1  | 张伟 | 101  | 95.00 | 1    | guest
    1      | 2  | 王芳 | 101  | 88.00 | 1    |
    1      | 3  | 李娜 | 102  | 86.00 | 2    | failed
    1      | 4  | 刘洋 | 102  | 70.00 | 3    |
    1      | 5  | 陈静 | 201  | 59.99 | 4    |
    1      | 6  | 杨帆 | 201  | -     | -    | absent
    1      | 7  | 赵磊 | 30   | -     | -    | dq
  `;

  it('never a guest, an absentee or the disqualified; without conditions, anyone else', () => {
    const list = advance(field, { mode: 'TOP_N_PER_FEEDER', n: 3 });
    expect(outcome(list)).toEqual([
      '张伟 NOT_ELIGIBLE',
      '王芳 ADVANCED',
      '李娜 ADVANCED',
      '刘洋 ADVANCED',
      '陈静 RESERVE 1',
      '杨帆 NOT_ELIGIBLE',
      '赵磊 NOT_ELIGIBLE',
    ]);
    expect(['张伟', '杨帆', '赵磊'].map((name) => reasonOf(list, name)?.code)).toEqual([
      'GUEST',
      'ABSENT',
      'DISQUALIFIED',
    ]);
  });

  it('with minTotal and allPartsPassed, those short of them take no place and are no reserve', () => {
    const rule = {
      mode: 'TOP_N_PER_FEEDER',
      n: 3,
      minTotal: '60.00',
      allPartsPassed: true,
    } as const;
    const list = advance(field, rule);
    expect(outcome(list)).toEqual([
      '张伟 NOT_ELIGIBLE',
      '王芳 ADVANCED',
      '李娜 NOT_ELIGIBLE',
      '刘洋 ADVANCED', // rank 3, the second eligible: the third place stays empty
      '陈静 NOT_ELIGIBLE',
      '杨帆 NOT_ELIGIBLE',
      '赵磊 NOT_ELIGIBLE',
    ]);
    expect(reasonOf(list, '李娜')).toEqual({ code: 'PART_NOT_PASSED' });
    // 59.99 is short of 60.00 by one hundredth, compared exactly.
    expect(reasonOf(list, '陈静')).toEqual({
      code: 'BELOW_MIN_TOTAL',
      total: '59.99',
      minTotal: '60.00',
    });
    expect(reasonOf(list, '刘洋')).toMatchObject({ rank: 3, place: 2 });
  });

  it('a total exactly at minTotal is enough', () => {
    const list = advance(field, { mode: 'TOP_N_PER_FEEDER', n: 5, minTotal: 59.99 });
    expect(named(list, 'ADVANCED')).toEqual(['王芳', '李娜', '刘洋', '陈静']);
  });
});

describe('ties at the cut, inside one feeder', () => {
  // 王芳 and 李娜 both total 88.00; the feeder's chain (practical, then time) decides.
  it('a tie on the total that the feeder chain broke is no tie: rank 2 goes, rank 3 waits', () => {
    const list = advance(
      `
      feeder | id | name | unit | total | rank | notes
      1      | 1  | 张伟 | 101  | 92.50 | 1    | practical=66
      1      | 2  | 王芳 | 101  | 88.00 | 2    | practical=63
      1      | 3  | 李娜 | 102  | 88.00 | 3    | practical=61
      `,
      { mode: 'TOP_N_PER_FEEDER', n: 2, tiesAtCut: 'EXCLUDE_ALL' },
    );
    expect(outcome(list)).toEqual(['张伟 ADVANCED', '王芳 ADVANCED', '李娜 RESERVE 1']);
  });

  // A full tie: same total, same practical score, same time: both are rank 2.
  const fullTie = `
    feeder | id | name | unit | total | rank | notes
    1      | 1  | 张伟 | 101  | 92.50 | 1    |
    1      | 2  | 王芳 | 101  | 88.00 | 2    | practical=63 time=3000
    1      | 3  | 李娜 | 102  | 88.00 | 2    | practical=63 time=3000
    1      | 4  | 刘洋 | 102  | 80.00 | 4    |
  `;

  it('INCLUDE_ALL (default): everyone tied at the last place goes, three for two places', () => {
    const list = advance(fullTie, { mode: 'TOP_N_PER_FEEDER', n: 2 });
    expect(outcome(list)).toEqual([
      '张伟 ADVANCED',
      '王芳 ADVANCED',
      '李娜 ADVANCED',
      '刘洋 RESERVE 1',
    ]);
    expect(reasonOf(list, '李娜')).toMatchObject({ rank: 2, place: 2, tiedAtCut: true });
  });

  it('EXCLUDE_ALL: no one of the tie goes, the place stays empty, and they are the first reserves', () => {
    const list = advance(fullTie, { mode: 'TOP_N_PER_FEEDER', n: 2, tiesAtCut: 'EXCLUDE_ALL' });
    expect(outcome(list)).toEqual([
      '张伟 ADVANCED',
      '王芳 RESERVE 1',
      '李娜 RESERVE 1',
      '刘洋 RESERVE 3',
    ]);
    expect(reasonOf(list, '王芳')).toEqual({
      code: 'TIE_AT_CUT_EXCLUDED',
      line: { kind: 'FEEDER', feederContestId: 1 },
      place: 2,
      places: 2,
      tied: 2,
      reserveNo: 1,
    });
  });

  it('a full tie that fits inside the places is no tie at the cut', () => {
    const list = advance(fullTie, { mode: 'TOP_N_PER_FEEDER', n: 3, tiesAtCut: 'EXCLUDE_ALL' });
    expect(named(list, 'ADVANCED')).toEqual(['张伟', '王芳', '李娜']);
    expect(reasonOf(list, '李娜')).toMatchObject({ tiedAtCut: false });
  });
});

describe('TOP_N_OVERALL: the best N of all feeders together', () => {
  const onePaper = `
    feeder | id | name | unit | total | rank | notes
    1      | 1  | 张伟 | 101  | 92.00 | 1    |
    1      | 2  | 王芳 | 101  | 85.00 | 2    | practical=62
    1      | 3  | 李娜 | 102  | 80.00 | 3    |
    2      | 4  | 陈静 | 201  | 90.00 | 1    |
    2      | 5  | 杨帆 | 201  | 85.00 | 2    | practical=65
    2      | 6  | 赵磊 | 30   | 84.00 | 3    |
  `;

  it('compares totals across feeders, then the tie-break keys the feeders share', () => {
    const list = advance(onePaper, { mode: 'TOP_N_OVERALL', n: 3 });
    expect(outcome(list)).toEqual([
      '张伟 ADVANCED',
      '王芳 RESERVE 1', // 85.00 like 杨帆, but 62 against 65 on the practical part
      '李娜 RESERVE 3',
      '陈静 ADVANCED',
      '杨帆 ADVANCED',
      '赵磊 RESERVE 2',
    ]);
    expect(reasonOf(list, '杨帆')).toEqual({
      code: 'WITHIN_TOP_N_OVERALL',
      place: 3,
      n: 3,
      tiedAtCut: false,
    });
    expect(reasonOf(list, '赵磊')).toEqual({ code: 'RESERVE_OVERALL', reserveNo: 2 });
  });

  it('a key only one feeder ranks by breaks no tie across feeders: a full tie at the cut', () => {
    // Feeder 2 ranks by time alone, so no key is shared and 85.00 against 85.00 is a full tie.
    const specs = { 2: { tieBreak: [{ by: 'TIME' as const, order: 'ASC' as const }] } };
    const included = advance(onePaper, { mode: 'TOP_N_OVERALL', n: 3 }, { specs });
    expect(named(included, 'ADVANCED')).toEqual(['张伟', '王芳', '陈静', '杨帆']);
    const excluded = advance(
      onePaper,
      { mode: 'TOP_N_OVERALL', n: 3, tiesAtCut: 'EXCLUDE_ALL' },
      { specs },
    );
    expect(named(excluded, 'ADVANCED')).toEqual(['张伟', '陈静']);
    expect(reasonOf(excluded, '王芳')).toMatchObject({ code: 'TIE_AT_CUT_EXCLUDED', tied: 2 });
  });
});

/**
 * A feeder of `count` officials at 99.00, 98.00, … (and, when asked, a guest and an absentee);
 * equal totals in two such feeders are full ties.
 */
function field(feeder: number, firstId: number, count: number, extras = false): string {
  const lines = Array.from({ length: count }, (_, i) => {
    const total = `${99 - i}.00`;
    return `${feeder} | ${firstId + i} | 选手${firstId + i} | 101 | ${total} | ${i + 1} | practical=60 time=3000`;
  });
  if (extras) {
    lines.push(`${feeder} | ${firstId + count} | 来宾 | 101 | 100.00 | 1 | guest`);
    lines.push(`${feeder} | ${firstId + count + 1} | 缺考 | 101 | - | - | absent`);
  }
  return lines.join('\n');
}

const table = (...feeders: string[]) =>
  ['feeder | id | name | unit | total | rank | notes', ...feeders].join('\n');

describe('TOP_PERCENT: a share of the official ranked field of all feeders, rounded down', () => {
  it('10 % of 25 is 2.5, so 2 advance; guests and absentees are not in the field', () => {
    // Feeder 1: 99.00 … 87.00 (13); feeder 2: 99.00 … 88.00 (12); each also a guest and an absentee.
    const list = advance(table(field(1, 1, 13, true), field(2, 101, 12, true)), {
      mode: 'TOP_PERCENT',
      percent: 10,
    });
    const advanced = list.entries.filter((e) => e.status === 'ADVANCED');
    expect(advanced.map((e) => e.registrationId)).toEqual([1, 101]); // both at 99.00
    expect(advanced[0].reason).toEqual({
      code: 'WITHIN_TOP_PERCENT',
      place: 1,
      places: 2,
      percent: '10.00',
      field: 25,
      tiedAtCut: false,
    });
  });

  it('29 % of 100 is 29, where 100 × 0.29 in binary floating point is 28.999…', () => {
    const list = advance(table(field(1, 1, 100)), { mode: 'TOP_PERCENT', percent: 29 });
    expect(named(list, 'ADVANCED')).toHaveLength(29);
  });

  it('12.5 % of 25 is 3.125, so 3; 3.99 % of 25 is 0.9975, so nobody', () => {
    const field25 = table(field(1, 1, 25));
    expect(
      named(advance(field25, { mode: 'TOP_PERCENT', percent: '12.5' }), 'ADVANCED'),
    ).toHaveLength(3);
    const none = advance(field25, { mode: 'TOP_PERCENT', percent: '3.99' });
    expect(named(none, 'ADVANCED')).toEqual([]);
    expect(none.entries[0].reason).toEqual({ code: 'RESERVE_OVERALL', reserveNo: 1 });
  });

  it('entrants short of minTotal still count in the field, but do not advance', () => {
    // 10 officials at 99.00 … 90.00; 50 % of 10 = 5 places, but only 99.00 … 96.00 reach 96.
    const list = advance(table(field(1, 1, 10)), {
      mode: 'TOP_PERCENT',
      percent: 50,
      minTotal: 96,
    });
    expect(named(list, 'ADVANCED')).toHaveLength(4);
    expect(list.entries[0].reason).toMatchObject({ field: 10, places: 5 });
  });
});

describe('inputs that cannot be right are refused loudly', () => {
  const rule = { mode: 'TOP_N_PER_FEEDER', n: 1 } as const;
  const feeders = feedersOf(
    people(`
      feeder | id | name | unit | total | rank
      1      | 1  | 张伟 | 101  | 92.50 | 1
      2      | 2  | 王芳 | 101  | 88.00 | 1
    `),
  );
  const run = (changed: FeederResults[]) => () =>
    computeAdvancement({ feeders: changed, rule, now: NOW });

  it.each([
    ['a feeder not published', [{ ...feeders[0], status: 'REVIEW' }, feeders[1]], /not published/],
    ['a feeder twice', [feeders[0], feeders[0]], /Feeder 1 is listed twice/],
    [
      'a registration in two feeders',
      [feeders[0], { ...feeders[1], rows: feeders[0].rows }],
      /Registration 1 is listed twice/,
    ],
    [
      'a ranked entrant without a rank',
      [{ ...feeders[0], rows: [{ ...feeders[0].rows[0], rank: null }] }],
      /ranked but has no rank/,
    ],
    [
      'a total in points where hundredths were meant',
      [{ ...feeders[0], rows: [{ ...feeders[0].rows[0], totalCenti: 92.5 }] }],
      /not in hundredths/,
    ],
  ] as [string, FeederResults[], RegExp][])('%s', (_label, changed, message) => {
    expect(run(changed)).toThrow(message);
  });

  it('an invalid rule', () => {
    expect(() =>
      computeAdvancement({ feeders, rule: { mode: 'TOP_N_PER_FEEDER' }, now: NOW }),
    ).toThrow(/Invalid advancement rule/);
  });
});
