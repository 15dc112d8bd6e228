import { Global, Module } from '@nestjs/common';
import { RedisRateLimiter } from './redis-rate-limiter';

/** The request limits shared by every API process (login, public look-ups); HTTP processes only. */
@Global()
@Module({ providers: [RedisRateLimiter], exports: [RedisRateLimiter] })
export class RateLimitModule {}
