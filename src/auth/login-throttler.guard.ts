import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RedisRateLimiter } from '../common/http/redis-rate-limiter';
import { Environment } from '../config/environment';
import { AuthErrors } from './auth.errors';
import { backoffKey } from './rules/login-backoff';

/**
 * Limits login attempts per client address whatever the user names (LOGIN_ADDRESS_RATE_LIMIT: one
 * address spraying guesses over many names), and per address and user name (LOGIN_RATE_LIMIT: one
 * account guessed from one address, while colleagues behind the same office gateway can still log
 * in). Counted in Redis for every API process; the per-account back-off (LoginBackoffRepository)
 * is the limit that holds against many addresses at once.
 */
@Injectable()
export class LoginThrottlerGuard implements CanActivate {
  constructor(
    private readonly limiter: RedisRateLimiter,
    private readonly env: Environment,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const body = request.body as { username?: unknown } | undefined;
    const username = typeof body?.username === 'string' ? backoffKey(body.username) : '';
    const windowMs = this.env.LOGIN_RATE_WINDOW_SECONDS * 1000;
    const verdict = await this.limiter.hit([
      {
        name: 'login-address',
        subject: request.ip,
        limit: this.env.LOGIN_ADDRESS_RATE_LIMIT,
        windowMs,
      },
      {
        name: 'login-address-name',
        subject: `${request.ip}\0${username}`,
        limit: this.env.LOGIN_RATE_LIMIT,
        windowMs,
      },
    ]);
    if (verdict.allowed) return true;
    void http.getResponse<FastifyReply>().header('Retry-After', verdict.retryAfterSeconds);
    throw AuthErrors.tooManyAttempts(verdict.retryAfterSeconds);
  }
}
