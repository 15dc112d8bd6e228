/** Who may do what: the roles and the caller as the token establishes them (no framework here). */

export const ROLES = ['ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as established by the token (the guard fills it in). */
export interface Principal {
  userId: number;
  username: string;
  role: Role;
  unitId: number | null;
  /**
   * Set when a unit coordinator acts as the organizer of a contest their unit hosts (role is then
   * ORGANIZER for this one request, on this one contest): the contest's id and its host unit.
   */
  hosting?: { contestId: number; hostUnitId: number };
}
