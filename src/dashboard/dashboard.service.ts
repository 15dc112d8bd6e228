import { Injectable } from '@nestjs/common';
import { CompetitionErrors } from '../competitions/competitions.errors';
import { CompetitionsRepository } from '../competitions/competitions.repository';
import { DashboardRepository } from './dashboard.repository';
import type { DashboardResponse } from './dto/dashboard.response';

/** The organizer's overview of one competition: who takes part, how judging and results stand. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly competitions: CompetitionsRepository,
    private readonly figures: DashboardRepository,
  ) {}

  async get(competitionId: number): Promise<DashboardResponse> {
    if (!(await this.competitions.findById(competitionId))) {
      throw CompetitionErrors.notFound(competitionId);
    }
    const [byUnit, contests] = await Promise.all([
      this.figures.byUnit(competitionId),
      this.figures.contests(competitionId),
    ]);
    const ids = contests.map((c) => c.contestId);
    const [scores, latest] = await Promise.all([
      this.figures.scoreCounts(ids),
      this.figures.latestDoneRuns(ids),
    ]);
    // The published run is what the public sees; before publication the latest computation.
    const runOf = new Map(
      contests.map((c) => [c.contestId, c.publishedRunId ?? latest.get(c.contestId) ?? null]),
    );
    const runIds = [...runOf.values()].filter((id): id is number => id !== null);
    const distributions = await this.figures.distributions(runIds);
    return {
      competitionId,
      byUnit,
      contests: contests.map(({ publishedRunId, ...c }) => {
        const runId = runOf.get(c.contestId) ?? null;
        const score = scores.get(c.contestId);
        return {
          ...c,
          scoresEntered: score?.entered ?? 0,
          scoresConfirmed: score?.confirmed ?? 0,
          results:
            runId === null
              ? null
              : {
                  runId,
                  published: runId === publishedRunId,
                  distribution: distributions.get(runId) ?? Array<number>(10).fill(0),
                },
        };
      }),
    };
  }
}
