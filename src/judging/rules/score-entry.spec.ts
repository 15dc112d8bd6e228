import type { ContestStatus } from '../../contests/rules/contest-rules.types';
import {
  checkScoreChange,
  checkScoreEntry,
  checkScoringOpen,
  checkSubmission,
  ScoreChangeFacts,
  ScoreEntryFacts,
  scoreWriteOf,
  Submitter,
} from './score-entry';

const JUDGE: Submitter = { member: true, chief: false, organizerOnBehalf: false };
const CHIEF: Submitter = { member: true, chief: true, organizerOnBehalf: false };
const STRANGER: Submitter = { member: false, chief: false, organizerOnBehalf: false };
const CLERK: Submitter = { member: false, chief: false, organizerOnBehalf: true };

const OPEN = { status: 'SCORING' as const, drawn: true };

describe('checkScoringOpen', () => {
  it('lets scores in while SCORING after the draw', () => {
    expect(checkScoringOpen(OPEN)).toBeNull();
  });

  it('refuses before the draw, saying the draw has not run', () => {
    expect(checkScoringOpen({ status: 'SCORING', drawn: false })).toEqual({
      kind: 'CONFLICT',
      code: 'SCORING_NOT_OPEN',
      message:
        'The draw has not run (or was undone); scores are entered by blind code after the draw',
      details: { status: 'SCORING', drawn: false },
    });
  });

  it.each<ContestStatus>(['DRAFT', 'REGISTRATION', 'REVIEW', 'PUBLISHED', 'FINAL'])(
    'refuses while the contest is %s, naming the status',
    (status) => {
      expect(checkScoringOpen({ status, drawn: true })).toEqual({
        kind: 'CONFLICT',
        code: 'SCORING_NOT_OPEN',
        message: `The contest is ${status}; scores are entered while it is SCORING`,
        details: { status, drawn: true },
      });
    },
  );
});

describe('checkSubmission', () => {
  const code = (stage: { status: ContestStatus; drawn: boolean }, s: Submitter, reason = false) =>
    checkSubmission(stage, s, reason)?.code ?? null;

  it('takes a batch from a judge, a chief judge or an organizer entering a score file while SCORING', () => {
    expect(code(OPEN, JUDGE)).toBeNull();
    expect(code(OPEN, CHIEF)).toBeNull();
    expect(code(OPEN, CLERK)).toBeNull();
  });

  it('refuses someone off the panel who is not entering a score file', () => {
    expect(checkSubmission(OPEN, STRANGER, false)).toEqual({
      kind: 'FORBIDDEN',
      code: 'NOT_A_JUDGE_OF_CONTEST',
      message: 'You are not a judge of this contest',
    });
  });

  it('tells someone off the panel that scoring is closed before telling them they are no judge', () => {
    expect(code({ status: 'REVIEW', drawn: true }, STRANGER)).toBe('SCORING_NOT_OPEN');
  });

  it('refuses every batch before the draw, even a chief judge with a reason', () => {
    expect(code({ status: 'SCORING', drawn: false }, CHIEF, true)).toBe('SCORING_NOT_OPEN');
  });

  it.each<ContestStatus>(['REVIEW', 'PUBLISHED'])(
    'after scoring closed (%s) lets only a chief judge with a reason through to the entries',
    (status) => {
      const stage = { status, drawn: true };
      expect(code(stage, CHIEF, true)).toBeNull();
      expect(code(stage, CHIEF, false)).toBe('SCORING_NOT_OPEN');
      expect(code(stage, JUDGE, true)).toBe('SCORING_NOT_OPEN');
      expect(code(stage, CLERK, true)).toBe('SCORING_NOT_OPEN');
    },
  );

  it('refuses a chief judge with a reason in FINAL: corrections end with the final results', () => {
    expect(code({ status: 'FINAL', drawn: true }, CHIEF, true)).toBe('SCORING_NOT_OPEN');
  });
});

/** A present contestant A001 and a judge (user 7) scoring their own assigned criterion C1. */
const entry = (over: Partial<ScoreEntryFacts> = {}): ScoreEntryFacts => ({
  status: 'SCORING',
  typedCode: 'a001',
  criterionKey: 'C1',
  contestant: { code: 'A001', attendance: 'PRESENT', upheldObjection: false },
  criterion: { key: 'C1', kind: 'MEASUREMENT', maxPointsCenti: 3000 },
  points: '25.5',
  caller: {
    hasReason: false,
    chief: false,
    member: true,
    mayEnterForOthers: false,
    conflicted: false,
  },
  judge: { userId: 7, self: true, member: true, assigned: true, conflicted: false },
  repeated: false,
  ...over,
});

