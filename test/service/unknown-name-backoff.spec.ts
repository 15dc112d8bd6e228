import fc from 'fast-check';
import { RedisRateLimiter } from '../../src/common/http/redis-rate-limiter';
import { UnknownNameBackoff } from '../../src/auth/unknown-name-backoff';
import {
  checkAttempt,
  type AttemptVerdict,
  type BackoffPolicy,
  type BackoffState,
} from '../../src/auth/rules/login-backoff';
import { freePort } from '../support/redis-server';
import { testEnvironment } from '../support/test-environment';

/*
 * The back-off of user names without an account is the same rule as a real account's
 * (rules/login-backoff.ts, applied under the row lock by LoginBackoffRepository), written once more
 * as a Lua script for Redis, and run in memory while Redis is down. Both must answer exactly what
 * the rule answers, attempt after attempt, whatever the timing.
 */

/** What the database path does: checkAttempt, then the failure recorded when allowed. */
function reference(policy: BackoffPolicy) {
  let state: BackoffState | null = null;
  return (now: Date): AttemptVerdict => {
    const verdict = checkAttempt(state, now, policy);
    if (verdict.allowed) {
      const last = state ? Math.max(now.getTime(), state.lastFailureAt.getTime()) : now.getTime();
      state = { failures: verdict.failures + 1, lastFailureAt: new Date(last) };
    }
    return verdict;
  };
}

const policies = fc.record({
  freeAttempts: fc.integer({ min: 1, max: 6 }),
  baseSeconds: fc.integer({ min: 1, max: 30 }),
  maxSeconds: fc.integer({ min: 30, max: 900 }),
  resetSeconds: fc.integer({ min: 60, max: 3600 }),
});
/** Gaps between attempts, in ms: bursts, waits around the delays, and long quiet periods. */
const gaps = fc.array(
  fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 2000 }),
    fc.integer({ min: 1000, max: 120_000 }),
    fc.integer({ min: 3_000_000, max: 4_000_000 }),
  ),
  { minLength: 1, maxLength: 25 },
);

describe('UnknownNameBackoff', () => {
  const limiters: RedisRateLimiter[] = [];
  afterAll(() => {
    for (const limiter of limiters) limiter.onModuleDestroy();
  });

  async function backoffOn(redisUrl: string): Promise<UnknownNameBackoff> {
    const limiter = new RedisRateLimiter(testEnvironment({ REDIS_URL: redisUrl }));
    limiters.push(limiter);
    await limiter.onModuleInit();
    return new UnknownNameBackoff(limiter);
  }

  async function agreesWithTheRule(backoff: UnknownNameBackoff, runs: number): Promise<void> {
    let name = 0;
    await fc.assert(
      fc.asyncProperty(policies, gaps, async (policy, steps) => {
        const key = `ghost.${++name}`;
        const expected = reference(policy);
        let t = Date.UTC(2026, 11, 7, 8);
        for (const gap of steps) {
          t += gap;
          const now = new Date(t);
          expect(await backoff.claim(key, now, policy)).toEqual(expected(now));
        }
      }),
      { numRuns: runs, seed: 20261207 },
    );
  }

  it('in Redis: the same verdicts as the rule, attempt after attempt', async () => {
    await agreesWithTheRule(
      await backoffOn(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'),
      150,
    );
  });

  it('with Redis down, in memory: the same verdicts', async () => {
    await agreesWithTheRule(await backoffOn(`redis://127.0.0.1:${await freePort()}`), 150);
  });
});
