import type { ContestStatus } from '../../contests/rules';
import type { Role } from '../../common/auth/principal';
import type { RegistrationStatus } from './registration-status';
import {
  checkDraw,
  checkOutOfCompetitionChange,
  checkRegistrationOpen,
  checkStatusChange,
  ContestStage,
  StatusChange,
} from './registration-decisions';

const stage = (status: ContestStatus, over: Partial<ContestStage> = {}): ContestStage => ({
  status,
  drawn: false,
  scoringStarted: false,
  ...over,
});

/** Registration open: nothing drawn, nothing scored. */
const OPEN = stage('REGISTRATION');
/** Registration closed, the draw done, judges not yet scoring. */
const DRAWN = stage('SCORING', { drawn: true });
/** Judges are scoring. */
const SCORING = stage('SCORING', { drawn: true, scoringStarted: true });

const change = (
  role: Role,
  from: RegistrationStatus,
  to: RegistrationStatus,
  reason?: string | null,
): StatusChange => ({ role, from, to, reason });

/** The code of the refusal, or null when the change is allowed. */
const codeOf = (c: StatusChange, s: ContestStage): string | null =>
  checkStatusChange(c, s)?.code ?? null;

const REASON = '身份证号与本人不符';

describe('checkRegistrationOpen', () => {
  it('takes new registrations while the contest is REGISTRATION', () => {
    expect(checkRegistrationOpen(OPEN)).toBeNull();
  });

  it.each<ContestStatus>(['DRAFT', 'SCORING', 'REVIEW', 'PUBLISHED', 'FINAL'])(
    'refuses them while the contest is %s and names the status',
    (status) => {
      const issue = checkRegistrationOpen(stage(status));
      expect(issue).toEqual({
        code: 'REGISTRATION_CLOSED',
        path: 'status',
        message: expect.any(String),
      });
      expect(issue?.message).toContain(`The contest is ${status}`);
    },
  );

  it('does not care about the draw or scoring flags, only the status', () => {
    expect(checkRegistrationOpen(stage('REGISTRATION', { drawn: true }))).toBeNull();
    expect(checkRegistrationOpen(stage('SCORING', { drawn: false }))?.code).toBe(
      'REGISTRATION_CLOSED',
    );
  });
});

