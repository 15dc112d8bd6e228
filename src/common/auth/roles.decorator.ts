import { SetMetadata } from '@nestjs/common';
import type { ContestRef } from './hosted-contest-access';
import type { Role } from './principal';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';
export const HOSTED_CONTEST_KEY = 'hosted-contest';

/** The roles allowed on a route. A route that names no roles and is not @Public() is refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Open to anyone, without a token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface HostedContestScope {
  ref: ContestRef;
  param: string;
}

/**
 * A route that acts on one contest, named by the route parameter `param` (a contest id, or a
 * registration id, objection id or certificate serial that belongs to one): a unit coordinator
 * whose unit hosts that contest (or is above its host unit) is its organizer on this route, and a
 * coordinator of an unrelated unit is answered as if it did not exist (docs/security.md).
 */
export const HostedContest = (ref: ContestRef = 'contest', param = 'id') =>
  SetMetadata(HOSTED_CONTEST_KEY, { ref, param } satisfies HostedContestScope);
