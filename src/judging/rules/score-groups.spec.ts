import {
  assessGroup,
  canConfirm,
  countedScores,
  GroupInput,
  GroupScore,
  ignoredScores,
} from './score-groups';

/** A judge's own entry; `enteredBy` defaults to the judge, as when they type it in themselves. */
const score = (
  judgeId: number,
  valueCenti: number,
  over: Partial<GroupScore> = {},
): GroupScore => ({
  judgeId,
  valueCenti,
  confirmed: false,
  enteredBy: judgeId,
  ...over,
});

/** Judgement marks for judges 1, 2, 3… in order; 1 mark is 100. */
const marks = (...values: number[]): GroupScore[] => values.map((m, i) => score(i + 1, m * 100));

const judgementGroup = (over: Partial<GroupInput> = {}): GroupInput => ({
  kind: 'JUDGEMENT',
  method: 'MEAN',
  toleranceCenti: 100,
  requiredJudges: [1, 2, 3],
  scores: marks(2, 2, 3),
  ...over,
});

const measurementGroup = (over: Partial<GroupInput> = {}): GroupInput => ({
  kind: 'MEASUREMENT',
  method: 'MEAN',
  toleranceCenti: 50,
  requiredJudges: [1, 2],
  scores: [score(1, 1250), score(2, 1280)],
  ...over,
});

const CHIEF = 99;

describe('assessGroup: the docs/judging.md examples', () => {
  it('flags judgement marks 1, 2, 3 with a tolerance of 1 mark: the spread is 2', () => {
    expect(assessGroup(judgementGroup({ scores: marks(1, 2, 3) }))).toEqual({
      state: 'FLAGGED',
      reason: 'SPREAD',
      spreadCenti: 200,
      toleranceCenti: 100,
    });
  });

  it('finds judgement marks 2, 2, 3 ready: the spread is exactly the tolerance', () => {
    expect(assessGroup(judgementGroup({ scores: marks(2, 2, 3) }))).toEqual({ state: 'READY' });
  });

  it('is ready with 5 judges on a TRIMMED_MEAN criterion', () => {
    const group = judgementGroup({
      method: 'TRIMMED_MEAN',
      requiredJudges: [1, 2, 3, 4, 5],
      scores: marks(2, 3, 2, 2, 3),
    });
    expect(assessGroup(group)).toEqual({ state: 'READY' });
  });
});

describe('assessGroup: too few judges', () => {
  it.each([
    ['MEAN', 1],
    ['MEDIAN', 1],
    ['SINGLE', 1],
    ['TRIMMED_MEAN', 3],
  ] as const)('flags %s with no required judge as needing %p', (method, needed) => {
    const group = judgementGroup({ method, requiredJudges: [], scores: marks(2) });
    expect(assessGroup(group)).toEqual({
      state: 'FLAGGED',
      reason: 'TOO_FEW_JUDGES',
      judges: 0,
      needed,
    });
  });

  it.each([
    [[1], 1],
    [[1, 2], 2],
    [[1, 2, 2, 1], 2],
  ])('flags TRIMMED_MEAN with required judges %p (counted once each)', (requiredJudges, judges) => {
    const group = judgementGroup({ method: 'TRIMMED_MEAN', requiredJudges, scores: marks(2, 2) });
    expect(assessGroup(group)).toEqual({
      state: 'FLAGGED',
      reason: 'TOO_FEW_JUDGES',
      judges,
      needed: 3,
    });
  });

  it.each([['MEAN'], ['MEDIAN'], ['SINGLE']] as const)(
    'lets %s work with one required judge',
    (method) => {
      const group = judgementGroup({ method, requiredJudges: [1], scores: marks(3) });
      expect(assessGroup(group)).toEqual({ state: 'READY' });
    },
  );

  it('counts required judges, not scores: 3 scores but 2 required judges is too few', () => {
    const group = judgementGroup({ method: 'TRIMMED_MEAN', requiredJudges: [1, 2] });
    expect(assessGroup(group)).toMatchObject({ reason: 'TOO_FEW_JUDGES', judges: 2 });
  });

  it('reports too few judges before missing scores', () => {
    const group = judgementGroup({ method: 'TRIMMED_MEAN', requiredJudges: [1, 2], scores: [] });
    expect(assessGroup(group)).toMatchObject({ state: 'FLAGGED', reason: 'TOO_FEW_JUDGES' });
  });
});