describe('checkStatusChange: organizers, every from → to pair while registration is open', () => {
  // A reason is always given, so REJECTED is judged on the transition alone.
  it.each<[RegistrationStatus, RegistrationStatus, string | null]>([
    ['PENDING', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['PENDING', 'APPROVED', null],
    ['PENDING', 'REJECTED', null],
    ['PENDING', 'WITHDRAWN', null],
    ['APPROVED', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['APPROVED', 'APPROVED', null],
    ['APPROVED', 'REJECTED', null],
    ['APPROVED', 'WITHDRAWN', null],
    ['REJECTED', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['REJECTED', 'APPROVED', null],
    ['REJECTED', 'REJECTED', null],
    ['REJECTED', 'WITHDRAWN', 'REGISTRATION_TRANSITION_INVALID'],
    ['WITHDRAWN', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['WITHDRAWN', 'APPROVED', null],
    ['WITHDRAWN', 'REJECTED', 'REGISTRATION_TRANSITION_INVALID'],
    ['WITHDRAWN', 'WITHDRAWN', null],
  ])('%s → %s: %p', (from, to, expected) => {
    expect(codeOf(change('ORGANIZER', from, to, REASON), OPEN)).toBe(expected);
  });
});

describe('checkStatusChange: organizers after the draw, before scoring', () => {
  // REJECTED → APPROVED and WITHDRAWN → APPROVED are left out on purpose: the rules ignore
  // `drawn`, so such an entry would be approved without a station or blind code. Whether that
  // should be refused (or force a redraw) is an open question, not something to pin here.
  it.each<[RegistrationStatus, RegistrationStatus, string | null]>([
    ['PENDING', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['PENDING', 'APPROVED', null],
    ['PENDING', 'REJECTED', null],
    ['PENDING', 'WITHDRAWN', null],
    ['APPROVED', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['APPROVED', 'APPROVED', null],
    ['APPROVED', 'REJECTED', null],
    ['APPROVED', 'WITHDRAWN', null],
    ['REJECTED', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['REJECTED', 'REJECTED', null],
    ['REJECTED', 'WITHDRAWN', 'REGISTRATION_TRANSITION_INVALID'],
    ['WITHDRAWN', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['WITHDRAWN', 'REJECTED', 'REGISTRATION_TRANSITION_INVALID'],
    ['WITHDRAWN', 'WITHDRAWN', null],
  ])('%s → %s: %p', (from, to, expected) => {
    expect(codeOf(change('ORGANIZER', from, to, REASON), DRAWN)).toBe(expected);
  });

  it('decides the same way whether or not the draw has run', () => {
    const undrawn = stage('SCORING');
    expect(codeOf(change('ORGANIZER', 'PENDING', 'APPROVED'), undrawn)).toBeNull();
    expect(codeOf(change('ORGANIZER', 'APPROVED', 'REJECTED', REASON), undrawn)).toBeNull();
    expect(codeOf(change('ORGANIZER', 'APPROVED', 'WITHDRAWN'), undrawn)).toBeNull();
  });
});

describe('checkStatusChange: organizers, every from → to pair once scoring has started', () => {
  it.each<[RegistrationStatus, RegistrationStatus, string | null]>([
    ['PENDING', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['PENDING', 'APPROVED', 'REGISTRATION_SCORING_STARTED'],
    ['PENDING', 'REJECTED', 'REGISTRATION_SCORING_STARTED'],
    ['PENDING', 'WITHDRAWN', null],
    ['APPROVED', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['APPROVED', 'APPROVED', 'REGISTRATION_SCORING_STARTED'],
    ['APPROVED', 'REJECTED', 'REGISTRATION_SCORING_STARTED'],
    ['APPROVED', 'WITHDRAWN', null],
    ['REJECTED', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['REJECTED', 'APPROVED', 'REGISTRATION_SCORING_STARTED'],
    ['REJECTED', 'REJECTED', 'REGISTRATION_SCORING_STARTED'],
    ['REJECTED', 'WITHDRAWN', 'REGISTRATION_TRANSITION_INVALID'],
    ['WITHDRAWN', 'PENDING', 'REGISTRATION_STATUS_INVALID'],
    ['WITHDRAWN', 'APPROVED', 'REGISTRATION_SCORING_STARTED'],
    ['WITHDRAWN', 'REJECTED', 'REGISTRATION_SCORING_STARTED'],
    ['WITHDRAWN', 'WITHDRAWN', null],
  ])('%s → %s: %p', (from, to, expected) => {
    expect(codeOf(change('ORGANIZER', from, to, REASON), SCORING)).toBe(expected);
  });

  it('says that only withdrawals are taken now', () => {
    expect(checkStatusChange(change('ORGANIZER', 'PENDING', 'APPROVED'), SCORING)).toEqual({
      code: 'REGISTRATION_SCORING_STARTED',
      path: 'status',
      message: 'Scoring has started; registrations can only be withdrawn now',
    });
  });
});

describe('checkStatusChange: every role in every contest status', () => {
  type Row = [ContestStatus, string | null, string | null, string | null];
  // [status, approve PENDING → APPROVED, reject APPROVED → REJECTED, withdraw APPROVED → WITHDRAWN]
  const LOCKED = 'REGISTRATION_LOCKED';
  const FORBIDDEN = 'REGISTRATION_DECISION_FORBIDDEN';
  const CLOSED = 'REGISTRATION_CLOSED';
  const table: Record<Role, Row[]> = {
    ORGANIZER: [
      ['DRAFT', LOCKED, LOCKED, LOCKED],
      ['REGISTRATION', null, null, null],
      ['SCORING', null, null, null],
      ['REVIEW', LOCKED, LOCKED, LOCKED],
      ['PUBLISHED', LOCKED, LOCKED, LOCKED],
      ['FINAL', LOCKED, LOCKED, LOCKED],
    ],
    UNIT_COORDINATOR: [
      ['DRAFT', FORBIDDEN, FORBIDDEN, CLOSED],
      ['REGISTRATION', FORBIDDEN, FORBIDDEN, null],
      ['SCORING', FORBIDDEN, FORBIDDEN, CLOSED],
      ['REVIEW', FORBIDDEN, FORBIDDEN, CLOSED],
      ['PUBLISHED', FORBIDDEN, FORBIDDEN, CLOSED],
      ['FINAL', FORBIDDEN, FORBIDDEN, CLOSED],
    ],
    JUDGE: [
      ['DRAFT', FORBIDDEN, FORBIDDEN, FORBIDDEN],
      ['REGISTRATION', FORBIDDEN, FORBIDDEN, FORBIDDEN],
      ['SCORING', FORBIDDEN, FORBIDDEN, FORBIDDEN],
      ['REVIEW', FORBIDDEN, FORBIDDEN, FORBIDDEN],
      ['PUBLISHED', FORBIDDEN, FORBIDDEN, FORBIDDEN],
      ['FINAL', FORBIDDEN, FORBIDDEN, FORBIDDEN],
    ],
  };
  const rows = (Object.keys(table) as Role[]).flatMap((role) =>
    table[role].map((row) => [role, ...row] as [Role, ...Row]),
  );

  describe.each(rows)('%s, contest %s', (role, status, approve, reject, withdraw) => {
    const s = stage(status);
    it(`approve: ${String(approve)}`, () => {
      expect(codeOf(change(role, 'PENDING', 'APPROVED'), s)).toBe(approve);
    });
    it(`reject with a reason: ${String(reject)}`, () => {
      expect(codeOf(change(role, 'APPROVED', 'REJECTED', REASON), s)).toBe(reject);
    });
    it(`withdraw: ${String(withdraw)}`, () => {
      expect(codeOf(change(role, 'APPROVED', 'WITHDRAWN'), s)).toBe(withdraw);
    });
  });
});

describe('checkStatusChange: the draw and scoring flags', () => {
  it.each<[string, ContestStage, string | null, string | null]>([
    // [label, stage, approve PENDING → APPROVED, withdraw APPROVED → WITHDRAWN]
    ['SCORING, not drawn, not scoring', stage('SCORING'), null, null],
    ['SCORING, drawn, not scoring', DRAWN, null, null],
    ['SCORING, drawn, scoring', SCORING, 'REGISTRATION_SCORING_STARTED', null],
    [
      'SCORING, not drawn, scoring',
      stage('SCORING', { scoringStarted: true }),
      'REGISTRATION_SCORING_STARTED',
      null,
    ],
  ])('organizer, %s: approve %p, withdraw %p', (_label, s, approve, withdraw) => {
    expect(codeOf(change('ORGANIZER', 'PENDING', 'APPROVED'), s)).toBe(approve);
    expect(codeOf(change('ORGANIZER', 'APPROVED', 'WITHDRAWN'), s)).toBe(withdraw);
  });

  it('still accepts a withdrawal (a worker who will not come) during scoring', () => {
    expect(codeOf(change('ORGANIZER', 'APPROVED', 'WITHDRAWN'), SCORING)).toBeNull();
  });

  it('refuses rejecting during scoring even with a reason', () => {
    expect(codeOf(change('ORGANIZER', 'APPROVED', 'REJECTED', REASON), SCORING)).toBe(
      'REGISTRATION_SCORING_STARTED',
    );
  });

  it('reports a locked contest before started scoring once results are under review', () => {
    const review = stage('REVIEW', { drawn: true, scoringStarted: true });
    expect(codeOf(change('ORGANIZER', 'APPROVED', 'WITHDRAWN'), review)).toBe(
      'REGISTRATION_LOCKED',
    );
    expect(codeOf(change('ORGANIZER', 'PENDING', 'APPROVED'), review)).toBe('REGISTRATION_LOCKED');
  });

  it('does not let a coordinator withdraw during scoring, even though an organizer may', () => {
    expect(codeOf(change('UNIT_COORDINATOR', 'APPROVED', 'WITHDRAWN'), SCORING)).toBe(
      'REGISTRATION_CLOSED',
    );
    expect(codeOf(change('UNIT_COORDINATOR', 'APPROVED', 'WITHDRAWN'), DRAWN)).toBe(
      'REGISTRATION_CLOSED',
    );
  });
});

describe('checkStatusChange: the reason for rejecting', () => {
  it.each<[string, string | null | undefined]>([
    ['no reason', undefined],
    ['a null reason', null],
    ['an empty reason', ''],
    ['a blank reason', '   '],
    ['tabs and newlines', '\t\n'],
    ['a full-width space', '\u3000'],
  ])('refuses rejecting with %s', (_label, reason) => {
    expect(checkStatusChange(change('ORGANIZER', 'PENDING', 'REJECTED', reason), OPEN)).toEqual({
      code: 'REJECT_REASON_REQUIRED',
      path: 'status',
      message: 'Give the reason for rejecting the registration',
    });
  });

  it('accepts a reason with blanks around it', () => {
    expect(codeOf(change('ORGANIZER', 'PENDING', 'REJECTED', `  ${REASON}  `), OPEN)).toBeNull();
  });

  it('asks for a reason when an approved registration is rejected after all', () => {
    expect(codeOf(change('ORGANIZER', 'APPROVED', 'REJECTED'), DRAWN)).toBe(
      'REJECT_REASON_REQUIRED',
    );
  });

  it('asks for a reason even when the registration is already REJECTED (the reason is rewritten)', () => {
    expect(codeOf(change('ORGANIZER', 'REJECTED', 'REJECTED', ''), OPEN)).toBe(
      'REJECT_REASON_REQUIRED',
    );
  });

  it.each<RegistrationStatus>(['APPROVED', 'WITHDRAWN'])('needs no reason for %s', (to) => {
    expect(codeOf(change('ORGANIZER', 'PENDING', to), OPEN)).toBeNull();
  });

  it('reports the forbidden role, not the missing reason, when a coordinator rejects', () => {
    expect(codeOf(change('UNIT_COORDINATOR', 'PENDING', 'REJECTED'), OPEN)).toBe(
      'REGISTRATION_DECISION_FORBIDDEN',
    );
  });

  it('reports the locked contest, not the missing reason, after results', () => {
    expect(codeOf(change('ORGANIZER', 'PENDING', 'REJECTED'), stage('PUBLISHED'))).toBe(
      'REGISTRATION_LOCKED',
    );
  });
});

describe('checkStatusChange: unit coordinators', () => {
  it.each<[RegistrationStatus, string | null]>([
    ['PENDING', null],
    ['APPROVED', null],
    ['WITHDRAWN', null],
    ['REJECTED', 'REGISTRATION_TRANSITION_INVALID'],
  ])('withdraw a %s entry while registration is open: %p', (from, expected) => {
    expect(codeOf(change('UNIT_COORDINATOR', from, 'WITHDRAWN'), OPEN)).toBe(expected);
  });

  it.each<RegistrationStatus>(['APPROVED', 'REJECTED'])(
    'may not decide %s, and are told only organizers do',
    (to) => {
      const issue = checkStatusChange(change('UNIT_COORDINATOR', 'PENDING', to, REASON), OPEN);
      expect(issue?.code).toBe('REGISTRATION_DECISION_FORBIDDEN');
      expect(issue?.message).toContain('Only organizers');
      expect(issue?.message).toContain('withdraw');
    },
  );

  it('are told registration is closed, naming the status, when they withdraw later', () => {
    const issue = checkStatusChange(change('UNIT_COORDINATOR', 'PENDING', 'WITHDRAWN'), DRAWN);
    expect(issue?.code).toBe('REGISTRATION_CLOSED');
    expect(issue?.message).toContain('The contest is SCORING');
    expect(issue?.path).toBe('status');
  });
});

describe('checkStatusChange: judges', () => {
  it.each<RegistrationStatus>(['APPROVED', 'REJECTED', 'WITHDRAWN'])(
    'may not set a registration to %s, even while registration is open',
    (to) => {
      const issue = checkStatusChange(change('JUDGE', 'PENDING', to, REASON), OPEN);
      expect(issue).toEqual({
        code: 'REGISTRATION_DECISION_FORBIDDEN',
        path: 'status',
        message: 'Only organizers decide on registrations',
      });
    },
  );
});

describe('checkStatusChange: back to PENDING', () => {
  it.each<Role>(['ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE'])(
    'is refused as invalid for %s before any role or stage check',
    (role) => {
      const issue = checkStatusChange(change(role, 'APPROVED', 'PENDING'), stage('FINAL'));
      expect(issue).toEqual({
        code: 'REGISTRATION_STATUS_INVALID',
        path: 'status',
        message: 'A registration cannot be set back to PENDING',
      });
    },
  );
});

describe('checkStatusChange: messages', () => {
  it('names both statuses of an impossible transition', () => {
    const issue = checkStatusChange(change('ORGANIZER', 'WITHDRAWN', 'REJECTED', REASON), OPEN);
    expect(issue).toEqual({
      code: 'REGISTRATION_TRANSITION_INVALID',
      path: 'status',
      message: 'A WITHDRAWN registration cannot become REJECTED',
    });
  });

  it.each<ContestStatus>(['DRAFT', 'REVIEW', 'PUBLISHED', 'FINAL'])(
    'names the contest status %s when registrations are locked',
    (status) => {
      const issue = checkStatusChange(change('ORGANIZER', 'PENDING', 'APPROVED'), stage(status));
      expect(issue?.message).toBe(`The contest is ${status}; registrations can no longer change`);
    },
  );
});

describe('checkOutOfCompetitionChange', () => {
  it.each<[Role, ContestStatus, string | null]>([
    ['ORGANIZER', 'DRAFT', 'REGISTRATION_LOCKED'],
    ['ORGANIZER', 'REGISTRATION', null],
    ['ORGANIZER', 'SCORING', null],
    ['ORGANIZER', 'REVIEW', 'REGISTRATION_LOCKED'],
    ['ORGANIZER', 'PUBLISHED', 'REGISTRATION_LOCKED'],
    ['ORGANIZER', 'FINAL', 'REGISTRATION_LOCKED'],
    ['UNIT_COORDINATOR', 'DRAFT', 'REGISTRATION_DECISION_FORBIDDEN'],
    ['UNIT_COORDINATOR', 'REGISTRATION', 'REGISTRATION_DECISION_FORBIDDEN'],
    ['UNIT_COORDINATOR', 'SCORING', 'REGISTRATION_DECISION_FORBIDDEN'],
    ['UNIT_COORDINATOR', 'REVIEW', 'REGISTRATION_DECISION_FORBIDDEN'],
    ['UNIT_COORDINATOR', 'PUBLISHED', 'REGISTRATION_DECISION_FORBIDDEN'],
    ['UNIT_COORDINATOR', 'FINAL', 'REGISTRATION_DECISION_FORBIDDEN'],
    ['JUDGE', 'DRAFT', 'REGISTRATION_DECISION_FORBIDDEN'],
    ['JUDGE', 'REGISTRATION', 'REGISTRATION_DECISION_FORBIDDEN'],
    ['JUDGE', 'SCORING', 'REGISTRATION_DECISION_FORBIDDEN'],
    ['JUDGE', 'REVIEW', 'REGISTRATION_DECISION_FORBIDDEN'],
    ['JUDGE', 'PUBLISHED', 'REGISTRATION_DECISION_FORBIDDEN'],
    ['JUDGE', 'FINAL', 'REGISTRATION_DECISION_FORBIDDEN'],
  ])('%s, contest %s: %p', (role, status, expected) => {
    expect(checkOutOfCompetitionChange(role, stage(status))?.code ?? null).toBe(expected);
  });

  it('lets the organizer mark a guest after the draw and during scoring, before results', () => {
    expect(checkOutOfCompetitionChange('ORGANIZER', DRAWN)).toBeNull();
    expect(checkOutOfCompetitionChange('ORGANIZER', SCORING)).toBeNull();
  });

  it('says only organizers mark a guest', () => {
    expect(checkOutOfCompetitionChange('UNIT_COORDINATOR', OPEN)).toEqual({
      code: 'REGISTRATION_DECISION_FORBIDDEN',
      path: 'status',
      message: 'Only organizers mark a registration out of competition',
    });
  });

  it('names the status once results are under review', () => {
    expect(checkOutOfCompetitionChange('ORGANIZER', stage('REVIEW'))?.message).toContain(
      'The contest is REVIEW',
    );
  });
});

describe('checkDraw', () => {
  const READY = { pending: 0, approved: 12 };
  const drawCode = (
    s: ContestStage,
    counts: { pending: number; approved: number } = READY,
    redraw = false,
  ): string | null => checkDraw(s, counts, redraw)?.code ?? null;

  it('runs once registration has closed, with every registration decided', () => {
    expect(checkDraw(stage('SCORING'), READY, false)).toBeNull();
  });

  it('runs with a single approved registration', () => {
    expect(drawCode(stage('SCORING'), { pending: 0, approved: 1 })).toBeNull();
  });

  it.each<[ContestStatus, string | null]>([
    ['DRAFT', 'DRAW_REGISTRATION_OPEN'],
    ['REGISTRATION', 'DRAW_REGISTRATION_OPEN'],
    ['SCORING', null],
    ['REVIEW', 'DRAW_TOO_LATE'],
    ['PUBLISHED', 'DRAW_TOO_LATE'],
    ['FINAL', 'DRAW_TOO_LATE'],
  ])('contest %s: %p', (status, expected) => {
    expect(drawCode(stage(status))).toBe(expected);
  });

  it('names the status and SCORING when registration is still open', () => {
    const issue = checkDraw(OPEN, READY, false);
    expect(issue?.code).toBe('DRAW_REGISTRATION_OPEN');
    expect(issue?.message).toContain('The contest is REGISTRATION');
    expect(issue?.message).toContain('SCORING');
    expect(issue?.path).toBe('status');
  });

  it('says too late under review even with a redraw asked for', () => {
    expect(drawCode(stage('REVIEW', { drawn: true, scoringStarted: true }), READY, true)).toBe(
      'DRAW_TOO_LATE',
    );
  });

  it('refuses once scoring has started, even with redraw', () => {
    expect(drawCode(SCORING, READY, true)).toBe('DRAW_SCORING_STARTED');
    expect(drawCode(SCORING, READY, false)).toBe('DRAW_SCORING_STARTED');
    expect(drawCode(stage('SCORING', { scoringStarted: true }), READY, false)).toBe(
      'DRAW_SCORING_STARTED',
    );
  });

  it('refuses a second draw unless a redraw is asked for, and says how to ask', () => {
    const issue = checkDraw(DRAWN, READY, false);
    expect(issue?.code).toBe('DRAW_ALREADY_DONE');
    expect(issue?.message).toContain('"redraw": true');
  });

  it('draws again when a redraw is asked for before scoring', () => {
    expect(drawCode(DRAWN, READY, true)).toBeNull();
  });

  it('accepts a redraw flag when nothing has been drawn yet', () => {
    expect(drawCode(stage('SCORING'), READY, true)).toBeNull();
  });

  it('refuses while registrations are PENDING and says how many', () => {
    const issue = checkDraw(stage('SCORING'), { pending: 37, approved: 120 }, false);
    expect(issue?.code).toBe('DRAW_PENDING_REGISTRATIONS');
    expect(issue?.message).toContain('37 registration(s) are still PENDING');
  });

  it('checks pending registrations on a redraw too', () => {
    expect(drawCode(DRAWN, { pending: 1, approved: 5 }, true)).toBe('DRAW_PENDING_REGISTRATIONS');
  });

  it('reports the pending registrations before the empty field', () => {
    expect(drawCode(stage('SCORING'), { pending: 2, approved: 0 })).toBe(
      'DRAW_PENDING_REGISTRATIONS',
    );
  });

  it('reports an earlier draw before pending registrations', () => {
    expect(drawCode(DRAWN, { pending: 2, approved: 5 }, false)).toBe('DRAW_ALREADY_DONE');
  });

  it('refuses when no registration is APPROVED', () => {
    expect(checkDraw(stage('SCORING'), { pending: 0, approved: 0 }, false)).toEqual({
      code: 'DRAW_NOTHING_TO_DRAW',
      path: 'status',
      message: 'No registration is APPROVED',
    });
  });
});

describe('checkStatusChange: a self-registered entry (自主报名)', () => {
  const self = (
    from: RegistrationStatus,
    to: RegistrationStatus,
    reason?: string,
  ): StatusChange => ({
    ...change('UNIT_COORDINATOR', from, to, reason),
    selfRegistered: true,
  });

  it.each<[RegistrationStatus, RegistrationStatus, string | undefined, string | null]>([
    ['PENDING', 'APPROVED', undefined, null],
    ['PENDING', 'REJECTED', '不是本单位职工', null],
    ['PENDING', 'REJECTED', undefined, 'REJECT_REASON_REQUIRED'],
    ['APPROVED', 'WITHDRAWN', undefined, null],
    ['PENDING', 'PENDING', undefined, 'REGISTRATION_STATUS_INVALID'],
  ])('its coordinator moves %s → %s (reason %p): %p', (from, to, reason, expected) => {
    expect(codeOf(self(from, to, reason), OPEN)).toBe(expected);
  });

  it('is decided only while registration is open', () => {
    expect(codeOf(self('PENDING', 'APPROVED'), stage('DRAFT'))).toBe('REGISTRATION_CLOSED');
    expect(codeOf(self('PENDING', 'APPROVED'), SCORING)).toBe('REGISTRATION_CLOSED');
  });

  it('leaves an entry the staff made to the organizer', () => {
    expect(codeOf(change('UNIT_COORDINATOR', 'PENDING', 'APPROVED'), OPEN)).toBe(
      'REGISTRATION_DECISION_FORBIDDEN',
    );
  });

  it('gives a judge nothing', () => {
    expect(codeOf({ ...change('JUDGE', 'PENDING', 'APPROVED'), selfRegistered: true }, OPEN)).toBe(
      'REGISTRATION_DECISION_FORBIDDEN',
    );
  });
});
