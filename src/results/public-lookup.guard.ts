import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { DomainError } from '../common/errors/domain-error';

export const PUBLIC_LOOKUP_THROTTLER = 'public-lookup';

/**
 * Limits look-ups by name and ID number per client address, so that the route cannot be used to
 * test ID numbers against names at speed.
 */
@Injectable()
export class PublicLookupThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    return Promise.resolve(String(req.ip));
  }

  protected override throwThrottlingException(_context: ExecutionContext): Promise<void> {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      'TOO_MANY_LOOKUPS',
      'Too many look-ups from this address; wait a minute and try again',
    );
  }
}
