import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { createHash } from 'node:crypto';

/** The access token a request was authenticated with (the guard fills it in). */
export interface AccessToken {
  /** The token's `jti`; tokens issued before tokens had one are named by their digest. */
  id: string;
  userId: number;
  expiresAt: Date;
}

export interface WithAccessToken {
  accessToken?: AccessToken;
}

/** The id a token is revoked under. */
export function tokenId(jti: unknown, rawToken: string): string {
  if (typeof jti === 'string' && jti.length > 0 && jti.length <= 64) return jti;
  return `sha256:${createHash('sha256').update(rawToken).digest('base64url')}`;
}

export const CurrentToken = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AccessToken | undefined =>
    ctx.switchToHttp().getRequest<WithAccessToken>().accessToken,
);
