import { Injectable } from '@nestjs/common';
import { CompetitionErrors } from '../competitions/competitions.errors';
import { ContestErrors } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { UnitDirectory } from '../units/unit-directory';
import { UnitsRepository } from '../units/units.repository';
import type {
  SelfRegistrationDto,
  SelfRegistrationOptionsResponse,
} from './dto/self-registration.dto';
import { Enrolment } from './enrolment';
import { RegistrationErrors } from './registrations.errors';
import { stageOf } from './registrations.service';
import { checkRegistrationOpen } from './rules/registration-decisions';
import { validateRosterRow } from './rules/roster-row';
import { SelfRegistrationErrors } from './self-registration.errors';
import { SelfRegistrationRepository } from './self-registration.repository';

/**
 * Workers entering themselves from their phones (自主报名, docs/registration.md): the same
 * enrolment as a coordinator's form, as if the coordinator of the chosen unit had typed it, except
 * that the entry is marked self-registered, has no creating user and never changes a record on
 * file. It waits for the unit coordinator's decision.
 */
@Injectable()
export class SelfRegistrationService {
  constructor(
    private readonly contests: ContestsRepository,
    private readonly units: UnitsRepository,
    private readonly enrolment: Enrolment,
    private readonly unitOfWork: UnitOfWork,
    private readonly reading: SelfRegistrationRepository,
  ) {}

  async options(competitionId: number): Promise<SelfRegistrationOptionsResponse> {
    const competition = await this.reading.competition(competitionId);
    if (!competition) throw CompetitionErrors.notFound(competitionId);
    const [contests, units] = await Promise.all([
      this.reading.openContests(competitionId),
      this.reading.units(),
    ]);
    return {
      competition: { id: competition.id, name: competition.name },
      contests: contests.map((c) => ({
        id: c.id,
        trade: { name: c.tradeName, nameEn: c.tradeNameEn },
        round: c.round,
        hostUnit: c.hostUnitId === null ? null : { id: c.hostUnitId, name: c.hostUnitName ?? '' },
      })),
      units: units.map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })),
    };
  }

  /**
   * Enters the worker. Whatever was on file (new person, a repeat of the same entry, a withdrawn
   * one re-opened, a person on record elsewhere becoming a transfer request), the answer is the
   * same: the entry is PENDING. Only what the rules require is refused: a closed or not offered
   * contest, bad fields, another trade of the competition, an entry the organizer rejected.
   */
  async register(contestId: number, dto: SelfRegistrationDto): Promise<void> {
    const contest = await this.contests.findById(contestId);
    if (!contest) throw ContestErrors.notFound(contestId);
    if (!contest.selfRegistration) throw SelfRegistrationErrors.notOffered(contestId);
    const closed = checkRegistrationOpen(stageOf(contest));
    if (closed) throw RegistrationErrors.rule(closed);
    const checked = validateRosterRow({
      name: { text: dto.name, storedAsNumber: false },
      idNumber: { text: dto.idNumber, storedAsNumber: false },
      gender: { text: '', storedAsNumber: false },
      phone: { text: dto.phone, storedAsNumber: false },
    });
    if (!checked.ok) {
      const [first] = checked.issues;
      throw RegistrationErrors.workerField(first.field, first.code, first.message, first.messageZh);
    }
    if (checked.entry.phone === null) throw SelfRegistrationErrors.phoneRequired();

    await this.unitOfWork.run(async (manager) => {
      const directory = new UnitDirectory(await this.units.list(manager));
      const unit = directory.get(dto.unitId);
      if (!unit) throw RegistrationErrors.unitNotFound(dto.unitId);
      const [outcome] = await this.enrolment.apply(
        manager,
        contest,
        [{ rowNumber: 1, entry: checked.entry, unitId: unit.id }],
        { userId: 0, role: 'UNIT_COORDINATOR', scope: unit, self: true },
        directory,
        new Date(),
      );
      if (outcome.kind === 'rejected') {
        // Without the other entry's number, trade or the organizer's reason: the caller is anyone.
        switch (outcome.code) {
          case 'REGISTRATION_OTHER_TRADE':
            throw SelfRegistrationErrors.otherTrade();
          case 'REGISTRATION_SAME_ROUND':
            throw SelfRegistrationErrors.sameRound();
          default:
            throw SelfRegistrationErrors.rejected();
        }
      }
    });
  }
}
