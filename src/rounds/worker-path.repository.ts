import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { PersonalDataCipher } from '../common/personal-data/personal-data-cipher';
import { Competition } from '../competitions/competition.entity';
import { Contest } from '../contests/contest.entity';
import { Registration } from '../registrations/registration.entity';
import { ResultRow } from '../results/results.entities';
import { Trade } from '../trades/trade.entity';
import { Unit } from '../units/unit.entity';
import { Worker } from '../workers/worker.entity';
import { AdvancementVersion, ContestFeeder } from './rounds.entities';

export interface PathEntryRow {
  registrationId: number;
  registrationStatus: string;
  feederRegistrationId: number | null;
  contestId: number;
  competitionId: number;
  competitionName: string;
  tradeId: number;
  tradeName: string;
  round: number;
  hostUnitId: number | null;
  hostUnitName: string | null;
  publishedRunId: number | null;
}

/** A worker's entries across the rounds, read by name and ID number (never answered). */
@Injectable()
export class WorkerPathRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async entries(name: string, idNumber: string): Promise<PathEntryRow[]> {
    const rows = await this.dataSource
      .getRepository(Registration)
      .createQueryBuilder('r')
      .innerJoin(Worker, 'w', 'w.id = r.workerId')
      .innerJoin(Contest, 'c', 'c.id = r.contestId')
      .innerJoin(Competition, 'comp', 'comp.id = c.competitionId')
      .innerJoin(Trade, 't', 't.id = c.tradeId')
      .leftJoin(Unit, 'h', 'h.id = c.hostUnitId')
      .where('w.idNumberHash = :hash AND w.name = :name', {
        hash: this.cipher.hash('id_number', idNumber),
        name,
      })
      .select('r.id', 'registrationId')
      .addSelect('r.status', 'registrationStatus')
      .addSelect('r.feederRegistrationId', 'feederRegistrationId')
      .addSelect('c.id', 'contestId')
      .addSelect('comp.id', 'competitionId')
      .addSelect('comp.name', 'competitionName')
      .addSelect('t.id', 'tradeId')
      .addSelect('t.name', 'tradeName')
      .addSelect('c.round', 'round')
      .addSelect('h.id', 'hostUnitId')
      .addSelect('h.name', 'hostUnitName')
      .addSelect('c.publishedRunId', 'publishedRunId')
      .orderBy('comp.id', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .addOrderBy('c.round', 'ASC')
      .getRawMany<PathEntryRow>();
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return rows.map((r) => ({
      ...r,
      registrationId: Number(r.registrationId),
      feederRegistrationId: num(r.feederRegistrationId),
      contestId: Number(r.contestId),
      competitionId: Number(r.competitionId),
      tradeId: Number(r.tradeId),
      round: Number(r.round),
      hostUnitId: num(r.hostUnitId),
      publishedRunId: num(r.publishedRunId),
    }));
  }

  /** The published result lines of these registrations (a run the public sees). */
  async publishedRows(pairs: { runId: number; registrationId: number }[]): Promise<ResultRow[]> {
    if (pairs.length === 0) return [];
    const rows = await this.dataSource.getRepository(ResultRow).findBy({
      registrationId: In(pairs.map((p) => p.registrationId)),
      runId: In(pairs.map((p) => p.runId)),
    });
    return rows.filter((row) =>
      pairs.some((p) => p.runId === row.runId && p.registrationId === row.registrationId),
    );
  }

  /** The later rounds these contests feed, with their round, host unit and latest list. */
  async laterRounds(feederIds: number[]): Promise<
    {
      contestId: number;
      feederContestId: number;
      round: number;
      hostUnitName: string | null;
      latest: AdvancementVersion | null;
    }[]
  > {
    if (feederIds.length === 0) return [];
    const links = await this.dataSource
      .getRepository(ContestFeeder)
      .findBy({ feederContestId: In(feederIds) });
    const contests = new Map(
      (
        await this.dataSource
          .getRepository(Contest)
          .findBy({ id: In([...new Set(links.map((l) => l.contestId)), 0]) })
      ).map((c) => [c.id, c]),
    );
    const out = [];
    for (const link of links) {
      const contest = contests.get(link.contestId);
      if (!contest) continue;
      const latest = await this.dataSource
        .getRepository(AdvancementVersion)
        .findOne({ where: { contestId: contest.id }, order: { version: 'DESC' } });
      const host = contest.hostUnitId
        ? await this.dataSource.getRepository(Unit).findOneBy({ id: contest.hostUnitId })
        : null;
      out.push({
        contestId: contest.id,
        feederContestId: link.feederContestId,
        round: contest.round,
        hostUnitName: host?.name ?? null,
        latest,
      });
    }
    return out;
  }

  /** Units' names by id (the units a reason names, e.g. a quota's). */
  async unitNames(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const units = await this.dataSource
      .getRepository(Unit)
      .find({ where: { id: In(ids) }, select: { id: true, name: true } });
    return new Map(units.map((u) => [u.id, u.name]));
  }

  /** The highest round of each trade of these competitions (the final). */
  async lastRounds(
    competitionIds: number[],
  ): Promise<{ competitionId: number; tradeId: number; round: number }[]> {
    if (competitionIds.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(Contest)
      .createQueryBuilder('c')
      .select('c.competitionId', 'competitionId')
      .addSelect('c.tradeId', 'tradeId')
      .addSelect('MAX(c.round)', 'round')
      .where('c.competitionId IN (:...ids)', { ids: competitionIds })
      .groupBy('c.competitionId')
      .addGroupBy('c.tradeId')
      .getRawMany<{ competitionId: number; tradeId: number; round: number }>();
    return rows.map((r) => ({
      competitionId: Number(r.competitionId),
      tradeId: Number(r.tradeId),
      round: Number(r.round),
    }));
  }
}
