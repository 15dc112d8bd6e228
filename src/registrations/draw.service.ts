import { Injectable } from '@nestjs/common';
import { ContestErrors } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { RegistrationErrors } from './registrations.errors';
import { RegistrationsRepository, RegistrationView } from './registrations.repository';
import { stageOf } from './registrations.service';
import { checkDraw } from './rules/registration-decisions';
import { drawStations } from './rules/draw';

export interface DrawSummary {
  contestId: number;
  /** 1 for the first draw, 2+ for redraws. */
  round: number;
  drawnAt: string;
  drawn: number;
}

/** The draw (抽签/加密) and the organizer's sheet that maps codes to workers. */
@Injectable()
export class DrawService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly contests: ContestsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * Gives every approved registration a station number and a secret code, in one transaction:
   * either the whole field is drawn or nothing changes.
   */
  draw(contestId: number, redraw: boolean): Promise<DrawSummary> {
    return this.unitOfWork.run(async (manager) => {
      const contest = await this.contests.get(contestId, manager);
      const counts = await this.registrations.countByStatus(contestId, manager);
      const issue = checkDraw(
        stageOf(contest),
        { pending: counts.PENDING, approved: counts.APPROVED },
        redraw,
      );
      if (issue) throw RegistrationErrors.rule(issue);
      const approved = await this.registrations.idsWithStatus(manager, contestId, ['APPROVED']);
      const drawn = drawStations(approved).map(({ entry, stationNo, code }) => ({
        id: entry,
        stationNo,
        code,
      }));
      const now = new Date();
      await this.registrations.replaceDraw(manager, contestId, drawn, now);
      const round = contest.drawRound + 1;
      const updated = await this.contests.updateIfVersion(
        manager,
        contestId,
        contest.version,
        { drawnAt: now, drawRound: round },
        now,
      );
      if (!updated) throw ContestErrors.staleVersion(contest.version, contest.version + 1);
      return { contestId, round, drawnAt: now.toISOString(), drawn: drawn.length };
    });
  }

  /** Station by station: who sits where and under which code. Organizers only. */
  async sheet(
    contestId: number,
  ): Promise<{ round: number; drawnAt: string | null; entries: RegistrationView[] }> {
    const contest = await this.contests.get(contestId);
    const { rows } = await this.registrations.list(contestId, { drawnOnly: true }, 'station');
    return {
      round: contest.drawRound,
      drawnAt: contest.drawnAt?.toISOString() ?? null,
      entries: rows,
    };
  }
}
