import type { DomainErrorKind } from '../../common/errors/domain-error';
import type { ErrorCode } from '../../common/errors/error-codes';
import type { ContestStatus } from '../../contests/rules/contest-rules.types';
import { parseScorePoints, ScoredCriterion } from './score-points';
import { scoreWriteAllowed } from './two-person';

/*
 * Score entry's decision chain (docs/judging.md "Two people", "Conflicts of interest") as plain facts in,
 * the first refusal or the go-ahead out. The service gathers the facts (the contest, the panel,
 * the contestant behind a blind code, the stored score) and turns a refusal into its error.
 */

/** Why something is refused: a stable code, the words to act on, and the HTTP answer it gets. */
export interface Refusal {
  kind: DomainErrorKind;
  code: ErrorCode;
  message: string;
  /** Extra facts for the error's details, when the refusal has any. */
  details?: Record<string, unknown>;
}

/** The HTTP answer of each refusal code of score entry (an entry's problem is INVALID unless named). */
export const REFUSAL_KIND: Readonly<Partial<Record<ErrorCode, DomainErrorKind>>> = {
  NOT_A_JUDGE_OF_CONTEST: 'FORBIDDEN',
  NOT_CHIEF_JUDGE: 'FORBIDDEN',
  SCORE_NOT_ASSIGNED: 'FORBIDDEN',
  SCORE_CONFLICT_OF_INTEREST: 'FORBIDDEN',
  SCORE_NOT_YOURS: 'FORBIDDEN',
  SCORE_CONFIRMED: 'CONFLICT',
  STALE_SCORE: 'CONFLICT',
  CORRECTION_NEEDS_OBJECTION: 'CONFLICT',
  SCORING_NOT_OPEN: 'CONFLICT',
  SCORING_INCOMPLETE: 'CONFLICT',
};

/** A contestant's attendance (as registrations record it): only PRESENT ones are scored. */
export type Attendance = 'PRESENT' | 'ABSENT' | 'DISQUALIFIED';

export const refuse = (code: ErrorCode, message: string): Refusal => ({
  kind: REFUSAL_KIND[code] ?? 'INVALID',
  code,
  message,
});

/** The caller is not on the contest's panel. */
export const notAJudge = (): Refusal =>
  refuse('NOT_A_JUDGE_OF_CONTEST', 'You are not a judge of this contest');

/** The caller is not a chief judge of the contest. */
export const notChief = (): Refusal =>
  refuse('NOT_CHIEF_JUDGE', 'Only a chief judge of this contest may do this');

/** Where the contest stands for judging. */
export interface JudgingStage {
  status: ContestStatus;
  /** The draw has run (blind codes exist). */
  drawn: boolean;
}

/** Scoring is closed but a chief judge may still correct under an upheld objection. */
export const scoringClosed = (status: ContestStatus): boolean =>
  status === 'REVIEW' || status === 'PUBLISHED';

/** Scores are entered by blind code, so only after the draw and while the contest is SCORING. */
export function checkScoringOpen(stage: JudgingStage): Refusal | null {
  if (stage.status === 'SCORING' && stage.drawn) return null;
  return {
    ...refuse(
      'SCORING_NOT_OPEN',
      stage.drawn
        ? `The contest is ${stage.status}; scores are entered while it is SCORING`
        : 'The draw has not run (or was undone); scores are entered by blind code after the draw',
    ),
    details: { status: stage.status, drawn: stage.drawn },
  };
}

/** Who sends a batch of scores. */
export interface Submitter {
  /** The caller is on the contest's panel. */
  member: boolean;
  /** The caller is a chief judge of the contest. */
  chief: boolean;
  /** An organizer entering a score file on the judges' behalf (never as a judge). */
  organizerOnBehalf: boolean;
}

/**
 * Whether a batch of scores is taken at all. While SCORING (after the draw) from the panel and
 * from an organizer entering a score file; after scoring has closed (REVIEW, PUBLISHED) only a
 * chief judge's correction with a reason gets as far as the entries (each then needs an upheld
 * objection: checkScoreEntry). The stage is checked before who is asking.
 */