/** The chief judge (not in conflict) entering judge 8's score. */
const chiefFor8 = (over: Partial<ScoreEntryFacts> = {}): ScoreEntryFacts =>
  entry({
    caller: {
      hasReason: true,
      chief: true,
      member: true,
      mayEnterForOthers: true,
      conflicted: false,
    },
    judge: { userId: 8, self: false, member: true, assigned: true, conflicted: false },
    ...over,
  });

const refusal = (f: ScoreEntryFacts) => {
  const d = checkScoreEntry(f);
  return d.ok ? null : { code: d.code, kind: d.kind, message: d.message };
};

describe('checkScoreEntry: who may score what', () => {
  it('takes a judge’s own score on their criterion, in hundredths', () => {
    expect(checkScoreEntry(entry())).toEqual({ ok: true, valueCenti: 2550 });
  });

  it('takes a judgement mark as a whole mark', () => {
    expect(
      checkScoreEntry(
        entry({ criterion: { key: 'C1', kind: 'JUDGEMENT', maxPointsCenti: 300 }, points: 2 }),
      ),
    ).toEqual({ ok: true, valueCenti: 200 });
  });

  it('refuses a code no contestant has, quoting it as typed', () => {
    expect(refusal(entry({ contestant: null }))).toEqual({
      code: 'SCORE_UNKNOWN_CODE',
      kind: 'INVALID',
      message: 'No contestant of this contest has the code "a001"',
    });
  });

  it('refuses an unknown criterion key', () => {
    expect(refusal(entry({ criterion: null, criterionKey: 'X9' }))).toEqual({
      code: 'SCORE_UNKNOWN_CRITERION',
      kind: 'INVALID',
      message: 'No criterion has the key "X9"',
    });
  });

  it('reports an unknown code before an unknown criterion', () => {
    expect(refusal(entry({ contestant: null, criterion: null }))?.code).toBe('SCORE_UNKNOWN_CODE');
  });

  it.each(['ABSENT', 'DISQUALIFIED'] as const)(
    'refuses a score for an %s contestant',
    (attendance) => {
      expect(
        refusal(entry({ contestant: { code: 'A001', attendance, upheldObjection: false } })),
      ).toEqual({
        code: 'SCORE_NOT_PRESENT',
        kind: 'INVALID',
        message: `A001 is marked ${attendance}: there is nothing to score`,
      });
    },
  );

  it('refuses a judge entering another judge’s score', () => {
    expect(
      refusal(
        entry({
          judge: { userId: 8, self: false, member: true, assigned: true, conflicted: false },
        }),
      ),
    ).toEqual({
      code: 'SCORE_NOT_YOURS',
      kind: 'FORBIDDEN',
      message: "Only a chief judge corrects another judge's score",
    });
  });

  it('lets a chief judge enter another judge’s score', () => {
    expect(checkScoreEntry(chiefFor8())).toEqual({ ok: true, valueCenti: 2550 });
  });

  it('lets an organizer’s score file enter a judge’s score', () => {
    expect(
      checkScoreEntry(
        chiefFor8({
          caller: {
            hasReason: false,
            chief: false,
            member: false,
            mayEnterForOthers: true,
            conflicted: false,
          },
        }),
      ).ok,
    ).toBe(true);
  });

  it('refuses a chief judge entering a score for someone off the panel', () => {
    expect(
      refusal(
        chiefFor8({
          judge: { userId: 99, self: false, member: false, assigned: false, conflicted: false },
        }),
      ),
    ).toEqual({
      code: 'SCORE_NOT_YOURS',
      kind: 'FORBIDDEN',
      message: 'User 99 is not a judge of this contest',
    });
  });

  it('refuses a criterion outside the judge’s assignment', () => {
    expect(
      refusal(
        entry({
          judge: { userId: 7, self: true, member: true, assigned: false, conflicted: false },
        }),
      ),
    ).toEqual({
      code: 'SCORE_NOT_ASSIGNED',
      kind: 'FORBIDDEN',
      message: "Criterion C1 is not in the judge's assignment",
    });
  });

  it('refuses a judge scoring a contestant of their own unit (or a declared conflict)', () => {
    expect(
      refusal(
        entry({ judge: { userId: 7, self: true, member: true, assigned: true, conflicted: true } }),
      ),
    ).toEqual({
      code: 'SCORE_CONFLICT_OF_INTEREST',
      kind: 'FORBIDDEN',
      message: 'The judge may not score A001: a conflict of interest (their own unit, or declared)',
    });
  });

  it('refuses a chief judge’s entry for a judge in conflict, naming the judge', () => {
    expect(
      refusal(
        chiefFor8({
          judge: { userId: 8, self: false, member: true, assigned: true, conflicted: true },
        }),
      )?.message,
    ).toContain('The judge may not score A001');
  });

  it('refuses a chief judge correcting a contestant they are in conflict with themselves', () => {
    expect(
      refusal(
        chiefFor8({
          caller: {
            hasReason: true,
            chief: true,
            member: true,
            mayEnterForOthers: true,
            conflicted: true,
          },
        }),
      ),
    ).toEqual({
      code: 'SCORE_CONFLICT_OF_INTEREST',
      kind: 'FORBIDDEN',
      message:
        'You may not correct scores of A001: a conflict of interest (your own unit, or declared)',
    });
  });

  it('does not hold a judge’s own conflicts against them twice: the judge rule already answered', () => {
    // A judge's own score in conflict is refused by the judge rule; the "you may not correct"
    // rule only concerns scores of others.
    expect(
      refusal(
        entry({
          caller: {
            hasReason: false,
            chief: false,
            member: true,
            mayEnterForOthers: false,
            conflicted: true,
          },
        }),
      ),
    ).toBeNull();
  });

  it('lets an organizer’s score file through whatever the organizer’s unit (they are not on the panel)', () => {
    expect(
      refusal(
        chiefFor8({
          caller: {
            hasReason: false,
            chief: false,
            member: false,
            mayEnterForOthers: true,
            conflicted: true,
          },
        }),
      ),
    ).toBeNull();
  });

  it('refuses points above the criterion’s maximum', () => {
    expect(refusal(entry({ points: '30.5' }))).toMatchObject({
      code: 'SCORE_OUT_OF_RANGE',
      kind: 'INVALID',
    });
  });

  it('refuses the same score twice in one batch', () => {
    expect(refusal(entry({ repeated: true }))).toEqual({
      code: 'SCORE_DUPLICATE_ENTRY',
      kind: 'INVALID',
      message: 'The same score appears twice in the batch',
    });
  });

  it('reports bad points before a repeat', () => {
    expect(refusal(entry({ repeated: true, points: 'abc' }))?.code).toBe('SCORE_NOT_A_NUMBER');
  });
});

