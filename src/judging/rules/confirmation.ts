import { canConfirm, GroupInput, GroupState } from './score-groups';
import { checkScoringOpen, JudgingStage, notChief, Refusal, refuse } from './score-entry';
import { confirmationAllowed } from './two-person';

/*
 * Confirmation's decision chain (docs/judging.md "Two people"): who may confirm, at which stage, which
 * groups a confirmation takes and why it leaves the others, and when scoring may close.
 */

/** Who asks to confirm. */
export interface Confirmer {
  /** A chief judge of the contest. */
  chief: boolean;
  organizer: boolean;
}

/**
 * Chief judges confirm, and organizers too (after a chief judge's correction someone other than
 * that chief must confirm, and a contest may have a single chief). While SCORING, and after it
 * (REVIEW, PUBLISHED) for what a correction under an upheld objection left; always after the draw.
 * Who asks is checked before the stage.
 */
export function checkConfirmer(confirmer: Confirmer, stage: JudgingStage): Refusal | null {
  if (!confirmer.chief && !confirmer.organizer) {
    return notChief();
  }
  if (!confirmationAllowed(stage.status) || !stage.drawn) {
    return checkScoringOpen(stage);
  }
  return null;
}

/** What a confirmation does with one group (one contestant on one criterion). */
export type GroupConfirmation =
  | 'alreadyConfirmed'
  | 'missing'
  | 'flagged'
  /** Ready, but the confirmer is in conflict with the contestant: left for someone else. */
  | 'conflicted'
  /** Ready, but the confirmer gave or entered one of the counted scores. */
  | 'ownScore'
  | 'confirm';

/**
 * A group is confirmed when READY, the confirmer is not in conflict with the contestant, and no
 * counted score passed through the confirmer's hands (rules/score-groups canConfirm).
 */
export function groupConfirmation(
  group: GroupInput,
  state: GroupState,
  confirmerId: number,
  conflicted: boolean,
): GroupConfirmation {
  if (state.state === 'CONFIRMED') return 'alreadyConfirmed';
  if (state.state === 'MISSING') return 'missing';
  if (state.state === 'FLAGGED') return 'flagged';
  if (conflicted) return 'conflicted';
  return canConfirm(group, confirmerId).ok ? 'confirm' : 'ownScore';
}

/** How far the contest's groups are from all confirmed. */
export interface Completion {
  missing: number;
  flagged: number;
  /** READY: complete and in tolerance, not confirmed yet. */
  ready: number;
}

/** A chief judge closes scoring (SCORING → REVIEW), after the draw. */
export function checkClose(chief: boolean, stage: JudgingStage): Refusal | null {
  if (!chief) return notChief();
  return checkScoringOpen(stage);
}

/** Scoring closes only once every group of every present contestant is confirmed. */
export function checkScoringComplete(completion: Completion): Refusal | null {
  const { missing, flagged, ready } = completion;
  if (missing + flagged + ready === 0) return null;
  return {
    ...refuse(
      'SCORING_INCOMPLETE',
      `Scoring closes once every score is confirmed: ${missing} missing, ${flagged} flagged, ` +
        `${ready} not confirmed yet`,
    ),
    details: { missing, flagged, unconfirmed: ready },
  };
}
