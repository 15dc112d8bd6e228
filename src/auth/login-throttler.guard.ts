import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { AuthErrors } from './auth.errors';

export const LOGIN_THROTTLER = 'login';

/**
 * Limits login attempts per client address and user name, so that guessing one account's password
 * from one address is slow while colleagues behind the same office gateway can still log in. The
 * count is kept in the process's memory; the per-account back-off (LoginBackoffRepository) is the
 * limit that holds across processes and addresses.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const body = req.body as { username?: unknown } | undefined;
    const username = typeof body?.username === 'string' ? body.username.toLowerCase() : '';
    return Promise.resolve(`${String(req.ip)}|${username}`);
  }

  protected override throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfterSeconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    void context
      .switchToHttp()
      .getResponse<FastifyReply>()
      .header('Retry-After', retryAfterSeconds);
    throw AuthErrors.tooManyAttempts(retryAfterSeconds);
  }
}
