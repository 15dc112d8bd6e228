import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { Environment } from '../config/environment';
import { resolveJwtSecret } from '../config/jwt-secret';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { PUBLIC_LOOKUP_THROTTLER } from '../results/public-lookup.guard';
import { LOGIN_THROTTLER, LoginThrottlerGuard } from './login-throttler.guard';
import { LoginBackoffRepository } from './login-backoff.repository';
import { SessionsRepository } from './sessions.repository';

@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries to read it as a PEM
        // public key on every verification (about 8% of the API's CPU under the load test).
        secret: createSecretKey(Buffer.from(resolveJwtSecret(env), 'utf8')),
        signOptions: { expiresIn: env.JWT_TTL_SECONDS, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => [
        {
          name: LOGIN_THROTTLER,
          ttl: env.LOGIN_RATE_WINDOW_SECONDS * 1000,
          limit: env.LOGIN_RATE_LIMIT,
        },
        {
          name: PUBLIC_LOOKUP_THROTTLER,
          ttl: env.PUBLIC_LOOKUP_WINDOW_SECONDS * 1000,
          limit: env.PUBLIC_LOOKUP_RATE_LIMIT,
        },
      ],
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginThrottlerGuard,
    LoginBackoffRepository,
    SessionsRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
