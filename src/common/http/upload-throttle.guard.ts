import {
  CanActivate,
  ExecutionContext,
  Injectable,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Environment } from '../../config/environment';
import type { Principal } from '../auth/current-user.decorator';
import { DomainError } from '../errors/domain-error';
import { RedisRateLimiter } from './redis-rate-limiter';

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
 * loops them, even with files refused at once, must wait. Counted by the shared rate limiter (in
 * Redis for every API process; in the process while Redis is away). Runs after the token and role
 * checks, so only accepted callers spend their budget.
 */
@Injectable()
export class UploadThrottleGuard implements CanActivate {
  constructor(
    private readonly env: Environment,
    private readonly limiter: RedisRateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const user = http.getRequest<FastifyRequest & { user?: Principal }>().user;
    // Upload routes are never public; the token check has refused anonymous callers already.
    if (!user) return true;
    const verdict = await this.limiter.hit([
      {
        name: 'upload-account',
        subject: String(user.userId),
        limit: this.env.UPLOAD_RATE_LIMIT,
        windowMs: this.env.UPLOAD_RATE_WINDOW_SECONDS * 1000,
      },
    ]);
    if (verdict.allowed) return true;
    throw UploadThrottleErrors.tooMany(
      verdict.retryAfterSeconds,
      this.env.UPLOAD_RATE_LIMIT,
      this.env.UPLOAD_RATE_WINDOW_SECONDS,
    );
  }
}

/** Puts an upload route under the per-account upload limit. */
export const UploadThrottle = (): MethodDecorator & ClassDecorator =>
  applyDecorators(UseGuards(UploadThrottleGuard));
