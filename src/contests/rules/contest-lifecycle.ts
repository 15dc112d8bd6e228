import type { RuleIssue } from '../../common/errors/domain-error';
import { CONTEST_STATUSES, ContestStatus, isOneOf } from './contest-rules.types';

/**
 * The next statuses a contest may move to, forward first. Each step back reopens the previous
 * stage: PUBLISHED → REVIEW is the correction after an upheld objection; FINAL is closed for good.
 */
export const CONTEST_TRANSITIONS: Readonly<Record<ContestStatus, readonly ContestStatus[]>> = {
  DRAFT: ['REGISTRATION'],
  REGISTRATION: ['SCORING', 'DRAFT'],
  SCORING: ['REVIEW', 'REGISTRATION'],
  REVIEW: ['PUBLISHED', 'SCORING'],
  PUBLISHED: ['FINAL', 'REVIEW'],
  FINAL: [],
};

export function isContestStatus(value: unknown): value is ContestStatus {
  return isOneOf(CONTEST_STATUSES, value);
}

/** A fresh copy, so callers cannot change the table by accident. */
export function allowedTransitions(from: ContestStatus): ContestStatus[] {
  return isContestStatus(from) ? [...CONTEST_TRANSITIONS[from]] : [];
}

/** Null when the move is allowed; otherwise the issue to report at `status`. */
export function checkTransition(from: ContestStatus, to: ContestStatus): RuleIssue | null {
  const allowed = allowedTransitions(from);
  const next =
    allowed.length > 0
      ? `allowed next: ${allowed.join(', ')}`
      : `${String(from)} is ${isContestStatus(from) ? 'the last status' : 'not a known status'}; nothing may follow it`;
  if (from === to && isContestStatus(from)) {
    return {
      code: 'SAME_STATUS',
      path: 'status',
      message: `The contest is already ${from}; ${next}.`,
    };
  }
  if (isContestStatus(to) && allowed.includes(to)) return null;
  return {
    code: 'INVALID_TRANSITION',
    path: 'status',
    message: `A contest cannot move from ${String(from)} to ${String(to)}; ${next}.`,
  };
}

/** Parts, criteria and weights change only before registration opens, when no score can exist. */
export function isSchemeEditable(status: ContestStatus): boolean {
  return status === 'DRAFT';
}
