import {
  allowedTransitions,
  checkTransition,
  CONTEST_TRANSITIONS,
  isContestStatus,
  isSchemeEditable,
} from './contest-lifecycle';
import { CONTEST_STATUSES, ContestStatus } from './contest-rules.types';

/** The lifecycle written out independently of the code, so a slip in the table shows up here. */
const EXPECTED: Array<[ContestStatus, ContestStatus[]]> = [
  ['DRAFT', ['REGISTRATION']],
  ['REGISTRATION', ['SCORING', 'DRAFT']],
  ['SCORING', ['REVIEW', 'REGISTRATION']],
  ['REVIEW', ['PUBLISHED', 'SCORING']],
  ['PUBLISHED', ['FINAL', 'REVIEW']],
  ['FINAL', []],
];

const allPairs = CONTEST_STATUSES.flatMap((from) =>
  CONTEST_STATUSES.map((to) => [from, to] as const),
);

describe('CONTEST_TRANSITIONS', () => {
  it('has exactly the DOMAIN lifecycle', () => {
    expect(Object.entries(CONTEST_TRANSITIONS)).toEqual(EXPECTED);
  });

  it.each(EXPECTED)('allowedTransitions(%s) is %p', (from, next) => {
    expect(allowedTransitions(from)).toEqual(next);
  });

  it('hands out copies, so callers cannot change the table', () => {
    allowedTransitions('DRAFT').push('FINAL');
    expect(CONTEST_TRANSITIONS.DRAFT).toEqual(['REGISTRATION']);
  });
});

describe('checkTransition', () => {
  it('checks all 36 pairs against the table', () => {
    expect(allPairs).toHaveLength(36);
  });

  it.each(allPairs)('%s → %s', (from, to) => {
    const issue = checkTransition(from, to);
    const allowed = EXPECTED.find(([status]) => status === from)![1];
    if (from === to) {
      expect(issue).toMatchObject({ code: 'SAME_STATUS', path: 'status' });
    } else if (allowed.includes(to)) {
      expect(issue).toBeNull();
    } else {
      expect(issue).toMatchObject({ code: 'INVALID_TRANSITION', path: 'status' });
    }
  });

  it('lists the allowed next statuses in the message', () => {
    expect(checkTransition('SCORING', 'PUBLISHED')?.message).toBe(
      'A contest cannot move from SCORING to PUBLISHED; allowed next: REVIEW, REGISTRATION.',
    );
    expect(checkTransition('REVIEW', 'REVIEW')?.message).toBe(
      'The contest is already REVIEW; allowed next: PUBLISHED, SCORING.',
    );
  });

  it('says nothing may follow FINAL', () => {
    expect(checkTransition('FINAL', 'PUBLISHED')?.message).toContain(
      'FINAL is the last status; nothing may follow it',
    );
  });

  it('refuses statuses it does not know, as may arrive from stored data', () => {
    expect(checkTransition('ARCHIVED' as ContestStatus, 'DRAFT')).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    expect(checkTransition('DRAFT', 'OPEN' as ContestStatus)).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    expect(checkTransition('X' as ContestStatus, 'X' as ContestStatus)).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });
});

describe('isSchemeEditable', () => {
  it.each(CONTEST_STATUSES.map((s) => [s, s === 'DRAFT'] as const))('%s → %p', (status, ok) => {
    expect(isSchemeEditable(status)).toBe(ok);
  });
});

describe('isContestStatus', () => {
  it('knows exactly the six statuses', () => {
    expect(CONTEST_STATUSES.every(isContestStatus)).toBe(true);
    expect([undefined, null, 'draft', 'ARCHIVED', 1].some(isContestStatus)).toBe(false);
  });
});
