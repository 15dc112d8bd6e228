import { freePort, ThrowawayRedis } from './redis-server';

/** One throwaway Redis for the whole run; its URL reaches the tests through TEST_REDIS_URL. */
export default async function globalSetup(): Promise<void> {
  const redis = new ThrowawayRedis(await freePort());
  await redis.start();
  process.env.TEST_REDIS_URL = redis.url;
  (globalThis as { __testRedis?: ThrowawayRedis }).__testRedis = redis;
}
