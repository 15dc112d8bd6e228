import { award, guest, ladderOf, official, policy, tieGroups } from './titles.fixtures';

/*
 * Ties at every boundary of the default ladder (C 1 | P 2–3 | E 4–10 | X 11–15), under both
 * policies. Fields are written as tie-group sizes: [1, 2, 1] means ranks 1, 2, 2, 4. The result
 * has one letter per contestant, groups separated by spaces: C P E X titles, '-' outside the
 * ladder, '!' excluded by the strict policy.
 *   INCLUDE_ALL: a group gets the rung of its rank (its first position).
 *   EXCLUDE_ALL: a group gets the rung of its last position, or nothing past the ladder's end.
 */

const include = policy({ tieAtBoundary: 'INCLUDE_ALL' });
const exclude = policy({ tieAtBoundary: 'EXCLUDE_ALL' });
const ones = (n: number) => Array.from({ length: n }, () => 1);

describe('awardTitles: ties at every boundary of the default ladder', () => {
  it.each([
    // [label, tie-group sizes, INCLUDE_ALL, EXCLUDE_ALL]
    ['no ties', ones(16), 'C P P E E E E E E E X X X X X -', 'C P P E E E E E E E X X X X X -'],
    ['two tied at rank 1 (the next rank is 3)', [2, 1, 1], 'CC P E', 'PP P E'],
    ['three tied at rank 1 fill 1–3', [3, 1], 'CCC E', 'PPP E'],
    ['four tied at rank 1 reach position 4', [4, 1], 'CCCC E', 'EEEE E'],
    ['a tie inside PACESETTER (2–3)', [1, 2, 1], 'C PP E', 'C PP E'],
    ['a tie at 3 spills to position 4; the next is rank 5', [1, 1, 2, 1], 'C P PP E', 'C P EE E'],
    ['three tied at 3 reach position 5', [1, 1, 3, 1], 'C P PPP E', 'C P EEE E'],
    ['a tie inside EXPERT', [1, 1, 1, 3, 1], 'C P P EEE E', 'C P P EEE E'],
    [
      'a tie at 10 spills into EXCELLENT',
      [...ones(9), 2, 1],
      'C P P E E E E E E EE X',
      'C P P E E E E E E XX X',
    ],
    [
      'a tie at 10 of 7 reaches position 16, past the ladder',
      [...ones(9), 7],
      'C P P E E E E E E EEEEEEE',
      'C P P E E E E E E !!!!!!!',
    ],
    [
      'a tie at 15 spills past the ladder',
      [...ones(14), 2],
      'C P P E E E E E E E X X X X XX',
      'C P P E E E E E E E X X X X !!',
    ],
    [
      'a tie at 14 of 3 ends at position 16',
      [...ones(13), 3],
      'C P P E E E E E E E X X X XXX',
      'C P P E E E E E E E X X X !!!',
    ],
    [
      'a tie at 14 of 2 ends exactly at 15',
      [...ones(13), 2, 1],
      'C P P E E E E E E E X X X XX -',
      'C P P E E E E E E E X X X XX -',
    ],
    [
      'a tie at 16, outside the ladder either way',
      [...ones(15), 2],
      'C P P E E E E E E E X X X X X --',
      'C P P E E E E E E E X X X X X --',
    ],
    ['the whole field of 16 tied', [16], 'CCCCCCCCCCCCCCCC', '!!!!!!!!!!!!!!!!'],
    ['the whole field of 15 tied ends exactly at 15', [15], 'CCCCCCCCCCCCCCC', 'XXXXXXXXXXXXXXX'],
    ['two tied at 1, two tied at 3', [2, 2, 1], 'CC PP E', 'PP EE E'],
  ])('%s', (_label, sizes, included, excluded) => {
    expect(ladderOf(sizes, include)).toBe(included);
    expect(ladderOf(sizes, exclude)).toBe(excluded);
  });
});

describe('awardTitles: tie details', () => {
  it('INCLUDE_ALL says the rank was shared', () => {
    const decision = award(tieGroups([1, 1, 2]), include)[2];
    expect([decision.title, decision.detail, decision.detailZh]).toEqual([
      'PACESETTER',
      'rank 3 (tied): PACESETTER (ranks 2–3)',
      '并列第3名：技术标兵（第2–3名）',
    ]);
  });

  it('EXCLUDE_ALL explains a group moved down a rung', () => {
    const decision = award(tieGroups([2, 1]), exclude)[0];
    expect([decision.title, decision.reason]).toEqual(['PACESETTER', 'AWARDED']);
    expect(decision.detail).toBe(
      'tied at rank 1 over positions 1–2, which straddle the end of CHAMPION (rank 1): the strict tie policy gives PACESETTER (ranks 2–3)',
    );
    expect(decision.detailZh).toBe(
      '并列第1名（占第1–2位），跨越技术状元（第1名）的名次界限，按严格并列规则授予技术标兵（第2–3名）',
    );
  });

  it('EXCLUDE_ALL explains a group left without a title', () => {
    const decision = award(tieGroups([...ones(14), 2]), exclude)[14];
    expect([decision.title, decision.reason]).toEqual([null, 'TIE_AT_BOUNDARY_EXCLUDED']);
    expect(decision.detail).toBe(
      'tied at rank 15 over positions 15–16, which straddle the end of EXCELLENT (ranks 11–15): the strict tie policy awards no title',
    );
    expect(decision.detailZh).toBe(
      '并列第15名（占第15–16位），跨越优秀选手（第11–15名）的名次界限，按严格并列规则不授予称号',
    );
  });
});

describe('awardTitles: ties with ineligible and guest contestants', () => {
  it('INCLUDE_ALL: of two tied champions one is below 60; the other is still champion, the next PACESETTER', () => {
    const field = [official(1, 1), official(2, 1, { totalCenti: 5999 }), official(3, 3)];
    expect(award(field, include).map((d) => [d.title, d.reason])).toEqual([
      ['CHAMPION', 'AWARDED'],
      [null, 'BELOW_MIN_TOTAL'],
      ['PACESETTER', 'AWARDED'],
    ]);
  });

  it('EXCLUDE_ALL: an ineligible member still occupies a position of the group', () => {
    const field = [
      official(1, 1),
      official(2, 2),
      official(3, 3),
      official(4, 3, { allPartsPassed: false, failedParts: ['theory'] }),
      official(5, 5),
    ];
    expect(award(field, exclude).map((d) => [d.title, d.reason])).toEqual([
      ['CHAMPION', 'AWARDED'],
      ['PACESETTER', 'AWARDED'],
      ['EXPERT', 'AWARDED'],
      [null, 'PART_NOT_PASSED'],
      ['EXPERT', 'AWARDED'],
    ]);
  });

  it('EXCLUDE_ALL: a guest equal to an official does not make a group', () => {
    // Ranks from rankContestants: the guest shows rank 3 beside the official at 3.
    const field = [official(1, 1), official(2, 2), official(3, 3), guest(4, 3), official(5, 4)];
    expect(award(field, exclude).map((d) => d.title)).toEqual([
      'CHAMPION',
      'PACESETTER',
      'PACESETTER',
      null,
      'EXPERT',
    ]);
  });

  it('an absent contestant takes no position in a group', () => {
    const field = [official(1, 1), official(2, null), official(3, 2), official(4, 3)];
    expect(award(field, exclude).map((d) => d.title)).toEqual([
      'CHAMPION',
      null,
      'PACESETTER',
      'PACESETTER',
    ]);
  });
});
