import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/auth/principal';
import { toCenti } from '../common/points';
import { ContestErrors } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { FinalistsService, type FinalistsOutcome } from '../registrations/finalists.service';
import { RegistrationErrors } from '../registrations/registrations.errors';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import type { AdvancementResponseKind, AdvancementVersion } from './rounds.entities';
import { RoundErrors } from './rounds.errors';
import { RoundsRepository } from './rounds.repository';
import { RoundsService } from './rounds.service';

/** A final's registrations follow its list only before its scoring starts. */
const OPEN_FOR_FINALISTS = new Set(['DRAFT', 'REGISTRATION']);

export interface ApplyOutcome extends FinalistsOutcome {
  /** The version of the list applied. */
  version: number;
  /** The feeder entries' names, for the changes. */
  names: Map<number, string>;
}

/**
 * What follows an advancement list (docs/advancement.md "Applying the list", "Declines and
 * confirmations through the API"): the final's registrations made from it, and the advancers'
 * declines and confirmations, each of which computes a new version at once.
 */
@Injectable()
export class AdvancementAnswersService {
  constructor(
    private readonly rounds: RoundsRepository,
    private readonly roundsService: RoundsService,
    private readonly contests: ContestsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly finalists: FinalistsService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * Makes the final's registrations follow the latest list: one APPROVED registration per advancer,
   * linked to the feeder entry and carrying its published total; those no longer advanced are
   * WITHDRAWN. Idempotent: a second run changes nothing. The final's row is held throughout.
   */
  async apply(contestId: number, user: Principal): Promise<ApplyOutcome> {
    return this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, contestId);
      const [contest] = await this.rounds.contests([contestId], manager);
      if (!contest) throw ContestErrors.notFound(contestId);
      if (!OPEN_FOR_FINALISTS.has(contest.status)) {
        throw RoundErrors.closed(contestId, contest.status);
      }
      const latest = await this.rounds.latest(contestId, manager);
      if (!latest) throw RoundErrors.notFound(contestId);
      const places = latest.entries
        .filter((e) => e.status === 'ADVANCED')
        .map((e) => ({
          feederRegistrationId: e.registrationId,
          carriedTotalCenti: e.total === null ? null : toCenti(e.total),
        }));
      const outcome = await this.finalists.sync(manager, contest, places, user.userId, new Date());
      return {
        ...outcome,
        version: latest.version,
        names: new Map(latest.entries.map((e) => [e.registrationId, e.name])),
      };
    });
  }

  /** An advancer declines (弃权) their place: stored, and the list computed again at once. */
  decline(registrationId: number, reason: string, user: Principal): Promise<AdvancementVersion> {
    return this.answer(registrationId, 'DECLINE', reason, user);
  }

  /** An advancer confirms their place (确认参赛): stored, and the list computed again at once. */
  confirm(registrationId: number, user: Principal): Promise<AdvancementVersion> {
    return this.answer(registrationId, 'CONFIRM', null, user);
  }

  private async answer(
    registrationId: number,
    kind: AdvancementResponseKind,
    reason: string | null,
    user: Principal,
  ): Promise<AdvancementVersion> {
    const registration = await this.registrations.findById(registrationId);
    if (!registration) throw RegistrationErrors.notFound(registrationId);
    await this.assertAnswersFor(registration.unitId, user);
    const finalId = await this.finalListing(registrationId, registration.contestId);
    const inputs = await this.roundsService.inputsOf(finalId);
    return this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, finalId);
      const [final] = await this.rounds.contests([finalId], manager);
      if (!OPEN_FOR_FINALISTS.has(final.status)) throw RoundErrors.closed(finalId, final.status);
      const responses = await this.rounds.responses(manager, finalId);
      if (responses.some((r) => r.registrationId === registrationId && r.kind === kind)) {
        throw RoundErrors.alreadyAnswered(registrationId, finalId, kind);
      }
      const latest = await this.rounds.latest(finalId, manager);
      const entry = latest?.entries.find((e) => e.registrationId === registrationId);
      if (!entry) throw RegistrationErrors.notFound(registrationId);
      if (entry.status !== 'ADVANCED') {
        throw RoundErrors.notAdvanced(registrationId, finalId, entry.status);
      }
      await this.rounds.insertResponse(manager, {
        contestId: finalId,
        registrationId,
        kind,
        reason,
        at: new Date(),
        createdBy: user.userId,
      });
      return this.roundsService.keepVersion(manager, inputs, user);
    });
  }

  /**
   * The later round whose latest list holds this feeder entry: the one where it is ADVANCED, else
   * the first that lists it (whose status then refuses the answer).
   */
  private async finalListing(registrationId: number, feederContestId: number): Promise<number> {
    let listing: number | null = null;
    for (const finalId of await this.rounds.finalsFedBy(feederContestId)) {
      const latest = await this.rounds.latest(finalId);
      const entry = latest?.entries.find((e) => e.registrationId === registrationId);
      if (entry?.status === 'ADVANCED') return finalId;
      if (entry && listing === null) listing = finalId;
    }
    if (listing === null) throw RoundErrors.entryNotFound(registrationId);
    return listing;
  }

  /** Organizers answer for anyone; a unit coordinator for workers of their unit or below it. */
  private async assertAnswersFor(unitId: number, user: Principal): Promise<void> {
    if (user.role === 'ORGANIZER') return;
    const units = new Map((await this.rounds.units()).map((u) => [u.id, u.path]));
    const own = user.unitId === null ? undefined : units.get(user.unitId);
    const theirs = units.get(unitId);
    if (user.role !== 'UNIT_COORDINATOR' || !own || !theirs || !theirs.startsWith(own)) {
      throw RegistrationErrors.outOfScope();
    }
  }
}
