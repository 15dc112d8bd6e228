import type { Role } from '../common/auth/principal';

/** What an access token says about its holder. */
export interface TokenClaims {
  sub: number;
  username: string;
  role: Role;
  unitId: number | null;
  /** The token's own id, for revoking it alone (logout). */
  jti?: string;
  /** The user's token version when it was issued; raising the version revokes the token. */
  ver?: number;
  /** Issued at and expires at, in seconds since the epoch (set by the signer). */
  iat?: number;
  exp?: number;
}
