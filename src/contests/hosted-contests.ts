import { Injectable } from '@nestjs/common';
import { HostedContestAccess, withinPath } from '../common/auth/hosted-contest-access';
import type { Principal } from '../common/auth/principal';
import { DomainError } from '../common/errors/domain-error';
import type { CreateContestDto } from './dto/contest-input.dto';

export const HostedContestErrors = {
  hostOutOfScope: () =>
    new DomainError(
      'FORBIDDEN',
      'HOST_UNIT_OUT_OF_SCOPE',
      'A unit coordinator creates only a contest hosted by their own unit or a unit below it (hostUnitId)',
    ),
  roundNotFirst: (round: number) =>
    new DomainError(
      'INVALID',
      'HOSTED_CONTEST_ROUND',
      `A unit coordinator hosts only a first-round contest (a preliminary), not round ${round}`,
      { round },
    ),
};

/**
 * The contests side of hosted preliminaries (docs/security.md "Hosted contests"): which contests a
 * coordinator may create, and which they see in a list. Acting on one contest is the guard's part.
 */
@Injectable()
export class HostedContests {
  constructor(private readonly access: HostedContestAccess) {}

  /** Organizers create any contest; a coordinator only a round-1 contest hosted within their subtree. */
  async checkCreate(dto: CreateContestDto, principal: Principal): Promise<void> {
    if (principal.role !== 'UNIT_COORDINATOR') return;
    if (dto.hostUnitId === undefined || dto.hostUnitId === null) {
      throw HostedContestErrors.hostOutOfScope();
    }
    const round = dto.round ?? 1;
    if (round !== 1) throw HostedContestErrors.roundNotFirst(round);
    const hostPath = await this.access.unitPath(dto.hostUnitId);
    // An unknown host unit is left to the service (HOST_UNIT_NOT_FOUND, as for organizers).
    if (hostPath === null) return;
    const mine = await this.access.unitPath(principal.unitId);
    if (mine === null || !withinPath(hostPath, mine)) throw HostedContestErrors.hostOutOfScope();
  }

  /** Drops the contests hosted by units unrelated to a coordinator's (organizers and judges see all). */
  async visible<T extends { id: number }>(contests: T[], principal: Principal): Promise<T[]> {
    const ids = await this.access.visible(
      contests.map((c) => c.id),
      principal,
    );
    return contests.filter((c) => ids.has(c.id));
  }
}
