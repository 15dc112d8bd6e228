import type { Role } from '../users/user.entity';

/** What an access token says about its holder. */
export interface TokenClaims {
  sub: number;
  username: string;
  role: Role;
  unitId: number | null;
}
