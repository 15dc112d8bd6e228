import type { RedisOptions } from 'ioredis';
import { reconnectForever } from '../common/redis-reconnect';

/** ioredis options for a Bull client of the given type (Bull needs blocking clients to retry for ever). */
export function bullClientOptions(type: 'client' | 'subscriber' | 'bclient'): RedisOptions {
  const base: RedisOptions = { retryStrategy: reconnectForever, connectTimeout: 5000 };
  return type === 'client'
    ? base
    : { ...base, maxRetriesPerRequest: null, enableReadyCheck: false };
}
