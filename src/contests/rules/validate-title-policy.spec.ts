import { TitlePolicy } from './contest-rules.types';
import { defaultTitlePolicy, validateTitlePolicy } from './validate-title-policy';

type Loose = Record<string, unknown>;

const ranks = (title: string, fromRank: unknown, toRank: unknown): Loose => ({
  title,
  fromRank,
  toRank,
});
const percent = (title: string, value: unknown, rounding?: unknown): Loose =>
  rounding === undefined ? { title, percent: value } : { title, percent: value, rounding };

function valid(input: unknown): TitlePolicy {
  const result = validateTitlePolicy(input);
  if (!result.ok) throw new Error(`expected a valid policy, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

function issues(input: unknown): Array<[string, string]> {
  const result = validateTitlePolicy(input);
  if (result.ok) throw new Error('expected issues, the policy was accepted');
  return result.issues.map((i) => [i.code, i.path]);
}

function message(input: unknown, code: string): string {
  const result = validateTitlePolicy(input);
  return result.ok ? '' : (result.issues.find((i) => i.code === code)?.message ?? '');
}

describe('defaultTitlePolicy', () => {
  it('is the docs/setup.md ladder and validates to its normalised form', () => {
    expect(valid(defaultTitlePolicy())).toEqual({
      rungs: [
        { title: 'CHAMPION', kind: 'RANKS', fromRank: 1, toRank: 1 },
        { title: 'PACESETTER', kind: 'RANKS', fromRank: 2, toRank: 3 },
        { title: 'EXPERT', kind: 'RANKS', fromRank: 4, toRank: 10 },
        { title: 'EXCELLENT', kind: 'RANKS', fromRank: 11, toRank: 15 },
      ],
      minTotalCenti: 6000,
      requireAllPartsPassed: true,
      tieAtBoundary: 'INCLUDE_ALL',
    });
  });

  it('returns a fresh object each time, so one caller cannot change another default', () => {
    const first = defaultTitlePolicy();
    first.rungs.pop();
    expect(defaultTitlePolicy().rungs).toHaveLength(4);
  });
});

describe('validateTitlePolicy: shape and defaults', () => {
  it('fills in minTotal 60, all parts passed and INCLUDE_ALL when they are left out', () => {
    expect(valid({ rungs: [] })).toEqual({
      rungs: [],
      minTotalCenti: 6000,
      requireAllPartsPassed: true,
      tieAtBoundary: 'INCLUDE_ALL',
    });
  });

  it('keeps explicit settings', () => {
    const policy = valid({
      rungs: [],
      minTotal: '72.5',
      requireAllPartsPassed: false,
      tieAtBoundary: 'EXCLUDE_ALL',
    });
    expect(policy).toMatchObject({
      minTotalCenti: 7250,
      requireAllPartsPassed: false,
      tieAtBoundary: 'EXCLUDE_ALL',
    });
  });

  it.each([[null], [[]], ['ladder']])('refuses a policy that is not an object: %p', (input) => {
    expect(issues(input)).toEqual([['POLICY_INVALID', '']]);
  });

  it.each([
    ['missing', {}],
    ['not a list', { rungs: 'CHAMPION' }],
    ['five rungs', { rungs: [1, 2, 3, 4, 5].map((r) => ranks('CHAMPION', r, r)) }],
  ])('refuses rungs that are %s', (_label, input) => {
    expect(issues(input)).toContainEqual(['RUNGS_INVALID', 'rungs']);
  });

  it.each([[-1], [100.01], [60.005], ['sixty'], [null]])('refuses minTotal %p', (minTotal) => {
    expect(issues({ rungs: [], minTotal })).toEqual([['MIN_TOTAL_INVALID', 'minTotal']]);
  });

  it.each([
    [0, 0],
    [100, 10000],
    ['59.99', 5999],
  ])('accepts minTotal %p', (minTotal, centi) => {
    expect(valid({ rungs: [], minTotal }).minTotalCenti).toBe(centi);
  });

  it.each([['yes'], [1], [null]])('refuses requireAllPartsPassed %p', (flag) => {
    expect(issues({ rungs: [], requireAllPartsPassed: flag })).toEqual([
      ['REQUIRE_ALL_PARTS_PASSED_INVALID', 'requireAllPartsPassed'],
    ]);
  });

  it.each([['include_all'], ['SHARE'], [null]])('refuses tieAtBoundary %p', (tie) => {
    expect(issues({ rungs: [], tieAtBoundary: tie })).toEqual([
      ['TIE_POLICY_INVALID', 'tieAtBoundary'],
    ]);
  });

  it('refuses a rung that is not an object', () => {
    expect(issues({ rungs: ['CHAMPION'] })).toEqual([['RUNG_INVALID', 'rungs[0]']]);
  });
});

describe('validateTitlePolicy: titles', () => {
  it('accepts a subset of the ladder in order', () => {
    const policy = valid({ rungs: [ranks('CHAMPION', 1, 1), ranks('EXPERT', 2, 5)] });
    expect(policy.rungs.map((r) => r.title)).toEqual(['CHAMPION', 'EXPERT']);
  });

  it.each([['GOLD'], ['champion'], [undefined]])('refuses the title %p', (title) => {
    expect(issues({ rungs: [ranks(title as string, 1, 1)] })).toEqual([
      ['TITLE_INVALID', 'rungs[0].title'],
    ]);
  });

  it('refuses a title given twice', () => {
    const input = { rungs: [ranks('CHAMPION', 1, 1), ranks('CHAMPION', 2, 3)] };
    expect(issues(input)).toEqual([['DUPLICATE_TITLE', 'rungs[1].title']]);
  });

  it('refuses rungs out of ladder order and names the rung it must precede', () => {
    const input = { rungs: [ranks('PACESETTER', 1, 2), ranks('CHAMPION', 3, 3)] };
    expect(issues(input)).toEqual([['TITLE_ORDER', 'rungs[1].title']]);
    expect(message(input, 'TITLE_ORDER')).toContain('CHAMPION must come before PACESETTER');
  });
});

describe('validateTitlePolicy: rank-range rungs', () => {
  it('refuses a ladder that does not start at rank 1', () => {
    const input = { rungs: [ranks('CHAMPION', 2, 2)] };
    expect(issues(input)).toEqual([['RUNG_GAP', 'rungs[0].fromRank']]);
    expect(message(input, 'RUNG_GAP')).toContain('Ranks 1–1 would get no title');
  });

  it('refuses overlapping rungs and names the ranks covered twice', () => {
    const input = {
      rungs: [ranks('CHAMPION', 1, 1), ranks('PACESETTER', 2, 3), ranks('EXPERT', 3, 10)],
    };
    expect(issues(input)).toEqual([['RUNG_OVERLAP', 'rungs[2].fromRank']]);
    expect(message(input, 'RUNG_OVERLAP')).toContain('Ranks 3–3');
    expect(message(input, 'RUNG_OVERLAP')).toContain('start this rung at rank 4');
  });

  it('refuses a gap between rungs and names the ranks left without a title', () => {
    const input = {
      rungs: [ranks('CHAMPION', 1, 1), ranks('PACESETTER', 2, 3), ranks('EXPERT', 6, 10)],
    };
    expect(issues(input)).toEqual([['RUNG_GAP', 'rungs[2].fromRank']]);
    expect(message(input, 'RUNG_GAP')).toContain('Ranks 4–5 would get no title');
  });

  it('checks each rung against the one above even after a problem', () => {
    const input = {
      rungs: [ranks('CHAMPION', 1, 3), ranks('PACESETTER', 2, 3), ranks('EXPERT', 6, 6)],
    };
    expect(issues(input)).toEqual([
      ['RUNG_OVERLAP', 'rungs[1].fromRank'],
      ['RUNG_GAP', 'rungs[2].fromRank'],
    ]);
  });

  it.each([
    ['zero', 0, 1, 'fromRank'],
    ['a fraction', 1, 1.5, 'toRank'],
    ['a string', '1', 1, 'fromRank'],
    ['missing', 1, undefined, 'toRank'],
  ])('refuses a rank that is %s', (_label, from, to, field) => {
    expect(issues({ rungs: [ranks('CHAMPION', from, to)] })).toEqual([
      ['RANK_INVALID', `rungs[0].${field}`],
    ]);
  });

  it('refuses a range that runs backwards', () => {
    expect(issues({ rungs: [ranks('CHAMPION', 3, 1)] })).toEqual([
      ['RANK_RANGE_INVALID', 'rungs[0].toRank'],
    ]);
  });

  it('does not guess where a rung should start after an unreadable one', () => {
    const input = { rungs: [ranks('CHAMPION', 1, 'one'), ranks('PACESETTER', 5, 6)] };
    expect(issues(input)).toEqual([['RANK_INVALID', 'rungs[0].toRank']]);
  });

  it.each([
    ['both kinds', { title: 'CHAMPION', fromRank: 1, toRank: 1, percent: 5 }],
    ['a range with a rounding', { title: 'CHAMPION', fromRank: 1, toRank: 1, rounding: 'CEIL' }],
    ['neither kind', { title: 'CHAMPION' }],
  ])('refuses a rung with %s', (_label, rung) => {
    expect(issues({ rungs: [rung] })).toEqual([['RUNG_KIND_INVALID', 'rungs[0]']]);
  });
});

describe('validateTitlePolicy: percentage rungs', () => {
  it('reads a cumulative percent ladder with FLOOR as the default rounding', () => {
    const policy = valid({
      rungs: [
        percent('CHAMPION', 1),
        percent('PACESETTER', '5', 'CEIL'),
        percent('EXPERT', 15.5, 'HALF_UP'),
        percent('EXCELLENT', 100),
      ],
    });
    expect(policy.rungs).toEqual([
      { title: 'CHAMPION', kind: 'PERCENT', percentCenti: 100, rounding: 'FLOOR' },
      { title: 'PACESETTER', kind: 'PERCENT', percentCenti: 500, rounding: 'CEIL' },
      { title: 'EXPERT', kind: 'PERCENT', percentCenti: 1550, rounding: 'HALF_UP' },
      { title: 'EXCELLENT', kind: 'PERCENT', percentCenti: 10000, rounding: 'FLOOR' },
    ]);
  });

  it('accepts range rungs at the top followed by percentage rungs', () => {
    const policy = valid({
      rungs: [ranks('CHAMPION', 1, 1), ranks('PACESETTER', 2, 3), percent('EXPERT', 10)],
    });
    expect(policy.rungs.map((r) => r.kind)).toEqual(['RANKS', 'RANKS', 'PERCENT']);
  });

  it.each([[0], [-5], [100.01], [12.345], ['ten'], [null]])('refuses percent %p', (value) => {
    expect(issues({ rungs: [percent('CHAMPION', value)] })).toEqual([
      ['PERCENT_INVALID', 'rungs[0].percent'],
    ]);
  });

  it('refuses a rounding given without a percent', () => {
    expect(issues({ rungs: [{ title: 'CHAMPION', rounding: 'FLOOR' }] })).toEqual([
      ['PERCENT_INVALID', 'rungs[0].percent'],
    ]);
  });

  it.each([['floor'], ['ROUND'], [null]])('refuses the rounding %p', (rounding) => {
    expect(issues({ rungs: [percent('CHAMPION', 5, rounding)] })).toEqual([
      ['ROUNDING_INVALID', 'rungs[0].rounding'],
    ]);
  });

  it('refuses percentages that do not grow, because each counts from the top', () => {
    const input = {
      rungs: [percent('CHAMPION', 5), percent('PACESETTER', 5), percent('EXPERT', 3)],
    };
    expect(issues(input)).toEqual([
      ['PERCENT_NOT_INCREASING', 'rungs[1].percent'],
      ['PERCENT_NOT_INCREASING', 'rungs[2].percent'],
    ]);
    expect(message(input, 'PERCENT_NOT_INCREASING')).toContain('5.00%');
  });

  it('refuses a range rung after a percentage rung', () => {
    const input = { rungs: [percent('CHAMPION', 1), ranks('PACESETTER', 2, 3)] };
    expect(issues(input)).toEqual([['RANGE_AFTER_PERCENT', 'rungs[1]']]);
  });
});

describe('validateTitlePolicy: every problem at once', () => {
  it('reports all issues in input order', () => {
    const input = {
      rungs: [ranks('EXPERT', 1, 3), ranks('CHAMPION', 5, 4), percent('EXCELLENT', 0)],
      minTotal: 101,
      tieAtBoundary: 'ALL',
    };
    expect(issues(input)).toEqual([
      ['TITLE_ORDER', 'rungs[1].title'],
      ['RANK_RANGE_INVALID', 'rungs[1].toRank'],
      ['PERCENT_INVALID', 'rungs[2].percent'],
      ['MIN_TOTAL_INVALID', 'minTotal'],
      ['TIE_POLICY_INVALID', 'tieAtBoundary'],
    ]);
  });
});
