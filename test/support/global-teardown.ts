import type { ThrowawayRedis } from './redis-server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __testRedis?: ThrowawayRedis }).__testRedis?.stop();
}