describe('assessGroup: missing scores', () => {
  it('lists every required judge who has not scored, in the order they are required', () => {
    const group = judgementGroup({ requiredJudges: [5, 1, 4, 2], scores: marks(2, 2) });
    expect(assessGroup(group)).toEqual({ state: 'MISSING', missingJudges: [5, 4] });
  });

  it('lists all required judges when nobody has scored', () => {
    expect(assessGroup(judgementGroup({ scores: [] }))).toEqual({
      state: 'MISSING',
      missingJudges: [1, 2, 3],
    });
  });

  it('does not let a score from a judge who is no longer required fill a gap', () => {
    const group = judgementGroup({
      requiredJudges: [1, 2, 3],
      scores: [score(1, 200), score(2, 200), score(7, 200)],
    });
    expect(assessGroup(group)).toEqual({ state: 'MISSING', missingJudges: [3] });
  });

  it('names a judge required twice only once', () => {
    const group = judgementGroup({ requiredJudges: [1, 3, 3], scores: marks(2) });
    expect(assessGroup(group)).toEqual({ state: 'MISSING', missingJudges: [3] });
  });

  it('reports missing scores before a spread among the scores present', () => {
    const group = judgementGroup({ requiredJudges: [1, 2, 3], scores: marks(0, 3) });
    expect(assessGroup(group)).toEqual({ state: 'MISSING', missingJudges: [3] });
  });

  it.each([['MEAN'], ['MEDIAN'], ['TRIMMED_MEAN']] as const)(
    'needs every required judge for %s',
    (method) => {
      const group = judgementGroup({ method, scores: marks(2, 2) });
      expect(assessGroup(group)).toEqual({ state: 'MISSING', missingJudges: [3] });
    },
  );
});

describe('assessGroup: SINGLE', () => {
  const single = (over: Partial<GroupInput>) => judgementGroup({ method: 'SINGLE', ...over });

  it('is complete when any one required judge has scored', () => {
    expect(assessGroup(single({ scores: [score(2, 300)] }))).toEqual({ state: 'READY' });
  });

  it('lists every required judge as missing while nobody has scored', () => {
    expect(assessGroup(single({ scores: [] }))).toEqual({
      state: 'MISSING',
      missingJudges: [1, 2, 3],
    });
  });

  it('does not count a score from a judge who is not required', () => {
    expect(assessGroup(single({ scores: [score(8, 300)] }))).toEqual({
      state: 'MISSING',
      missingJudges: [1, 2, 3],
    });
  });

  it('checks the spread when more than one judge scored anyway', () => {
    expect(assessGroup(single({ scores: marks(0, 3) }))).toEqual({
      state: 'FLAGGED',
      reason: 'SPREAD',
      spreadCenti: 300,
      toleranceCenti: 100,
    });
  });

  it('is confirmed when the one score present is confirmed', () => {
    const scores = [score(3, 200, { confirmed: true })];
    expect(assessGroup(single({ scores }))).toEqual({ state: 'CONFIRMED' });
  });
});

describe('assessGroup: spread', () => {
  it.each([
    // tolerance, values, flagged
    [0, [200, 200, 200], false],
    [0, [200, 200, 300], true],
    [100, [100, 200], false],
    [100, [100, 300], true],
    [200, [0, 100, 200], false],
    [200, [0, 300], true],
    [300, [0, 300], false],
  ])('with a tolerance of %p, the marks %p are flagged: %p', (toleranceCenti, values, flagged) => {
    const scores = values.map((v, i) => score(i + 1, v));
    const requiredJudges = scores.map((s) => s.judgeId);
    const state = assessGroup(judgementGroup({ toleranceCenti, requiredJudges, scores }));
    expect(state.state).toBe(flagged ? 'FLAGGED' : 'READY');
  });

  it('measures the spread on points for a measurement, exactly to the hundredth', () => {
    expect(assessGroup(measurementGroup())).toEqual({ state: 'READY' });
    const wide = measurementGroup({ scores: [score(1, 1250), score(2, 1301)] });
    expect(assessGroup(wide)).toEqual({
      state: 'FLAGGED',
      reason: 'SPREAD',
      spreadCenti: 51,
      toleranceCenti: 50,
    });
  });

  it('never flags a spread when the tolerance is null', () => {
    const group = measurementGroup({ toleranceCenti: null, scores: [score(1, 0), score(2, 5000)] });
    expect(assessGroup(group)).toEqual({ state: 'READY' });
  });

  it('ignores the score of a judge who is no longer required', () => {
    const group = judgementGroup({ scores: [...marks(2, 2, 3), score(9, 0)] });
    expect(assessGroup(group)).toEqual({ state: 'READY' });
  });

  it('stays flagged even when every score is confirmed, so a bad spread is never CONFIRMED', () => {
    const scores = marks(1, 2, 3).map((s) => ({ ...s, confirmed: true }));
    expect(assessGroup(judgementGroup({ scores }))).toMatchObject({ reason: 'SPREAD' });
  });

  it('takes the spread between the highest and lowest of 5 judges, whatever the order', () => {
    const group = judgementGroup({
      method: 'TRIMMED_MEAN',
      requiredJudges: [1, 2, 3, 4, 5],
      scores: marks(2, 3, 1, 2, 2),
    });
    expect(assessGroup(group)).toMatchObject({ reason: 'SPREAD', spreadCenti: 200 });
  });
});

