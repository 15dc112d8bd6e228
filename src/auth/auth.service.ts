import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../common/auth/current-user.decorator';
import { Environment } from '../config/environment';
import { UnitOfWork } from '../database/unit-of-work';
import { PasswordHasher } from '../users/password-hasher';
import { UsersRepository } from '../users/users.repository';
import type { AccessToken } from './access-token';
import { AuthErrors } from './auth.errors';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto, LoginResponse } from './dto/login.dto';
import { LoginBackoffRepository } from './login-backoff.repository';
import { backoffKey, type BackoffPolicy } from './rules/login-backoff';
import { SessionsRepository } from './sessions.repository';
import { TokenClaims } from './token-claims';
import { UnknownNameBackoff } from './unknown-name-backoff';

@Injectable()
export class AuthService {
  private readonly backoffPolicy: BackoffPolicy;

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly env: Environment,
    private readonly backoff: LoginBackoffRepository,
    private readonly unknownNames: UnknownNameBackoff,
    private readonly sessions: SessionsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.backoffPolicy = {
      freeAttempts: env.LOGIN_BACKOFF_FREE_ATTEMPTS,
      baseSeconds: env.LOGIN_BACKOFF_BASE_SECONDS,
      maxSeconds: env.LOGIN_BACKOFF_MAX_SECONDS,
      resetSeconds: env.LOGIN_BACKOFF_RESET_SECONDS,
    };
  }

  async login(dto: LoginDto): Promise<LoginResponse> {
    const key = backoffKey(dto.username);
    const now = new Date();
    // A name without an account is delayed exactly like one with, so the answers do not tell which
    // accounts exist; its failures are kept in Redis, not as a database row per guessed name.
    const verdict =
      (await this.backoff.claim(key, now, this.backoffPolicy)) ??
      (await this.unknownNames.claim(key, now, this.backoffPolicy));
    // Refused before the password is even compared, so waiting out the window is the only way.
    if (!verdict.allowed) throw AuthErrors.loginDelayed(verdict.retryAfterSeconds);
    const user = await this.users.findForLogin(dto.username);
    const ok = await this.hasher.verify(dto.password, user?.passwordHash ?? null);
    if (!user || !ok || !user.active) throw AuthErrors.badCredentials();
    await this.backoff.succeeded(key);
    const claims: TokenClaims = {
      sub: user.id,
      username: user.username,
      role: user.role,
      unitId: user.unitId,
      jti: randomUUID(),
      ver: user.tokenVersion,
    };
    return {
      accessToken: await this.jwt.signAsync(claims),
      expiresIn: this.env.JWT_TTL_SECONDS,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        unitId: user.unitId,
      },
    };
  }

  /** Revokes the token the request came with; the user's other sessions go on. */
  async logout(token: AccessToken): Promise<void> {
    const now = new Date();
    await this.unitOfWork.run(async (manager) => {
      await this.sessions.pruneExpired(manager, now);
      await this.sessions.revoke(manager, {
        jti: token.id,
        userId: token.userId,
        expiresAt: token.expiresAt,
      });
    });
  }

  /**
   * Changes the caller's own password and revokes every token they hold, this one included. The
   * current password is guessed under the same back-off as a login.
   */
  async changePassword(principal: Principal, dto: ChangePasswordDto): Promise<void> {
    const key = backoffKey(principal.username);
    const verdict =
      (await this.backoff.claim(key, new Date(), this.backoffPolicy)) ??
      (await this.unknownNames.claim(key, new Date(), this.backoffPolicy));
    if (!verdict.allowed) throw AuthErrors.loginDelayed(verdict.retryAfterSeconds);
    const user = await this.users.findForLogin(principal.username);
    if (!user || !(await this.hasher.verify(dto.currentPassword, user.passwordHash))) {
      throw AuthErrors.currentPasswordWrong();
    }
    await this.backoff.succeeded(key);
    if (dto.newPassword === dto.currentPassword) throw AuthErrors.samePassword();
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.unitOfWork.run(async (manager) => {
      await this.users.setPassword(manager, user.id, passwordHash);
      await this.users.raiseTokenVersion(manager, user.id);
    });
  }
}
