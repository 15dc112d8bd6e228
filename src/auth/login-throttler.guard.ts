import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RedisRateLimiter } from '../common/http/redis-rate-limiter';
import { Environment } from '../config/environment';
import { AuthErrors } from './auth.errors';
import { backoffKey } from './rules/login-backoff';

/**
 * Limits login attempts per client address whatever the user names (LOGIN_ADDRESS_RATE_LIMIT
 * attempts that did not succeed: one address spraying guesses over many names), and per address
 * and user name (LOGIN_RATE_LIMIT: one account guessed from one address, while colleagues behind
 * the same office gateway can still log in). Counted in Redis for every API process; the
 * per-account back-off (LoginBackoffRepository) is the limit that holds against many addresses.
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
    const address = { name: 'login-address', subject: request.ip };
    const verdict = await this.limiter.hit([
      { ...address, limit: this.env.LOGIN_ADDRESS_RATE_LIMIT, windowMs },
      {
        name: 'login-address-name',
        subject: `${request.ip}\0${username}`,
        limit: this.env.LOGIN_RATE_LIMIT,
        windowMs,
      },
    ]);
    const reply = http.getResponse<FastifyReply>();
    if (verdict.allowed) {
      // Every attempt is counted up front (so a parallel burst cannot slip through), and a
      // successful one given back: the address limit is spent by failures, not by a room of
      // colleagues signing in at the start of a session behind one gateway.
      reply.raw.once('finish', () => {
        if (reply.raw.statusCode === 200) void this.limiter.refund(address);
      });
      return true;
    }
    throw AuthErrors.tooManyAttempts(verdict.retryAfterSeconds);
  }
}
