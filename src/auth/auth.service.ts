import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Environment } from '../config/environment';
import { PasswordHasher } from '../users/password-hasher';
import { UsersRepository } from '../users/users.repository';
import { AuthErrors } from './auth.errors';
import { LoginDto, LoginResponse } from './dto/login.dto';
import { TokenClaims } from './token-claims';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly env: Environment,
  ) {}

  async login(dto: LoginDto): Promise<LoginResponse> {
    const user = await this.users.findForLogin(dto.username);
    const ok = await this.hasher.verify(dto.password, user?.passwordHash ?? null);
    if (!user || !ok || !user.active) throw AuthErrors.badCredentials();
    const claims: TokenClaims = {
      sub: user.id,
      username: user.username,
      role: user.role,
      unitId: user.unitId,
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
}
