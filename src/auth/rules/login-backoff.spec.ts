import {
  backoffDelaySeconds,
  backoffKey,
  checkAttempt,
  currentFailures,
  type BackoffPolicy,
} from './login-backoff';

const POLICY: BackoffPolicy = {
  freeAttempts: 5,
  baseSeconds: 1,
  maxSeconds: 900,
  resetSeconds: 3600,
};
const T0 = new Date('2026-11-25T08:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('backoffDelaySeconds', () => {
  it('lets the first five failures go unhindered', () => {
    expect([0, 1, 2, 3, 4].map((f) => backoffDelaySeconds(f, POLICY))).toEqual([0, 0, 0, 0, 0]);
  });

  it('doubles the wait from the fifth failure: 1, 2, 4, … seconds', () => {
    expect([5, 6, 7, 8, 9, 10, 14].map((f) => backoffDelaySeconds(f, POLICY))).toEqual([
      1, 2, 4, 8, 16, 32, 512,
    ]);
  });

  it('never waits longer than the maximum, however many failures', () => {
    expect(backoffDelaySeconds(15, POLICY)).toBe(900);
    expect(backoffDelaySeconds(1000, POLICY)).toBe(900);
    expect(backoffDelaySeconds(Number.MAX_SAFE_INTEGER, POLICY)).toBe(900);
  });

  it('scales with the base', () => {
    const policy = { ...POLICY, freeAttempts: 3, baseSeconds: 30 };
    expect([2, 3, 4, 5, 6].map((f) => backoffDelaySeconds(f, policy))).toEqual([
      0, 30, 60, 120, 240,
    ]);
  });
});

describe('currentFailures', () => {
  it('counts nothing for a name never seen', () => {
    expect(currentFailures(null, T0, POLICY)).toBe(0);
  });

  it('forgets the failures after an hour without one', () => {
    const state = { failures: 9, lastFailureAt: T0 };
    expect(currentFailures(state, at(3599), POLICY)).toBe(9);
    expect(currentFailures(state, at(3600), POLICY)).toBe(0);
  });
});

describe('checkAttempt', () => {
  it('allows a name never seen', () => {
    expect(checkAttempt(null, T0, POLICY)).toEqual({ allowed: true, failures: 0 });
  });

  it('allows at once after four failures', () => {
    expect(checkAttempt({ failures: 4, lastFailureAt: T0 }, T0, POLICY)).toEqual({
      allowed: true,
      failures: 4,
    });
  });

  it('allows a free attempt stamped before a parallel one recorded its failure', () => {
    // Two guesses read the clock, then queue for the row: the second to get it holds the earlier time.
    expect(checkAttempt({ failures: 2, lastFailureAt: at(0.005) }, at(0), POLICY)).toEqual({
      allowed: true,
      failures: 2,
    });
  });

  it('makes the sixth attempt wait a second after the fifth failure', () => {
    const state = { failures: 5, lastFailureAt: T0 };
    expect(checkAttempt(state, at(0), POLICY)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(checkAttempt(state, at(0.999), POLICY)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(checkAttempt(state, at(1), POLICY)).toEqual({ allowed: true, failures: 5 });
  });

  it('says how long is left, rounded up to whole seconds', () => {
    const state = { failures: 12, lastFailureAt: T0 }; // 128 s
    expect(checkAttempt(state, at(0), POLICY)).toEqual({ allowed: false, retryAfterSeconds: 128 });
    expect(checkAttempt(state, at(100.2), POLICY)).toEqual({
      allowed: false,
      retryAfterSeconds: 28,
    });
    expect(checkAttempt(state, at(128), POLICY)).toEqual({ allowed: true, failures: 12 });
  });

  it('ends even the longest window: an account is slowed, never locked out for good', () => {
    const state = { failures: 10_000, lastFailureAt: T0 };
    expect(checkAttempt(state, at(899), POLICY)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(checkAttempt(state, at(900), POLICY)).toEqual({ allowed: true, failures: 10_000 });
  });

  it('starts again from nothing after the quiet period', () => {
    const state = { failures: 40, lastFailureAt: T0 };
    const maxPolicy = { ...POLICY, maxSeconds: 86400 };
    expect(checkAttempt(state, at(3600), maxPolicy)).toEqual({ allowed: true, failures: 0 });
  });
});

describe('backoffKey', () => {
  it('counts a name alike in any case and with blanks around it', () => {
    expect(backoffKey('  Admin ')).toBe('admin');
    expect(backoffKey('JUDGE.one')).toBe(backoffKey('judge.ONE'));
  });

  it('fits the column', () => {
    expect(backoffKey('x'.repeat(200))).toHaveLength(64);
  });
});
