import type { AggregationMethod, CriterionKind } from '../../contests/rules/contest-rules.types';
import { formatScore } from './score-points';

/*
 * The state of one group of judges' scores: one registration on one criterion. It decides whether
 * the group is complete, whether the judges agree closely enough (docs/judging.md "Judgement criteria":
 * a wider spread is flagged and cannot be confirmed until they re-mark) and whether a given person
 * may confirm it ("Two people": no one confirms a score they entered).
 */

export interface GroupScore {
  judgeId: number;
  valueCenti: number;
  confirmed: boolean;
  /** The user who typed the score in: the judge, or a clerk entering a paper score sheet. */
  enteredBy: number;
}

export interface GroupInput {
  kind: CriterionKind;
  method: AggregationMethod;
  /** Same unit as the values (hundredths of a point or of a mark); null: no spread check. */
  toleranceCenti: number | null;
  /** Judges assigned to this criterion and not in conflict with this worker. */
  requiredJudges: readonly number[];
  /** Entries present; may include judges no longer required (see ignoredScores). */
  scores: readonly GroupScore[];
}

export type GroupState =
  | { state: 'MISSING'; missingJudges: number[] }
  | { state: 'FLAGGED'; reason: 'SPREAD'; spreadCenti: number; toleranceCenti: number }
  | { state: 'FLAGGED'; reason: 'TOO_FEW_JUDGES'; judges: number; needed: number }
  | { state: 'READY' }
  | { state: 'CONFIRMED' };

export type ConfirmCheck =
  { ok: true } | { ok: false; code: 'SCORE_NOT_READY' | 'CONFIRM_OWN_SCORE'; message: string };

/** Dropping one highest and one lowest leaves nothing to average with fewer than 3 judges. */
export const TRIMMED_MEAN_MIN_JUDGES = 3;

function distinct(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}

/**
 * The scores that count: those of required judges. A judge who was unassigned or found to be in
 * conflict after scoring keeps their entry in the table (it is history) but it no longer counts.
 */
export function countedScores(group: GroupInput): GroupScore[] {
  const required = new Set(group.requiredJudges);
  return group.scores.filter((s) => required.has(s.judgeId));
}

/** Entries of judges who are not required, so a screen can show them as "not counted". */
export function ignoredScores(group: GroupInput): GroupScore[] {
  const required = new Set(group.requiredJudges);
  return group.scores.filter((s) => !required.has(s.judgeId));
}

/** Checks in the order TOO_FEW_JUDGES, MISSING, SPREAD, CONFIRMED, READY. */
export function assessGroup(group: GroupInput): GroupState {
  const required = distinct(group.requiredJudges);
  // One number covers both rules, so a TRIMMED_MEAN group with no judges at all is told it needs
  // 3, which is what will fix it, rather than 1.
  const needed = group.method === 'TRIMMED_MEAN' ? TRIMMED_MEAN_MIN_JUDGES : 1;
  if (required.length < needed) {
    return { state: 'FLAGGED', reason: 'TOO_FEW_JUDGES', judges: required.length, needed };
  }

  const counted = countedScores(group);
  const scored = new Set(counted.map((s) => s.judgeId));
  // SINGLE takes one judge's (or a consensus) mark, so any one required judge completes it.
  const missingJudges =
    group.method !== 'SINGLE'
      ? required.filter((id) => !scored.has(id))
      : scored.size === 0
        ? required
        : [];
  if (missingJudges.length > 0) return { state: 'MISSING', missingJudges };

  if (group.toleranceCenti !== null) {
    const values = counted.map((s) => s.valueCenti);
    const spreadCenti = Math.max(...values) - Math.min(...values);
    if (spreadCenti > group.toleranceCenti) {
      return {
        state: 'FLAGGED',
        reason: 'SPREAD',
        spreadCenti,
        toleranceCenti: group.toleranceCenti,
      };
    }
  }

  return counted.every((s) => s.confirmed) ? { state: 'CONFIRMED' } : { state: 'READY' };
}

/** Why a group that is not READY cannot be confirmed, in words a chief judge can act on. */
function notReadyMessage(state: GroupState, kind: CriterionKind): string {
  const unit = kind === 'JUDGEMENT' ? 'marks' : 'points';
  switch (state.state) {
    case 'MISSING':
      return `Scores are still missing from judge(s) ${state.missingJudges.join(', ')}.`;
    case 'FLAGGED':
      return state.reason === 'SPREAD'
        ? `The judges' scores differ by ${formatScore(state.spreadCenti, kind)} ${unit}, more than the tolerance of ${formatScore(state.toleranceCenti, kind)}; the judges must re-mark first.`
        : `This criterion needs at least ${state.needed} judge(s) for this worker but has ${state.judges}; assign more judges first.`;
    case 'CONFIRMED':
      return 'These scores are already confirmed.';
    case 'READY':
      return 'These scores are ready.';
  }
}

/**
 * Whether `confirmerId` may confirm the group now. Only a READY group can be confirmed, and not by
 * anyone whose hand is on a counted score, as the judge who gave it or the person who entered it.
 */
export function canConfirm(group: GroupInput, confirmerId: number): ConfirmCheck {
  const state = assessGroup(group);
  if (state.state !== 'READY') {
    return { ok: false, code: 'SCORE_NOT_READY', message: notReadyMessage(state, group.kind) };
  }
  const own = countedScores(group).find(
    (s) => s.judgeId === confirmerId || s.enteredBy === confirmerId,
  );
  if (own !== undefined) {
    return {
      ok: false,
      code: 'CONFIRM_OWN_SCORE',
      message:
        own.judgeId === confirmerId
          ? 'You gave one of these scores; another chief judge must confirm them.'
          : `You entered the score of judge ${own.judgeId}; another chief judge must confirm these scores.`,
    };
  }
  return { ok: true };
}
