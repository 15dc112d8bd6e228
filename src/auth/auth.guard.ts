import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../common/auth/current-user.decorator';
import { PUBLIC_KEY, ROLES_KEY } from '../common/auth/roles.decorator';
import { ROLES, type Role } from '../users/user.entity';
import { AuthErrors } from './auth.errors';
import { TokenClaims } from './token-claims';

/**
 * The one guard on every route: @Public() routes pass; every other route needs a valid token and
 * a role the route names with @Roles(). A route that names no role is closed to everyone, so a
 * forgotten decorator fails safe.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw AuthErrors.tokenMissing();
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(match[1]);
    } catch {
      throw AuthErrors.tokenInvalid();
    }
    if (!ROLES.includes(claims.role)) throw AuthErrors.tokenInvalid();
    request.user = {
      userId: claims.sub,
      username: claims.username,
      role: claims.role,
      unitId: claims.unitId,
    };

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!allowed.includes(claims.role)) throw AuthErrors.roleNotAllowed();
    return true;
  }
}
