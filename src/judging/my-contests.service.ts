import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../common/auth/current-user.decorator';
import { Competition } from '../competitions/competition.entity';
import { ContestCriterion, ContestPart } from '../contests/contest-part.entity';
import { Contest } from '../contests/contest.entity';
import type { ContestStatus } from '../contests/rules';
import { Trade } from '../trades/trade.entity';
import { ContestJudge, Score } from './judging.entities';
import type { MyContestResponse } from './dto/judging-views.response';
import { formatScore } from './rules/score-points';

/** The contests a judge is on (GET /api/judging/contests), newest competition first. */
@Injectable()
export class MyContestsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(principal: Principal): Promise<MyContestResponse[]> {
    const manager = this.dataSource.manager;
    const seats = await manager
      .createQueryBuilder(ContestJudge, 'j')
      .innerJoin(Contest, 'c', 'c.id = j.contestId')
      .innerJoin(Trade, 't', 't.id = c.tradeId')
      .innerJoin(Competition, 'comp', 'comp.id = c.competitionId')
      .select('c.id', 'contestId')
      .addSelect('comp.id', 'competitionId')
      .addSelect('comp.name', 'competitionName')
      .addSelect('t.code', 'tradeCode')
      .addSelect('t.name', 'tradeName')
      .addSelect('t.nameEn', 'tradeNameEn')
      .addSelect('c.status', 'status')
      .addSelect('c.drawnAt', 'drawnAt')
      .addSelect('j.chief', 'chief')
      .addSelect('j.criterionKeys', 'criterionKeys')
      .where('j.userId = :userId', { userId: principal.userId })
      .orderBy('comp.id', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .getRawMany<{
        contestId: number | string;
        competitionId: number | string;
        competitionName: string;
        tradeCode: string;
        tradeName: string;
        tradeNameEn: string | null;
        status: ContestStatus;
        drawnAt: unknown;
        chief: boolean | number;
        criterionKeys: string;
      }>();
    if (seats.length === 0) return [];
    const contestIds = seats.map((s) => Number(s.contestId));

    // Criteria in scheme order (parts first), read for all the contests at once.
    const parts = await manager.getRepository(ContestPart).findBy({ contestId: In(contestIds) });
    const part = new Map(parts.map((p) => [p.id, p]));
    const criteria = (
      await manager.getRepository(ContestCriterion).findBy({ contestId: In(contestIds) })
    ).sort(
      (a, b) =>
        (part.get(a.partId)?.position ?? 0) - (part.get(b.partId)?.position ?? 0) ||
        a.position - b.position,
    );
    const entered = await manager
      .createQueryBuilder(Score, 's')
      .select('s.contestId', 'contestId')
      .addSelect('COUNT(*)', 'count')
      .where('s.judgeId = :judgeId', { judgeId: principal.userId })
      .andWhere('s.contestId IN (:...contestIds)', { contestIds })
      .groupBy('s.contestId')
      .getRawMany<{ contestId: number | string; count: number | string }>();
    const enteredIn = new Map(entered.map((e) => [Number(e.contestId), Number(e.count)]));

    return seats.map((s) => {
      const contestId = Number(s.contestId);
      const keys = new Set(JSON.parse(s.criterionKeys) as string[]);
      return {
        contestId,
        competitionId: Number(s.competitionId),
        competitionName: s.competitionName,
        tradeCode: s.tradeCode,
        tradeName: s.tradeName,
        tradeNameEn: s.tradeNameEn,
        status: s.status,
        drawn: s.drawnAt !== null && s.drawnAt !== undefined,
        chief: Boolean(s.chief),
        criteria: criteria
          .filter((c) => c.contestId === contestId && keys.has(c.key))
          .map((c) => ({
            key: c.key,
            name: c.name,
            partKey: part.get(c.partId)?.key ?? '',
            kind: c.kind,
            maxPoints: formatScore(c.maxPointsCenti, 'MEASUREMENT'),
          })),
        scoresEntered: enteredIn.get(contestId) ?? 0,
      };
    });
  }
}
