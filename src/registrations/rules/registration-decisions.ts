import type { RuleIssue } from '../../common/errors/domain-error';
import type { ErrorCode } from '../../common/errors/error-codes';
import type { ContestStatus } from '../../contests/rules';
import type { Role } from '../../common/auth/principal';
import type { RegistrationStatus } from './registration-status';
import { normaliseCellText } from '../../common/text';

/** Where the contest stands, as far as registrations are concerned. */
export interface ContestStage {
  status: ContestStatus;
  drawn: boolean;
  scoringStarted: boolean;
}

export interface StatusChange {
  role: Role;
  from: RegistrationStatus;
  to: RegistrationStatus;
  reason?: string | null;
  /** Entered by the worker themselves (自主报名): their unit coordinator decides on it. */
  selfRegistered?: boolean;
}

const issue = (code: ErrorCode, message: string): RuleIssue => ({ code, path: 'status', message });

/** New registrations (one by one or by roster) are taken only while the contest is open for them. */
export function checkRegistrationOpen(stage: ContestStage): RuleIssue | null {
  return stage.status === 'REGISTRATION'
    ? null
    : issue(
        'REGISTRATION_CLOSED',
        `The contest is ${stage.status}; registrations are taken only while it is REGISTRATION`,
      );
}

const FROM: Record<RegistrationStatus, readonly RegistrationStatus[]> = {
  PENDING: [],
  APPROVED: ['PENDING', 'REJECTED', 'WITHDRAWN'],
  REJECTED: ['PENDING', 'APPROVED'],
  WITHDRAWN: ['PENDING', 'APPROVED'],
};

/**
 * Who may move a registration where, and when. Organizers decide (approve, reject with a reason,
 * withdraw) while registration is open and after it closes until scoring starts; a withdrawal
 * (a worker who will not come) is still accepted during scoring. Approving after the draw is
 * allowed but undoes the draw (the service marks it so): the draw must then run again. Unit coordinators may
 * withdraw their own entries, and approve or reject the entries their workers made themselves
 * (自主报名), only while registration is open. Returns null when allowed;
 * a change to the current status is allowed (and changes nothing).
 */
export function checkStatusChange(change: StatusChange, stage: ContestStage): RuleIssue | null {
  const { role, from, to } = change;
  if (to === 'PENDING') {
    return issue('REGISTRATION_STATUS_INVALID', 'A registration cannot be set back to PENDING');
  }
  if (role === 'UNIT_COORDINATOR') {
    if (to !== 'WITHDRAWN' && !change.selfRegistered) {
      return issue(
        'REGISTRATION_DECISION_FORBIDDEN',
        'Only organizers approve or reject; a unit coordinator may withdraw an entry',
      );
    }
    if (stage.status !== 'REGISTRATION') return checkRegistrationOpen(stage);
  } else if (role !== 'ORGANIZER') {
    return issue('REGISTRATION_DECISION_FORBIDDEN', 'Only organizers decide on registrations');
  }
  if (stage.status !== 'REGISTRATION' && stage.status !== 'SCORING') {
    return issue(
      'REGISTRATION_LOCKED',
      `The contest is ${stage.status}; registrations can no longer change`,
    );
  }
  if (to !== 'WITHDRAWN' && stage.scoringStarted) {
    return issue(
      'REGISTRATION_SCORING_STARTED',
      'Scoring has started; registrations can only be withdrawn now',
    );
  }
  if (to === 'REJECTED' && !normaliseCellText(change.reason ?? '')) {
    return issue('REJECT_REASON_REQUIRED', 'Give the reason for rejecting the registration');
  }
  if (from === to) return null;
  if (!FROM[to].includes(from)) {
    return issue('REGISTRATION_TRANSITION_INVALID', `A ${from} registration cannot become ${to}`);
  }
  return null;
}

/** Marking an entry out of competition (a guest) is the organizer's call, before results. */
export function checkOutOfCompetitionChange(role: Role, stage: ContestStage): RuleIssue | null {
  if (role !== 'ORGANIZER') {
    return issue(
      'REGISTRATION_DECISION_FORBIDDEN',
      'Only organizers mark a registration out of competition',
    );
  }
  if (stage.status !== 'REGISTRATION' && stage.status !== 'SCORING') {
    return issue(
      'REGISTRATION_LOCKED',
      `The contest is ${stage.status}; registrations can no longer change`,
    );
  }
  return null;
}

/** The draw runs once registration has closed, on decided registrations, before scoring starts. */
export function checkDraw(
  stage: ContestStage,
  counts: { pending: number; approved: number },
  redraw: boolean,
): RuleIssue | null {
  if (stage.status !== 'SCORING') {
    return issue(
      stage.status === 'REGISTRATION' || stage.status === 'DRAFT'
        ? 'DRAW_REGISTRATION_OPEN'
        : 'DRAW_TOO_LATE',
      `The contest is ${stage.status}; the draw runs after registration closes (status SCORING) and before scoring starts`,
    );
  }
  if (stage.scoringStarted) {
    return issue('DRAW_SCORING_STARTED', 'Scoring has started; the draw can no longer change');
  }
  if (stage.drawn && !redraw) {
    return issue(
      'DRAW_ALREADY_DONE',
      'The draw has already run; send { "redraw": true } to draw again before scoring starts',
    );
  }
  if (counts.pending > 0) {
    return issue(
      'DRAW_PENDING_REGISTRATIONS',
      `${counts.pending} registration(s) are still PENDING; approve or reject them before the draw`,
    );
  }
  if (counts.approved === 0) {
    return issue('DRAW_NOTHING_TO_DRAW', 'No registration is APPROVED');
  }
  return null;
}