describe('assessGroup: confirmation', () => {
  it('is CONFIRMED when every counted score is confirmed', () => {
    const scores = marks(2, 2, 3).map((s) => ({ ...s, confirmed: true }));
    expect(assessGroup(judgementGroup({ scores }))).toEqual({ state: 'CONFIRMED' });
  });

  it('is only READY while one counted score is unconfirmed', () => {
    const scores = marks(2, 2, 3).map((s, i) => ({ ...s, confirmed: i !== 1 }));
    expect(assessGroup(judgementGroup({ scores }))).toEqual({ state: 'READY' });
  });

  it('does not wait for an unconfirmed score of a judge who is no longer required', () => {
    const scores = [...marks(2, 2, 3).map((s) => ({ ...s, confirmed: true })), score(9, 200)];
    expect(assessGroup(judgementGroup({ scores }))).toEqual({ state: 'CONFIRMED' });
  });
});

describe('countedScores and ignoredScores', () => {
  it('splits the entries between required judges and the others', () => {
    const group = judgementGroup({ scores: [score(1, 200), score(7, 300), score(3, 100)] });
    expect(countedScores(group).map((s) => s.judgeId)).toEqual([1, 3]);
    expect(ignoredScores(group)).toEqual([score(7, 300)]);
  });
});

describe('canConfirm', () => {
  it('lets a chief judge who had no hand in the scores confirm a READY group', () => {
    expect(canConfirm(judgementGroup(), CHIEF)).toEqual({ ok: true });
  });

  it.each([
    ['missing scores', judgementGroup({ scores: marks(2, 2) }), 'judge(s) 3'],
    ['a spread of 2 marks', judgementGroup({ scores: marks(1, 2, 3) }), 'differ by 2 marks'],
    [
      'a spread of 0.51 points',
      measurementGroup({ scores: [score(1, 1250), score(2, 1301)] }),
      'differ by 0.51 points, more than the tolerance of 0.50',
    ],
    ['too few judges', judgementGroup({ requiredJudges: [] }), 'at least 1 judge'],
    [
      'already confirmed scores',
      judgementGroup({ scores: marks(2, 2, 3).map((s) => ({ ...s, confirmed: true })) }),
      'already confirmed',
    ],
  ])('refuses a group with %s as SCORE_NOT_READY and says why', (_label, group, words) => {
    const check = canConfirm(group, CHIEF);
    expect(check).toMatchObject({ ok: false, code: 'SCORE_NOT_READY' });
    expect(check.ok ? '' : check.message).toContain(words);
  });

  it('refuses a judge who gave one of the counted scores', () => {
    const check = canConfirm(judgementGroup(), 2);
    expect(check).toMatchObject({ ok: false, code: 'CONFIRM_OWN_SCORE' });
    expect(check.ok ? '' : check.message).toContain('You gave');
  });

  it('refuses the person who entered a score for a judge', () => {
    const scores = [score(1, 200), score(2, 200, { enteredBy: 50 }), score(3, 300)];
    const check = canConfirm(judgementGroup({ scores }), 50);
    expect(check).toMatchObject({ ok: false, code: 'CONFIRM_OWN_SCORE' });
    expect(check.ok ? '' : check.message).toContain('judge 2');
  });

  it('lets a judge whose score no longer counts confirm the others', () => {
    const group = judgementGroup({ scores: [...marks(2, 2, 3), score(9, 0, { enteredBy: 60 })] });
    expect(canConfirm(group, 9)).toEqual({ ok: true });
    expect(canConfirm(group, 60)).toEqual({ ok: true });
  });

  it('reports SCORE_NOT_READY before CONFIRM_OWN_SCORE', () => {
    expect(canConfirm(judgementGroup({ scores: marks(1, 2, 3) }), 1)).toMatchObject({
      code: 'SCORE_NOT_READY',
    });
  });

  it('lets a chief judge finish a partly confirmed group, but not a judge already confirmed', () => {
    const scores = marks(2, 2, 3).map((s, i) => ({ ...s, confirmed: i !== 2 }));
    expect(canConfirm(judgementGroup({ scores }), CHIEF)).toEqual({ ok: true });
    expect(canConfirm(judgementGroup({ scores }), 1)).toMatchObject({ code: 'CONFIRM_OWN_SCORE' });
  });
});
