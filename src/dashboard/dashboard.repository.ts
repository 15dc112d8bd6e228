import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Contest } from '../contests/contest.entity';
import { Score } from '../judging/judging.entities';
import { Registration } from '../registrations/registration.entity';
import { ResultRow, ResultRun } from '../results/results.entities';
import { Trade } from '../trades/trade.entity';
import { Unit } from '../units/unit.entity';
import type { ContestStatus } from '../contests/rules';
import type { UnitParticipation } from './dto/dashboard.response';

/** Entries that count as taking part: rejected and withdrawn ones do not. */
const ACTIVE = ['PENDING', 'APPROVED'];
/** Ten-point bins of a total in hundredths; 100.00 joins the last bin. */
const BIN_OF_TOTAL = 'CASE WHEN rr.totalCenti >= 9000 THEN 9 ELSE rr.totalCenti / 1000 END';

export interface ContestCounts {
  contestId: number;
  tradeCode: string;
  tradeName: string;
  status: ContestStatus;
  publishedRunId: number | null;
  registrations: number;
  approved: number;
  drawn: number;
}

/**
 * The dashboard's figures, each one grouped and counted by the database: a competition of
 * 40,000 registrations and two million scores is never loaded row by row.
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  async byUnit(competitionId: number): Promise<UnitParticipation[]> {
    const rows = await this.dataSource
      .getRepository(Registration)
      .createQueryBuilder('r')
      .innerJoin(Unit, 'u', 'u.id = r.unitId')
      .select('u.id', 'unitId')
      .addSelect('u.code', 'unitCode')
      .addSelect('u.name', 'unitName')
      .addSelect('COUNT(*)', 'registrations')
      .addSelect("SUM(CASE WHEN r.status = 'APPROVED' THEN 1 ELSE 0 END)", 'approved')
      .where('r.competitionId = :competitionId', { competitionId })
      .andWhere('r.status IN (:...active)', { active: ACTIVE })
      .groupBy('u.id')
      .addGroupBy('u.code')
      .addGroupBy('u.name')
      .orderBy('u.code', 'ASC')
      .getRawMany<Record<keyof UnitParticipation, string | number>>();
    return rows.map((r) => ({
      unitId: Number(r.unitId),
      unitCode: String(r.unitCode),
      unitName: String(r.unitName),
      registrations: Number(r.registrations),
      approved: Number(r.approved),
    }));
  }

  async contests(competitionId: number): Promise<ContestCounts[]> {
    const rows = await this.dataSource
      .getRepository(Contest)
      .createQueryBuilder('c')
      .innerJoin(Trade, 't', 't.id = c.tradeId')
      .leftJoin(Registration, 'r', 'r.contestId = c.id AND r.status IN (:...active)', {
        active: ACTIVE,
      })
      .select('c.id', 'contestId')
      .addSelect('t.code', 'tradeCode')
      .addSelect('t.name', 'tradeName')
      .addSelect('c.status', 'status')
      .addSelect('c.publishedRunId', 'publishedRunId')
      .addSelect('COUNT(r.id)', 'registrations')
      .addSelect("SUM(CASE WHEN r.status = 'APPROVED' THEN 1 ELSE 0 END)", 'approved')
      .addSelect(
        "SUM(CASE WHEN r.status = 'APPROVED' AND r.blindCode IS NOT NULL THEN 1 ELSE 0 END)",
        'drawn',
      )
      .where('c.competitionId = :competitionId', { competitionId })
      .groupBy('c.id')
      .addGroupBy('t.code')
      .addGroupBy('t.name')
      .addGroupBy('c.status')
      .addGroupBy('c.publishedRunId')
      .orderBy('t.code', 'ASC')
      .getRawMany<Record<keyof ContestCounts, string | number | null>>();
    return rows.map((r) => ({
      contestId: Number(r.contestId),
      tradeCode: String(r.tradeCode),
      tradeName: String(r.tradeName),
      status: r.status as ContestStatus,
      publishedRunId: r.publishedRunId === null ? null : Number(r.publishedRunId),
      registrations: Number(r.registrations),
      // SUM over no rows is NULL.
      approved: Number(r.approved ?? 0),
      drawn: Number(r.drawn ?? 0),
    }));
  }

  /** Scores entered and confirmed, per contest. */
  async scoreCounts(
    contestIds: number[],
  ): Promise<Map<number, { entered: number; confirmed: number }>> {
    if (contestIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(Score)
      .createQueryBuilder('s')
      .select('s.contestId', 'contestId')
      .addSelect('COUNT(*)', 'entered')
      .addSelect('COUNT(s.confirmedAt)', 'confirmed')
      .where('s.contestId IN (:...contestIds)', { contestIds })
      .groupBy('s.contestId')
      .getRawMany<{
        contestId: string | number;
        entered: string | number;
        confirmed: string | number;
      }>();
    return new Map(
      rows.map((r) => [
        Number(r.contestId),
        { entered: Number(r.entered), confirmed: Number(r.confirmed) },
      ]),
    );
  }

  /** The latest computed (DONE) run of each contest. */
  async latestDoneRuns(contestIds: number[]): Promise<Map<number, number>> {
    if (contestIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(ResultRun)
      .createQueryBuilder('run')
      .select('run.contestId', 'contestId')
      .addSelect('MAX(run.id)', 'runId')
      .where('run.contestId IN (:...contestIds)', { contestIds })
      .andWhere("run.status = 'DONE'")
      .groupBy('run.contestId')
      .getRawMany<{ contestId: string | number; runId: string | number }>();
    return new Map(rows.map((r) => [Number(r.contestId), Number(r.runId)]));
  }

  /** Counts of ranked totals per ten-point bin, per run: runId → ten counts. */
  async distributions(runIds: number[]): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>(runIds.map((id) => [id, Array<number>(10).fill(0)]));
    if (runIds.length === 0) return result;
    const rows = await this.dataSource
      .getRepository(ResultRow)
      .createQueryBuilder('rr')
      .select('rr.runId', 'runId')
      .addSelect(BIN_OF_TOTAL, 'bin')
      .addSelect('COUNT(*)', 'count')
      .where('rr.runId IN (:...runIds)', { runIds })
      .andWhere('rr.totalCenti IS NOT NULL')
      .groupBy('rr.runId')
      .addGroupBy(BIN_OF_TOTAL)
      .getRawMany<{ runId: string | number; bin: string | number; count: string | number }>();
    for (const r of rows) {
      const bins = result.get(Number(r.runId));
      const bin = Math.min(9, Math.max(0, Number(r.bin)));
      if (bins) bins[bin] += Number(r.count);
    }
    return result;
  }
}
