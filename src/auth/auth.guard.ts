import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../common/auth/current-user.decorator';
import { HostedContestAccess, relationOf } from '../common/auth/hosted-contest-access';
import {
  HOSTED_CONTEST_KEY,
  PUBLIC_KEY,
  ROLES_KEY,
  type HostedContestScope,
} from '../common/auth/roles.decorator';
import { ROLES, type Role } from '../common/auth/principal';
import { tokenId, type WithAccessToken } from './access-token';
import { AuthErrors } from './auth.errors';
import { SessionsRepository } from './sessions.repository';
import { TokenClaims } from './token-claims';

/**
 * The one guard on every route: @Public() routes pass; every other route needs a valid token and
 * a role the route names with @Roles(). A route that names no role is closed to everyone, so a
 * forgotten decorator fails safe. On a @HostedContest() route a unit coordinator may be the
 * contest's organizer (the coordinator of its host unit or above it), see applyHosting. A token is valid when its signature holds, it has not expired,
 * and the database says it was not revoked: not logged out, issued at the user's current token
 * version (a password change or deactivation raises it), and the account is active.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsRepository,
    private readonly hosted: HostedContestAccess,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context
      .switchToHttp()
      .getRequest<FastifyRequest & WithAccessToken & { user?: Principal }>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw AuthErrors.tokenMissing();
    const raw = match[1];
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(raw);
    } catch (error) {
      if ((error as Error)?.name === 'TokenExpiredError') throw AuthErrors.tokenExpired();
      throw AuthErrors.tokenInvalid();
    }
    // A token naming no known role is not one we issued (the role it names is not used below).
    if (!ROLES.includes(claims.role) || !Number.isSafeInteger(claims.sub)) {
      throw AuthErrors.tokenInvalid();
    }
    const id = tokenId(claims.jti, raw);
    const session = await this.sessions.state(claims.sub, id);
    if (
      !session ||
      !session.active ||
      session.revoked ||
      session.tokenVersion !== (claims.ver ?? 0)
    ) {
      throw AuthErrors.tokenRevoked();
    }
    // The role and unit are the account's as stored now, not the token's claims: a forged or
    // stale claim gains nothing, and a changed role takes effect on the next request.
    const role = session.role as Role;
    if (!ROLES.includes(role)) throw AuthErrors.tokenInvalid();
    request.user = {
      userId: claims.sub,
      username: session.username,
      role,
      unitId: session.unitId,
    };
    request.accessToken = {
      id,
      userId: claims.sub,
      expiresAt: new Date((claims.exp ?? Math.floor(Date.now() / 1000)) * 1000),
    };

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    const scope = this.reflector.getAllAndOverride<HostedContestScope | undefined>(
      HOSTED_CONTEST_KEY,
      targets,
    );
    if (scope && role === 'UNIT_COORDINATOR' && allowed.includes('ORGANIZER')) {
      await this.applyHosting(request, scope, allowed.includes(role));
      return true;
    }
    if (!allowed.includes(role)) throw AuthErrors.roleNotAllowed();
    return true;
  }

  /**
   * A unit coordinator on a route that acts on one contest (docs/security.md "Hosted contests"):
   * the coordinator of its host unit or a unit above it is the contest's organizer for this
   * request; one of an unrelated unit is answered as if the contest did not exist (404 where the
   * route is open to coordinators, otherwise the same 403 as for any contest not theirs); anyone
   * else gets the route's ordinary rule.
   */
  private async applyHosting(
    request: FastifyRequest & { user?: Principal },
    scope: HostedContestScope,
    coordinatorsAllowed: boolean,
  ): Promise<void> {
    const user = request.user as Principal;
    const value = (request.params as Record<string, unknown> | undefined)?.[scope.param];
    const contestId = await this.hosted.contestOf(scope.ref, value);
    const host = contestId === null ? undefined : await this.hosted.hostOf(contestId);
    const relation = host ? relationOf(host.path, await this.hosted.unitPath(user.unitId)) : null;
    if (relation === 'HOST' && host && contestId !== null) {
      request.user = {
        ...user,
        role: 'ORGANIZER',
        hosting: { contestId, hostUnitId: host.unitId },
      };
      return;
    }
    if (!coordinatorsAllowed) throw AuthErrors.roleNotAllowed();
    if (relation === 'OUTSIDE') throw AuthErrors.hiddenContest(scope.ref, String(value));
  }
}
