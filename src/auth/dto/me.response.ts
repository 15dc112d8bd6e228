import type { Principal, Role } from '../../common/auth/principal';

/** The caller, as the server knows them on this request (role and unit read from the database). */
export class MeResponse implements Principal {
  userId: number;
  username: string;
  role: Role;
  /** The unit of a coordinator or judge; null for organizers without one. */
  unitId: number | null;
}