export function checkSubmission(
  stage: JudgingStage,
  submitter: Submitter,
  hasReason: boolean,
): Refusal | null {
  const correction = scoringClosed(stage.status) && submitter.chief && hasReason;
  if (!correction) {
    const closed = checkScoringOpen(stage);
    if (closed) return closed;
  }
  if (!submitter.member && !submitter.organizerOnBehalf) return notAJudge();
  return null;
}

/** One entry of a batch, as the service found it. */
export interface ScoreEntryFacts {
  status: ContestStatus;
  /** The blind code as the caller typed it. */
  typedCode: string;
  criterionKey: string;
  /** The contestant behind the code, or null when no contestant of the contest has it. */
  contestant: { code: string; attendance: Attendance; upheldObjection: boolean } | null;
  /** The criterion behind the key, or null when the contest has none by that key. */
  criterion: (ScoredCriterion & { key: string }) | null;
  /** The points as sent (a string or a number, as the request had them). */
  points: unknown;
  caller: {
    /** The batch carries a reason (a correction's 更正理由). */
    hasReason: boolean;
    chief: boolean;
    /** On the panel (an organizer entering a score file is not). */
    member: boolean;
    /** A chief judge, or an organizer entering a score file: may enter other judges' scores. */
    mayEnterForOthers: boolean;
    /** The caller is in conflict with the contestant (their unit, or declared). */
    conflicted: boolean;
  };
  judge: {
    userId: number;
    /** The score is the caller's own (judgeId left out, or their own id). */
    self: boolean;
    member: boolean;
    /** The criterion is in the judge's assignment. */
    assigned: boolean;
    conflicted: boolean;
  };
  /** The same contestant × criterion × judge was already taken earlier in the batch. */
  repeated: boolean;
}

export type ScoreEntryDecision = { ok: true; valueCenti: number } | ({ ok: false } & Refusal);

const no = (code: ErrorCode, message: string): ScoreEntryDecision => ({
  ok: false,
  ...refuse(code, message),
});

/**
 * Who may score what, in the order the checks are made: the code and the criterion exist; the
 * contestant is present; after scoring has closed, a chief judge's correction with a reason under
 * an upheld objection (rules/two-person); another judge's score only by a chief judge (or an
 * organizer's score file) and only for a judge of the panel; the criterion is the judge's; neither
 * the judge nor the correcting chief is in conflict with the contestant; the points are valid for
 * the criterion; the score is not in the batch twice. The first refusal wins.
 */
export function checkScoreEntry(f: ScoreEntryFacts): ScoreEntryDecision {
  const { contestant, criterion, caller, judge } = f;
  if (!contestant) {
    return no('SCORE_UNKNOWN_CODE', `No contestant of this contest has the code "${f.typedCode}"`);
  }
  if (!criterion) {
    return no('SCORE_UNKNOWN_CRITERION', `No criterion has the key "${f.criterionKey}"`);
  }
  if (contestant.attendance !== 'PRESENT') {
    return no(
      'SCORE_NOT_PRESENT',
      `${contestant.code} is marked ${contestant.attendance}: there is nothing to score`,
    );
  }
  if (scoringClosed(f.status)) {
    const decision = scoreWriteAllowed({
      status: f.status,
      chief: caller.chief,
      hasReason: caller.hasReason,
      upheldObjection: contestant.upheldObjection,
    });
    if (!decision.ok) return no(decision.code, decision.message);
  }
  if (!judge.self && !caller.mayEnterForOthers) {
    return no('SCORE_NOT_YOURS', "Only a chief judge corrects another judge's score");
  }
  if (!judge.self && !judge.member) {
    return no('SCORE_NOT_YOURS', `User ${judge.userId} is not a judge of this contest`);
  }
  if (!judge.assigned) {
    return no('SCORE_NOT_ASSIGNED', `Criterion ${criterion.key} is not in the judge's assignment`);
  }
  if (judge.conflicted) {
    return no(
      'SCORE_CONFLICT_OF_INTEREST',
      `The judge may not score ${contestant.code}: a conflict of interest (their own unit, or declared)`,
    );
  }
  // A chief judge's correction is a score in their hands too: their own conflicts apply.
  if (!judge.self && caller.member && caller.conflicted) {
    return no(
      'SCORE_CONFLICT_OF_INTEREST',
      `You may not correct scores of ${contestant.code}: a conflict of interest (your own unit, or declared)`,
    );
  }
  const points = parseScorePoints(f.points, criterion);
  if (!points.ok) return no(points.code, points.message);
  if (f.repeated) return no('SCORE_DUPLICATE_ENTRY', 'The same score appears twice in the batch');
  return { ok: true, valueCenti: points.valueCenti };
}