describe('checkScoreEntry: after scoring has closed', () => {
  const upheld = { code: 'A001', attendance: 'PRESENT' as const, upheldObjection: true };

  it.each<ContestStatus>(['REVIEW', 'PUBLISHED'])(
    'in %s takes a chief judge’s correction with a reason under an upheld objection',
    (status) => {
      expect(checkScoreEntry(chiefFor8({ status, contestant: upheld })).ok).toBe(true);
    },
  );

  it('refuses a correction of a contestant without an upheld objection', () => {
    expect(refusal(chiefFor8({ status: 'REVIEW' }))).toEqual({
      code: 'CORRECTION_NEEDS_OBJECTION',
      kind: 'CONFLICT',
      message:
        'Scoring is closed: a correction needs an objection upheld for this contestant, or the organizer reopening scoring (REVIEW → SCORING)',
    });
  });

  it('checks attendance before the objection: an absent contestant has nothing to correct', () => {
    expect(
      refusal(
        chiefFor8({
          status: 'REVIEW',
          contestant: { code: 'A001', attendance: 'ABSENT', upheldObjection: false },
        }),
      )?.code,
    ).toBe('SCORE_NOT_PRESENT');
  });

  it('still refuses a correcting chief judge in conflict, objection or not', () => {
    expect(
      refusal(
        chiefFor8({
          status: 'REVIEW',
          contestant: upheld,
          caller: {
            hasReason: true,
            chief: true,
            member: true,
            mayEnterForOthers: true,
            conflicted: true,
          },
        }),
      )?.code,
    ).toBe('SCORE_CONFLICT_OF_INTEREST');
  });

  it('does not ask for an objection while SCORING', () => {
    expect(checkScoreEntry(chiefFor8({ status: 'SCORING' })).ok).toBe(true);
  });
});

/** Judge 7's own unconfirmed score of 20.00 at version 2, now sent as 25.00. */
const change = (over: Partial<ScoreChangeFacts> = {}): ScoreChangeFacts => ({
  stored: { valueCenti: 2000, version: 2, confirmed: false },
  readVersion: 2,
  valueCenti: 2500,
  self: true,
  chief: false,
  hasReason: false,
  ...over,
});

