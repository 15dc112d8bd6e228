import { getQueueToken } from '@nestjs/bull';
import {
  CanActivate,
  ExecutionContext,
  Injectable,
  Logger,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Environment } from '../../config/environment';
import { QUEUES } from '../../jobs/job-catalogue';
import type { Principal } from '../auth/current-user.decorator';
import { DomainError } from '../errors/domain-error';

/** A Redis round trip slower than this counts in the process instead of holding up the upload. */
const REDIS_TIMEOUT_MS = 500;

/**
 * Counts of the process, for when Redis cannot be reached (uploads still work then: a roster is
 * imported in the request). Shared by every guard instance, so that the two upload routes draw on
 * one budget here too.
 */
const localCounts = new Map<string, number>();

export const UploadThrottleErrors = {
  tooMany: (retryAfterSeconds: number, limit: number, windowSeconds: number) =>
    new DomainError(
      'TOO_MANY_REQUESTS',
      'TOO_MANY_UPLOADS',
      `At most ${limit} uploads per ${windowSeconds} s; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds, limit, windowSeconds },
    ),
};

/**
 * Limits the uploads one account starts (UPLOAD_RATE_LIMIT per UPLOAD_RATE_WINDOW_SECONDS, one
 * budget for all upload routes): each upload may unpack and check tens of MB, so an account that
 * loops them, even with files refused at once, must wait. Counted per fixed window in the Redis
 * that Bull already uses (so every API process shares the count), else in the process. Runs after
 * the token and role checks, so only accepted callers spend their budget.
 */
@Injectable()
export class UploadThrottleGuard implements CanActivate {
  private readonly logger = new Logger('UploadThrottle');
  private queue: Queue | null | undefined;

  constructor(
    private readonly env: Environment,
    private readonly moduleRef: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const user = http.getRequest<FastifyRequest & { user?: Principal }>().user;
    // Upload routes are never public; the token check has refused anonymous callers already.
    if (!user) return true;
    const windowMs = this.env.UPLOAD_RATE_WINDOW_SECONDS * 1000;
    const now = Date.now();
    const window = Math.floor(now / windowMs);
    const key = `${this.env.QUEUE_PREFIX}:upload-rate:${user.userId}:${window}`;
    const count = (await this.countInRedis(key, windowMs)) ?? this.countHere(key, window);
    if (count <= this.env.UPLOAD_RATE_LIMIT) return true;
    const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000));
    void http.getResponse<FastifyReply>().header('Retry-After', String(retryAfterSeconds));
    throw UploadThrottleErrors.tooMany(
      retryAfterSeconds,
      this.env.UPLOAD_RATE_LIMIT,
      this.env.UPLOAD_RATE_WINDOW_SECONDS,
    );
  }

  /** The window's count after this upload, or null when Redis cannot say. */
  private async countInRedis(key: string, windowMs: number): Promise<number | null> {
    const client = this.bullQueue()?.client;
    if (client?.status !== 'ready') return null;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), REDIS_TIMEOUT_MS);
      });
      const replies = await Promise.race([
        client.multi().incr(key).pexpire(key, windowMs).exec(),
        timeout,
      ]);
      const [error, count] = replies?.[0] ?? [null, null];
      return error || typeof count !== 'number' ? null : count;
    } catch (error) {
      this.logger.warn(`Redis refused the upload count: ${(error as Error).message}`);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  private countHere(key: string, window: number): number {
    // Windows past are dropped as the map is touched, so it holds at most the current ones.
    for (const old of localCounts.keys()) {
      if (Number(old.slice(old.lastIndexOf(':') + 1)) < window) localCounts.delete(old);
    }
    const count = (localCounts.get(key) ?? 0) + 1;
    localCounts.set(key, count);
    return count;
  }

  /** Bull's own connection to Redis (the maintenance queue's), found once; none in a test module. */
  private bullQueue(): Queue | null {
    if (this.queue === undefined) {
      try {
        this.queue = this.moduleRef.get<Queue>(getQueueToken(QUEUES.maintenance), {
          strict: false,
        });
      } catch {
        this.queue = null;
      }
    }
    return this.queue;
  }
}

/** Puts an upload route under the per-account upload limit. */
export const UploadThrottle = (): MethodDecorator & ClassDecorator =>
  applyDecorators(UseGuards(UploadThrottleGuard));