/** A checked entry against the score stored for it. */
export interface ScoreChangeFacts {
  /** The score as stored now, or null when none has been entered. */
  stored: { valueCenti: number; version: number; confirmed: boolean } | null;
  /** The version the caller read (the sheet's), or undefined when they sent none. */
  readVersion?: number;
  valueCenti: number;
  /** The score is the caller's own (not another judge's). */
  self: boolean;
  /** The caller is a chief judge of the contest. */
  chief: boolean;
  hasReason: boolean;
}

export interface ScoreChangeCheck {
  /** A refusal of the change itself (it refuses the batch before any staleness is reported). */
  refusal: Refusal | null;
  /** The caller read another version than the stored one: the batch is refused as STALE_SCORE. */
  stale: boolean;
}

/**
 * Stale versions and corrections. A version sent must be the stored one (0: none yet). A
 * confirmed score is changed only by a chief judge; a correction (of a confirmed score, or any
 * entry of another judge's score, a first one included) that changes the value needs a reason.
 * Sending the stored value again is never a correction.
 */
export function checkScoreChange(f: ScoreChangeFacts): ScoreChangeCheck {
  const current = f.stored?.version ?? 0;
  const stale = f.readVersion !== undefined && f.readVersion !== current;
  const confirmed = f.stored?.confirmed === true;
  const correcting = confirmed || !f.self;
  let refusal: Refusal | null = null;
  if (confirmed && !f.chief) {
    refusal = refuse(
      'SCORE_CONFIRMED',
      'The score is confirmed; only a chief judge corrects it, with a reason',
    );
  } else if (correcting && !f.hasReason && f.stored?.valueCenti !== f.valueCenti) {
    refusal = refuse(
      'CORRECTION_REASON_REQUIRED',
      'A correction (of a confirmed score, or of another judge’s) needs a reason',
    );
  }
  return { refusal, stale };
}

/** What an accepted entry does to the stored score, and how the audit log names it. */
export type ScoreWrite =
  | { outcome: 'created'; action: 'SCORE_CREATED' }
  | { outcome: 'unchanged' }
  | {
      outcome: 'updated';
      action: 'SCORE_UPDATED' | 'SCORE_CORRECTED';
      /** A changed confirmed score is confirmed again by someone other than who changed it. */
      clearsConfirmation: boolean;
    };

/** A new score is created; the same value again writes nothing; a changed one is an update of one's own unconfirmed score, or else a correction. */
export function scoreWriteOf(
  f: Pick<ScoreChangeFacts, 'stored' | 'valueCenti' | 'self'>,
): ScoreWrite {
  if (!f.stored) return { outcome: 'created', action: 'SCORE_CREATED' };
  if (f.stored.valueCenti === f.valueCenti) return { outcome: 'unchanged' };
  return {
    outcome: 'updated',
    action: f.stored.confirmed || !f.self ? 'SCORE_CORRECTED' : 'SCORE_UPDATED',
    clearsConfirmation: f.stored.confirmed,
  };
}