describe('checkScoreChange: stale versions', () => {
  it('takes a change made on the version read', () => {
    expect(checkScoreChange(change())).toEqual({ refusal: null, stale: false });
  });

  it('takes a change when no version was sent (no check asked for)', () => {
    expect(checkScoreChange(change({ readVersion: undefined })).stale).toBe(false);
  });

  it('finds a change made on an older version stale', () => {
    expect(checkScoreChange(change({ readVersion: 1 }))).toEqual({ refusal: null, stale: true });
  });

  it('treats version 0 as "no score yet": a first score read as 0 is fresh, one read as 1 is stale', () => {
    expect(checkScoreChange(change({ stored: null, readVersion: 0 })).stale).toBe(false);
    expect(checkScoreChange(change({ stored: null, readVersion: 1 })).stale).toBe(true);
  });

  it('finds a score someone else entered meanwhile stale for one who read "no score yet"', () => {
    expect(checkScoreChange(change({ readVersion: 0 })).stale).toBe(true);
  });
});

describe('checkScoreChange: corrections', () => {
  const confirmed = { valueCenti: 2000, version: 2, confirmed: true };

  it('lets a judge change their own unconfirmed score without a reason', () => {
    expect(checkScoreChange(change()).refusal).toBeNull();
  });

  it('refuses a judge changing their confirmed score', () => {
    expect(checkScoreChange(change({ stored: confirmed })).refusal).toEqual({
      kind: 'CONFLICT',
      code: 'SCORE_CONFIRMED',
      message: 'The score is confirmed; only a chief judge corrects it, with a reason',
    });
  });

  it('refuses a judge even sending their confirmed score unchanged', () => {
    expect(checkScoreChange(change({ stored: confirmed, valueCenti: 2000 })).refusal?.code).toBe(
      'SCORE_CONFIRMED',
    );
  });

  it('asks a chief judge correcting a confirmed score for a reason', () => {
    expect(checkScoreChange(change({ stored: confirmed, chief: true })).refusal).toEqual({
      kind: 'INVALID',
      code: 'CORRECTION_REASON_REQUIRED',
      message: 'A correction (of a confirmed score, or of another judge’s) needs a reason',
    });
    expect(
      checkScoreChange(change({ stored: confirmed, chief: true, hasReason: true })).refusal,
    ).toBeNull();
  });

  it('asks for a reason to enter another judge’s score, even a first one, but not to resend it', () => {
    expect(checkScoreChange(change({ self: false, chief: true })).refusal?.code).toBe(
      'CORRECTION_REASON_REQUIRED',
    );
    expect(checkScoreChange(change({ self: false, chief: true, stored: null })).refusal?.code).toBe(
      'CORRECTION_REASON_REQUIRED',
    );
    expect(
      checkScoreChange(change({ self: false, chief: true, stored: null, hasReason: true })).refusal,
    ).toBeNull();
    expect(
      checkScoreChange(change({ self: false, chief: true, valueCenti: 2000 })).refusal,
    ).toBeNull();
  });

  it('reports both a refusal and staleness for the same entry', () => {
    expect(checkScoreChange(change({ stored: confirmed, readVersion: 1 }))).toEqual({
      refusal: expect.objectContaining({ code: 'SCORE_CONFIRMED' }),
      stale: true,
    });
  });
});

describe('scoreWriteOf', () => {
  it('creates a first score', () => {
    expect(scoreWriteOf({ stored: null, valueCenti: 2500, self: true })).toEqual({
      outcome: 'created',
      action: 'SCORE_CREATED',
    });
  });

  it('writes nothing for the same value again', () => {
    expect(
      scoreWriteOf({
        stored: { valueCenti: 2500, version: 3, confirmed: true },
        valueCenti: 2500,
        self: false,
      }),
    ).toEqual({ outcome: 'unchanged' });
  });

  it('updates a judge’s own unconfirmed score', () => {
    expect(scoreWriteOf(change())).toEqual({
      outcome: 'updated',
      action: 'SCORE_UPDATED',
      clearsConfirmation: false,
    });
  });

  it('calls a change of another judge’s score a correction, leaving no confirmation to clear', () => {
    expect(scoreWriteOf(change({ self: false }))).toEqual({
      outcome: 'updated',
      action: 'SCORE_CORRECTED',
      clearsConfirmation: false,
    });
  });

  it('calls a change of a confirmed score a correction that undoes the confirmation', () => {
    expect(
      scoreWriteOf(change({ stored: { valueCenti: 2000, version: 2, confirmed: true } })),
    ).toEqual({ outcome: 'updated', action: 'SCORE_CORRECTED', clearsConfirmation: true });
  });
});
