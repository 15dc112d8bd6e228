import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { Environment } from '../config/environment';
import { resolveJwtSecret } from '../config/jwt-secret';
import { UsersModule } from '../users/users.module';
import { HostedContestAccess } from '../common/auth/hosted-contest-access';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { LoginBackoffRepository } from './login-backoff.repository';
import { SessionsRepository } from './sessions.repository';
import { UnknownNameBackoff } from './unknown-name-backoff';

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
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginThrottlerGuard,
    LoginBackoffRepository,
    UnknownNameBackoff,
    SessionsRepository,
    HostedContestAccess,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
