import { award, distinct, official, policy } from './titles.fixtures';
import { TitleInput } from './titles';

/*
 * Eligibility is checked after the rung: total ≥ the minimum and, if the policy says so, every part
 * passed. A title someone is not eligible for is not passed down to the next contestant.
 */

const PART_NAMES = { theory: '理论', practical: '实操', defence: '答辩' };

/** A field of 5 ranked 1..5 where the contestant at `rank` is replaced with the given values. */
function fieldWith(rank: number, over: Partial<TitleInput>): TitleInput[] {
  return distinct(5).map((o) => (o.rank === rank ? { ...o, ...over } : o));
}
const failing = (...parts: string[]) => ({ allPartsPassed: false, failedParts: parts });

describe('awardTitles: minimum total', () => {
  it.each([
    ['60.00 exactly qualifies', 6000, 'CHAMPION', 'AWARDED'],
    ['59.99 does not', 5999, null, 'BELOW_MIN_TOTAL'],
    ['100.00 qualifies', 10000, 'CHAMPION', 'AWARDED'],
    ['0.00 does not', 0, null, 'BELOW_MIN_TOTAL'],
  ])('%s', (_label, totalCenti, title, reason) => {
    const [decision] = award(fieldWith(1, { totalCenti }));
    expect([decision.title, decision.reason]).toEqual([title, reason]);
  });

  it('a custom minimum of 72.50: 72.50 qualifies, 72.49 does not', () => {
    const strict = policy({ minTotalCenti: 7250 });
    expect(award(fieldWith(2, { totalCenti: 7250 }), strict)[1].title).toBe('PACESETTER');
    expect(award(fieldWith(2, { totalCenti: 7249 }), strict)[1].reason).toBe('BELOW_MIN_TOTAL');
  });

  it('a minimum of 0 lets any total through', () => {
    expect(award(fieldWith(1, { totalCenti: 0 }), policy({ minTotalCenti: 0 }))[0].title).toBe(
      'CHAMPION',
    );
  });

  it('explains the shortfall with both amounts', () => {
    const decision = award(fieldWith(3, { totalCenti: 5999 }))[2];
    expect([decision.detail, decision.detailZh]).toEqual([
      'rank 3, but total 59.99 is below the minimum 60.00',
      '第3名，但总分59.99低于最低分60.00',
    ]);
  });
});

describe('awardTitles: parts passed', () => {
  it('failing one part: rank 3, but part practical not passed', () => {
    const decision = award(fieldWith(3, failing('practical')), policy(), {
      partNames: PART_NAMES,
    })[2];
    expect([decision.title, decision.reason, decision.detail, decision.detailZh]).toEqual([
      null,
      'PART_NOT_PASSED',
      'rank 3, but part practical not passed',
      '第3名，但实操部分未及格',
    ]);
  });

  it('failing two parts names both', () => {
    const decision = award(fieldWith(1, failing('theory', 'practical')), policy(), {
      partNames: PART_NAMES,
    })[0];
    expect([decision.detail, decision.detailZh]).toEqual([
      'rank 1, but parts theory, practical not passed',
      '第1名，但理论、实操部分未及格',
    ]);
  });

  it('without part names the Chinese detail uses the part key', () => {
    expect(award(fieldWith(1, failing('defence')))[0].detailZh).toBe('第1名，但defence部分未及格');
  });

  it('a failed part does not matter when the policy does not require all parts passed', () => {
    const lenient = policy({ requireAllPartsPassed: false });
    const decision = award(fieldWith(1, failing('theory')), lenient)[0];
    expect([decision.title, decision.reason]).toEqual(['CHAMPION', 'AWARDED']);
  });

  it('below the minimum and a failed part: BELOW_MIN_TOTAL, and the detail names both', () => {
    const decision = award(fieldWith(2, { totalCenti: 5500, ...failing('practical') }), policy(), {
      partNames: PART_NAMES,
    })[1];
    expect([decision.reason, decision.detail, decision.detailZh]).toEqual([
      'BELOW_MIN_TOTAL',
      'rank 2, but total 55.00 is below the minimum 60.00 and part practical not passed',
      '第2名，但总分55.00低于最低分60.00，且实操部分未及格',
    ]);
  });

  it('below the minimum with parts not required: the detail names only the total', () => {
    const lenient = policy({ requireAllPartsPassed: false });
    const decision = award(fieldWith(2, { totalCenti: 5500, ...failing('practical') }), lenient)[1];
    expect(decision.detail).toBe('rank 2, but total 55.00 is below the minimum 60.00');
  });
});

describe('awardTitles: titles are not passed down', () => {
  it('an ineligible champion leaves CHAMPION unawarded; rank 2 stays PACESETTER', () => {
    const decisions = award(fieldWith(1, { totalCenti: 5000 }));
    expect(decisions.map((d) => d.title)).toEqual([
      null,
      'PACESETTER',
      'PACESETTER',
      'EXPERT',
      'EXPERT',
    ]);
  });

  it('an ineligible rank 3 does not move rank 4 up to PACESETTER', () => {
    const decisions = award(fieldWith(3, failing('theory')));
    expect(decisions.map((d) => d.title)).toEqual([
      'CHAMPION',
      'PACESETTER',
      null,
      'EXPERT',
      'EXPERT',
    ]);
  });

  it('ineligibility does not change the field N used by percentages', () => {
    const rungs = [
      { title: 'CHAMPION', kind: 'PERCENT', percentCenti: 4000, rounding: 'FLOOR' },
    ] as const;
    // 40% of 5 = 2: ranks 1–2, whether or not rank 1 is eligible.
    const decisions = award(fieldWith(1, { totalCenti: 100 }), policy({ rungs: [...rungs] }));
    expect(decisions.map((d) => d.title)).toEqual([null, 'CHAMPION', null, null, null]);
  });
});

describe('awardTitles: precedence of reasons', () => {
  it('outside the ladder is the reason even with a low total and failed parts', () => {
    const field = [...distinct(15), official(16, 16, { totalCenti: 100, ...failing('theory') })];
    expect(award(field)[15].reason).toBe('OUTSIDE_LADDER');
  });

  it('a guest with a low total is GUEST', () => {
    const field = [...distinct(3), { ...official(9, 1, { totalCenti: 100 }), guest: true }];
    expect(award(field)[3].reason).toBe('GUEST');
  });

  it('the strict tie exclusion comes before eligibility', () => {
    const field = [...distinct(14), official(15, 15, { totalCenti: 100 }), official(16, 15)];
    const decisions = award(field, policy({ tieAtBoundary: 'EXCLUDE_ALL' }));
    expect(decisions.slice(14).map((d) => d.reason)).toEqual([
      'TIE_AT_BOUNDARY_EXCLUDED',
      'TIE_AT_BOUNDARY_EXCLUDED',
    ]);
  });

  it('a tied contestant moved down a rung who is ineligible is refused that lower rung', () => {
    const field = [official(1, 1, { totalCenti: 5000 }), official(2, 1), official(3, 3)];
    const decisions = award(field, policy({ tieAtBoundary: 'EXCLUDE_ALL' }));
    expect(decisions.map((d) => [d.title, d.reason])).toEqual([
      [null, 'BELOW_MIN_TOTAL'],
      ['PACESETTER', 'AWARDED'],
      ['PACESETTER', 'AWARDED'],
    ]);
    expect(decisions[0].detail).toBe('rank 1 (tied), but total 50.00 is below the minimum 60.00');
    expect(decisions[0].detailZh).toBe('并列第1名，但总分50.00低于最低分60.00');
  });
});
