import { Injectable } from '@nestjs/common';
import { RedisRateLimiter } from '../common/http/redis-rate-limiter';
import { AttemptVerdict, BackoffPolicy, BackoffState, checkAttempt } from './rules/login-backoff';

/**
 * checkAttempt (rules/login-backoff.ts) and the failure it records, as one atomic step in Redis:
 * KEYS[1] holds `f` (failures) and `l` (last failure, ms). ARGV: now, free attempts, base, max and
 * reset (ms). Answers {1, failures} when allowed (and counts the failure), {0, ms to wait} when not.
 */
const CLAIM_SCRIPT = `
local now = tonumber(ARGV[1])
local free = tonumber(ARGV[2])
local baseMs = tonumber(ARGV[3])
local maxMs = tonumber(ARGV[4])
local resetMs = tonumber(ARGV[5])
local failures = tonumber(redis.call('HGET', KEYS[1], 'f') or '0')
local last = tonumber(redis.call('HGET', KEYS[1], 'l') or '0')
if failures > 0 and now - last >= resetMs then failures = 0 end
if failures > 0 and failures >= free then
  local delay = math.min(maxMs, baseMs * 2 ^ math.min(failures - free, 30))
  local wait = last + delay - now
  if wait > 0 then return {0, wait} end
end
redis.call('HSET', KEYS[1], 'f', failures + 1, 'l', math.max(now, last))
redis.call('PEXPIRE', KEYS[1], resetMs)
return {1, failures}
`;

/** Most unknown names remembered in memory while Redis is down. */
const MEMORY_MAX_NAMES = 10_000;

/**
 * The login back-off of user names that have no account. Their attempts must be answered exactly
 * like a real account's (401, then 429 LOGIN_DELAYED after the free failures), or the answers
 * would tell which accounts exist; but a database row per guessed name would let anyone fill the
 * table. So they are counted in Redis, with the same policy, expiring after the reset period, and
 * under a keyed hash of the name. While Redis is down they are counted in this process's memory
 * (at most MEMORY_MAX_NAMES names; the oldest are forgotten first).
 */
@Injectable()
export class UnknownNameBackoff {
  private readonly memory = new Map<string, BackoffState>();

  constructor(private readonly limiter: RedisRateLimiter) {}

  async claim(key: string, now: Date, policy: BackoffPolicy): Promise<AttemptVerdict> {
    const redisKey = this.limiter.key({ name: 'login-unknown-name', subject: key });
    try {
      const [allowed, value] = (await this.limiter.runScript(
        CLAIM_SCRIPT,
        [redisKey],
        [
          now.getTime(),
          policy.freeAttempts,
          policy.baseSeconds * 1000,
          policy.maxSeconds * 1000,
          policy.resetSeconds * 1000,
        ],
      )) as [number, number];
      return allowed === 1
        ? { allowed: true, failures: value }
        : { allowed: false, retryAfterSeconds: Math.ceil(value / 1000) };
    } catch {
      return this.claimInMemory(redisKey, now, policy);
    }
  }

  private claimInMemory(key: string, now: Date, policy: BackoffPolicy): AttemptVerdict {
    const state = this.memory.get(key) ?? null;
    const verdict = checkAttempt(state, now, policy);
    if (verdict.allowed) {
      this.memory.delete(key);
      if (this.memory.size >= MEMORY_MAX_NAMES) {
        this.memory.delete(this.memory.keys().next().value as string);
      }
      const last = state ? Math.max(now.getTime(), state.lastFailureAt.getTime()) : now.getTime();
      this.memory.set(key, { failures: verdict.failures + 1, lastFailureAt: new Date(last) });
    }
    return verdict;
  }
}
