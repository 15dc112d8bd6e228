/**
 * Per-account login back-off: a user name may fail `freeAttempts` times in a row unhindered; after
 * that each failure makes the next attempt wait twice as long as the one before, from
 * `baseSeconds` up to `maxSeconds`. The window always ends, so an attacker can slow an account
 * down but never lock its owner out for good; `resetSeconds` without a failure forgets them all.
 */
export interface BackoffPolicy {
  freeAttempts: number;
  baseSeconds: number;
  maxSeconds: number;
  resetSeconds: number;
}

/** What is remembered about one user name. */
export interface BackoffState {
  failures: number;
  lastFailureAt: Date;
}

export type AttemptVerdict =
  { allowed: true; failures: number } | { allowed: false; retryAfterSeconds: number };

/** Seconds to wait after the last of `failures` consecutive failures. */
export function backoffDelaySeconds(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.freeAttempts) return 0;
  // 2^30 s is past any sensible maximum; the cap keeps the power finite.
  const doublings = Math.min(failures - policy.freeAttempts, 30);
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** doublings);
}

/** The failures that still count at `now` (all are forgotten after `resetSeconds` of quiet). */
export function currentFailures(
  state: BackoffState | null,
  now: Date,
  policy: BackoffPolicy,
): number {
  if (!state) return 0;
  const quietMs = now.getTime() - state.lastFailureAt.getTime();
  return quietMs >= policy.resetSeconds * 1000 ? 0 : state.failures;
}

/**
 * Whether a login attempt may go ahead at `now`; if it may, `failures` is the count so far (the
 * attempt is then recorded as one more failure until it succeeds).
 */
export function checkAttempt(
  state: BackoffState | null,
  now: Date,
  policy: BackoffPolicy,
): AttemptVerdict {
  const failures = currentFailures(state, now, policy);
  // Within the free attempts nothing waits, even when `now` was read a moment before a parallel
  // attempt recorded a later failure (attempts are stamped before they queue for the row lock).
  if (!state || failures === 0 || failures < policy.freeAttempts)
    return { allowed: true, failures };
  const opensAt = state.lastFailureAt.getTime() + backoffDelaySeconds(failures, policy) * 1000;
  const waitMs = opensAt - now.getTime();
  if (waitMs <= 0) return { allowed: true, failures };
  return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
}

/** The key a user name is counted under: case and surrounding blanks do not make a new account. */
export function backoffKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 64);
}
