import type { RedisOptions } from 'ioredis';

/** Reconnect for ever, backing off to 5 s, so that queued work resumes whenever Redis returns. */
export const reconnectForever = (attempt: number): number => Math.min(250 * attempt, 5000);

/** ioredis options for a Bull client of the given type (Bull needs blocking clients to retry for ever). */
export function bullClientOptions(type: 'client' | 'subscriber' | 'bclient'): RedisOptions {
  const base: RedisOptions = { retryStrategy: reconnectForever, connectTimeout: 5000 };
  return type === 'client'
    ? base
    : { ...base, maxRetriesPerRequest: null, enableReadyCheck: false };
}
