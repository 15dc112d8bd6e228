import type { ContestStatus } from '../../contests/rules/contest-rules.types';
import {
  checkClose,
  checkConfirmer,
  checkScoringComplete,
  groupConfirmation,
} from './confirmation';
import { assessGroup, GroupInput, GroupScore } from './score-groups';

const CHIEF = { chief: true, organizer: false };
const ORGANIZER = { chief: false, organizer: true };
const JUDGE = { chief: false, organizer: false };
const OPEN = { status: 'SCORING' as const, drawn: true };

describe('checkConfirmer', () => {
  it('lets a chief judge or an organizer confirm while scoring', () => {
    expect(checkConfirmer(CHIEF, OPEN)).toBeNull();
    expect(checkConfirmer(ORGANIZER, OPEN)).toBeNull();
  });

  it('refuses a judge who is not a chief, before looking at the stage', () => {
    const notChief = {
      kind: 'FORBIDDEN',
      code: 'NOT_CHIEF_JUDGE',
      message: 'Only a chief judge of this contest may do this',
    };
    expect(checkConfirmer(JUDGE, OPEN)).toEqual(notChief);
    expect(checkConfirmer(JUDGE, { status: 'DRAFT', drawn: false })).toEqual(notChief);
  });

  it.each<ContestStatus>(['REVIEW', 'PUBLISHED'])(
    'still confirms in %s what a correction under an upheld objection left',
    (status) => {
      expect(checkConfirmer(CHIEF, { status, drawn: true })).toBeNull();
    },
  );

  it.each<ContestStatus>(['DRAFT', 'REGISTRATION', 'FINAL'])(
    'refuses in %s, naming the status',
    (status) => {
      expect(checkConfirmer(ORGANIZER, { status, drawn: true })).toEqual({
        kind: 'CONFLICT',
        code: 'SCORING_NOT_OPEN',
        message: `The contest is ${status}; scores are entered while it is SCORING`,
        details: { status, drawn: true },
      });
    },
  );

  it('refuses before the draw, saying so', () => {
    expect(checkConfirmer(CHIEF, { status: 'SCORING', drawn: false })).toMatchObject({
      code: 'SCORING_NOT_OPEN',
      details: { status: 'SCORING', drawn: false },
    });
    expect(checkConfirmer(CHIEF, { status: 'REVIEW', drawn: false })?.message).toContain(
      'The draw has not run',
    );
  });
});

const score = (judgeId: number, valueCenti: number, over: Partial<GroupScore> = {}) => ({
  judgeId,
  valueCenti,
  confirmed: false,
  enteredBy: judgeId,
  ...over,
});

/** Judges 1, 2 and 3 on a measured criterion with a tolerance of 2.00 points. */
const group = (scores: GroupScore[]): GroupInput => ({
  kind: 'MEASUREMENT',
  method: 'MEAN',
  toleranceCenti: 200,
  requiredJudges: [1, 2, 3],
  scores,
});

const decide = (g: GroupInput, confirmerId = 9, conflicted = false) =>
  groupConfirmation(g, assessGroup(g), confirmerId, conflicted);

const READY = group([score(1, 2000), score(2, 2100), score(3, 2050)]);

describe('groupConfirmation', () => {
  it('confirms a ready group the confirmer had no hand in', () => {
    expect(decide(READY)).toBe('confirm');
  });

  it('counts a group whose scores are all confirmed as already confirmed', () => {
    const done = group([1, 2, 3].map((j) => score(j, 2000, { confirmed: true })));
    expect(decide(done)).toBe('alreadyConfirmed');
  });

  it('leaves a group with a judge’s score missing', () => {
    expect(decide(group([score(1, 2000), score(2, 2000)]))).toBe('missing');
  });

  it('leaves a group whose scores differ by more than the tolerance', () => {
    expect(decide(group([score(1, 2000), score(2, 2000), score(3, 2300)]))).toBe('flagged');
  });

  it('leaves a ready group of a contestant the confirmer is in conflict with', () => {
    expect(decide(READY, 9, true)).toBe('conflicted');
  });

  it('leaves a ready group with the confirmer’s own score for another chief', () => {
    expect(decide(READY, 2)).toBe('ownScore');
  });

  it('leaves a ready group where the confirmer typed in a judge’s score (a paper sheet)', () => {
    const typed = group([score(1, 2000), score(2, 2100, { enteredBy: 9 }), score(3, 2050)]);
    expect(decide(typed, 9)).toBe('ownScore');
  });

  it('says missing before conflicted: the conflict matters only for a ready group', () => {
    expect(decide(group([score(1, 2000)]), 9, true)).toBe('missing');
  });

  it('says conflicted before own score: the codes of conflicted groups are not listed', () => {
    expect(decide(READY, 2, true)).toBe('conflicted');
  });

  it('confirms again a group a chief judge corrected, by someone else than that chief', () => {
    // The chief (9) corrected judge 3's confirmed score: that score is unconfirmed, entered by 9.
    const corrected = group([
      score(1, 2000, { confirmed: true }),
      score(2, 2100, { confirmed: true }),
      score(3, 2150, { enteredBy: 9 }),
    ]);
    expect(decide(corrected, 9)).toBe('ownScore');
    expect(decide(corrected, 10)).toBe('confirm');
  });
});

describe('checkClose', () => {
  it('lets a chief judge close scoring after the draw while SCORING', () => {
    expect(checkClose(true, OPEN)).toBeNull();
  });

  it('refuses anyone else, organizers included', () => {
    expect(checkClose(false, OPEN)?.code).toBe('NOT_CHIEF_JUDGE');
  });

  it.each<ContestStatus>(['REGISTRATION', 'REVIEW', 'PUBLISHED'])(
    'refuses to close a contest that is %s',
    (status) => {
      expect(checkClose(true, { status, drawn: true })?.code).toBe('SCORING_NOT_OPEN');
    },
  );
});

describe('checkScoringComplete', () => {
  it('lets scoring close once nothing is missing, flagged or unconfirmed', () => {
    expect(checkScoringComplete({ missing: 0, flagged: 0, ready: 0 })).toBeNull();
  });

  it('refuses while anything is missing, flagged or unconfirmed, with the counts', () => {
    expect(checkScoringComplete({ missing: 2, flagged: 1, ready: 3 })).toEqual({
      kind: 'CONFLICT',
      code: 'SCORING_INCOMPLETE',
      message:
        'Scoring closes once every score is confirmed: 2 missing, 1 flagged, 3 not confirmed yet',
      details: { missing: 2, flagged: 1, unconfirmed: 3 },
    });
    expect(checkScoringComplete({ missing: 0, flagged: 0, ready: 1 })?.code).toBe(
      'SCORING_INCOMPLETE',
    );
  });
});
