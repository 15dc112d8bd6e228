import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { DomainError } from '../common/errors/domain-error';

export const LOGIN_THROTTLER = 'login';

/**
 * Limits login attempts per client address and user name, so that guessing one account's password
 * is slow while colleagues behind the same office gateway can still log in.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const body = req.body as { username?: unknown } | undefined;
    const username = typeof body?.username === 'string' ? body.username.toLowerCase() : '';
    return Promise.resolve(`${String(req.ip)}|${username}`);
  }

  protected override throwThrottlingException(_context: ExecutionContext): Promise<void> {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      'TOO_MANY_LOGIN_ATTEMPTS',
      'Too many login attempts; wait a minute and try again',
    );
  }
}
