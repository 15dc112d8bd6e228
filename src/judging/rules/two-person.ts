import type { ContestStatus } from '../../contests/rules/contest-rules.types';

/*
 * The two-person rule around corrections (docs/judging.md "Two people"): every score that counts has
 * passed through two pairs of hands. A chief judge who corrects a score becomes its second hand,
 * so the correction undoes the confirmation and someone else confirms it again. Once scoring has
 * closed, a correction is no longer the chief judge's own decision: it needs an objection the
 * organizer upheld for that contestant, or the organizer reopening scoring (REVIEW → SCORING).
 */

export type CorrectionDecision =
  | { ok: true }
  | {
      ok: false;
      code: 'SCORING_NOT_OPEN' | 'CORRECTION_NEEDS_OBJECTION' | 'CORRECTION_REASON_REQUIRED';
      message: string;
    };

export interface ScoreWriteInput {
  status: ContestStatus;
  /** The caller is a chief judge of the contest. */
  chief: boolean;
  /** The batch carries a reason (a correction's 更正理由). */
  hasReason: boolean;
  /** An objection to this contestant's result was upheld by the organizer. */
  upheldObjection: boolean;
}

/** Whether a score may be written for this contestant at this stage of the contest. */
export function scoreWriteAllowed(input: ScoreWriteInput): CorrectionDecision {
  if (input.status === 'SCORING') return { ok: true };
  if (input.status !== 'REVIEW' && input.status !== 'PUBLISHED') {
    return {
      ok: false,
      code: 'SCORING_NOT_OPEN',
      message: `The contest is ${input.status}; scores are entered while it is SCORING`,
    };
  }
  if (!input.chief) {
    return {
      ok: false,
      code: 'SCORING_NOT_OPEN',
      message: `Scoring is closed (${input.status}); only a chief judge corrects, after an upheld objection`,
    };
  }
  if (!input.hasReason) {
    return {
      ok: false,
      code: 'CORRECTION_REASON_REQUIRED',
      message: 'A correction after scoring has closed needs a reason',
    };
  }
  if (!input.upheldObjection) {
    return {
      ok: false,
      code: 'CORRECTION_NEEDS_OBJECTION',
      message:
        'Scoring is closed: a correction needs an objection upheld for this contestant, or the organizer reopening scoring (REVIEW → SCORING)',
    };
  }
  return { ok: true };
}

/**
 * Whether confirmations may be given at this stage: while SCORING, and after it only for what a
 * correction under an upheld objection left unconfirmed (nothing else can be unconfirmed then).
 */
export function confirmationAllowed(status: ContestStatus): boolean {
  return status === 'SCORING' || status === 'REVIEW' || status === 'PUBLISHED';
}
