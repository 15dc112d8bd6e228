import { createHmac } from 'node:crypto';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { Environment } from '../../config/environment';
import { resolveJwtSecret } from '../../config/jwt-secret';
import { reconnectForever } from '../redis-reconnect';
import { FixedWindowCounter } from './fixed-window-counter';

/** One count to take: `subject` (an address, an ID number) is hashed before it becomes a key. */
export interface RateLimitBucket {
  /** What is counted, e.g. `lookup-address`; several routes naming the same bucket share it. */
  name: string;
  subject: string;
  limit: number;
  windowMs: number;
}

export type RateLimitVerdict =
  { allowed: true } | { allowed: false; bucket: string; retryAfterSeconds: number };

/**
 * INCR each key and start its window on the first hit, in one atomic step; answers the count and
 * the milliseconds left of each key's window. A key that somehow lost its expiry gets one again.
 */
const HIT_SCRIPT = `
local out = {}
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('PEXPIRE', key, ARGV[i])
    ttl = tonumber(ARGV[i])
  end
  out[#out + 1] = count
  out[#out + 1] = ttl
end
return out
`;

/** One hit fewer, never below zero, and only in a window that is still open. */
const REFUND_SCRIPT = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
return 1
`;

/** How long start-up waits for Redis before counting in memory until it answers. */
const CONNECT_WAIT_MS = 2000;

/** A Redis that does not answer within this is treated as down for the request at hand. */
const REDIS_TIMEOUT_MS = 1000;

/**
 * Fixed-window request limits kept in Redis, so that every API process counts against the same
 * budget. Subjects are keyed by an HMAC (keyed with the JWT secret that all processes share), so
 * Redis never holds an ID number or an address in clear, and the keys cannot be reversed by
 * hashing every possible ID number.
 *
 * When Redis is unreachable the limits fall back to this process's memory (logged once per
 * outage): the public site and logins keep working, each process then counting on its own.
 */
@Injectable()
export class RedisRateLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RateLimiter');
  private readonly redis: Redis & {
    rateLimitHit(...args: Array<string | number>): Promise<number[]>;
  };
  private readonly prefix: string;
  private readonly hashKey: string;
  private readonly memory = new FixedWindowCounter();
  private usingMemory = false;

  constructor(env: Environment) {
    this.prefix = `${env.QUEUE_PREFIX}:rate-limit:`;
    this.hashKey = `rate-limit\0${resolveJwtSecret(env)}`;
    const redis = new Redis(env.REDIS_URL, {
      retryStrategy: reconnectForever,
      connectTimeout: 5000,
      commandTimeout: REDIS_TIMEOUT_MS,
      // Fail at once while disconnected (then count in memory) instead of queueing the request.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    // Without a listener every reconnect attempt would print an unhandled error.
    redis.on('error', (error: Error) => this.fellBack(error));
    redis.defineCommand('rateLimitHit', { lua: HIT_SCRIPT });
    this.redis = redis as typeof this.redis;
  }

  /**
   * Waits (at most CONNECT_WAIT_MS) for the connection, so that the first requests after start-up
   * are counted in Redis with everyone else's; a Redis that refuses does not hold start-up up.
   */
  async onModuleInit(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.redis.off('ready', done).off('error', done);
        resolve();
      };
      const timer = setTimeout(done, CONNECT_WAIT_MS);
      // Refused outright: no point waiting, it is down.
      this.redis.once('ready', done).once('error', done);
    });
  }

  /** Counts one request against every bucket; refused when any of them is over its limit. */
  async hit(buckets: RateLimitBucket[], now = Date.now()): Promise<RateLimitVerdict> {
    const keys = buckets.map((b) => this.key(b));
    let counts: Array<{ count: number; msLeft: number }>;
    try {
      const flat = await this.redis.rateLimitHit(
        keys.length,
        ...keys,
        ...buckets.map((b) => b.windowMs),
      );
      counts = buckets.map((_, i) => ({ count: flat[2 * i], msLeft: flat[2 * i + 1] }));
      this.answered();
    } catch (error) {
      this.fellBack(error as Error);
      counts = buckets.map((b, i) => this.memory.hit(keys[i], b.windowMs, now));
    }
    let refused: RateLimitVerdict = { allowed: true };
    buckets.forEach((bucket, i) => {
      const { count, msLeft } = counts[i];
      if (count <= bucket.limit) return;
      const retryAfterSeconds = Math.max(1, Math.ceil(msLeft / 1000));
      if (refused.allowed || retryAfterSeconds > refused.retryAfterSeconds) {
        refused = { allowed: false, bucket: bucket.name, retryAfterSeconds };
      }
    });
    return refused;
  }

  /**
   * Gives back one hit of `bucket` in its current window (a login that succeeded, so that a room
   * of colleagues signing in behind one address does not use up the address's budget).
   */
  async refund(bucket: Pick<RateLimitBucket, 'name' | 'subject'>): Promise<void> {
    const key = this.key(bucket);
    try {
      await this.redis.eval(REFUND_SCRIPT, 1, key);
      this.answered();
    } catch (error) {
      this.fellBack(error as Error);
      this.memory.refund(key);
    }
  }

  /**
   * Runs a Lua script atomically on the limiter's Redis, under the limiter's key names (see
   * `key`). Throws when Redis does not answer: the caller decides its in-memory stand-in.
   */
  async runScript(lua: string, keys: string[], args: Array<string | number>): Promise<unknown> {
    try {
      const answer = await this.redis.eval(lua, keys.length, ...keys, ...args);
      this.answered();
      return answer;
    } catch (error) {
      this.fellBack(error as Error);
      throw error;
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  /** The Redis key of a subject in a bucket: the subject only as a keyed hash. */
  key(bucket: Pick<RateLimitBucket, 'name' | 'subject'>): string {
    const digest = createHmac('sha256', this.hashKey)
      .update(`${bucket.name}\0${bucket.subject}`)
      .digest('base64url')
      .slice(0, 32);
    return `${this.prefix}${bucket.name}:${digest}`;
  }

  private answered(): void {
    if (!this.usingMemory) return;
    this.usingMemory = false;
    this.logger.log('Redis answers again: request limits are shared by all processes');
  }

  private fellBack(error: Error): void {
    if (this.usingMemory) return;
    this.usingMemory = true;
    this.logger.warn(
      `Redis unreachable for request limits (${error.message}); counting in this process's memory until it answers`,
    );
  }
}
