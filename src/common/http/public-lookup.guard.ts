import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { RedisRateLimiter, type RateLimitBucket } from './redis-rate-limiter';
import { Environment } from '../../config/environment';
import { normaliseCellText } from '../text';

/**
 * Limits the routes that take a name and an ID number from anyone (own results, objections, own
 * certificates, a worker's path, self-registration), so that they cannot be used to test ID
 * numbers against names at speed. One budget per client address shared by all of them, and one
 * per ID number from any address (many addresses trying names against one ID number), both kept
 * in Redis for every API process.
 */
@Injectable()
export class PublicLookupThrottlerGuard implements CanActivate {
  constructor(
    private readonly limiter: RedisRateLimiter,
    private readonly env: Environment,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const buckets: RateLimitBucket[] = [
      {
        name: 'lookup-address',
        subject: request.ip,
        limit: this.env.PUBLIC_LOOKUP_RATE_LIMIT,
        windowMs: this.env.PUBLIC_LOOKUP_WINDOW_SECONDS * 1000,
      },
    ];
    // The guard runs before validation: the body may be anything.
    const idNumber = (request.body as { idNumber?: unknown } | undefined)?.idNumber;
    if (typeof idNumber === 'string' && idNumber.length <= 64) {
      buckets.push({
        name: 'lookup-id-number',
        // Spelled as the look-up reads it, so that blanks or a lower-case x make no new budget.
        subject: normaliseCellText(idNumber).toUpperCase(),
        limit: this.env.PUBLIC_LOOKUP_PER_ID_LIMIT,
        windowMs: this.env.PUBLIC_LOOKUP_PER_ID_WINDOW_SECONDS * 1000,
      });
    }
    const verdict = await this.limiter.hit(buckets);
    if (verdict.allowed) return true;
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      'TOO_MANY_LOOKUPS',
      `Too many look-ups; try again in ${verdict.retryAfterSeconds} s`,
      { retryAfterSeconds: verdict.retryAfterSeconds },
    );
  }
}
