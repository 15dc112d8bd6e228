import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Contest } from '../contests/contest.entity';
import { Trade } from '../trades/trade.entity';
import { Competition } from './competition.entity';
import type { ContestSummary } from './dto/competition.response';

@Injectable()
export class CompetitionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Competition | null> {
    return manager.getRepository(Competition).findOneBy({ id });
  }

  existsByCode(manager: EntityManager, code: string): Promise<boolean> {
    return manager.getRepository(Competition).existsBy({ code });
  }

  list(): Promise<Competition[]> {
    return this.dataSource.getRepository(Competition).find({ order: { year: 'DESC', id: 'DESC' } });
  }

  insert(manager: EntityManager, competition: Omit<Competition, 'id'>): Promise<Competition> {
    const repo = manager.getRepository(Competition);
    return repo.save(repo.create(competition));
  }

  async contestSummaries(competitionId: number): Promise<ContestSummary[]> {
    const rows = await this.dataSource
      .getRepository(Contest)
      .createQueryBuilder('c')
      .innerJoin(Trade, 't', 't.id = c.tradeId')
      .select([
        'c.id AS id',
        'c.tradeId AS "tradeId"',
        't.code AS "tradeCode"',
        't.name AS "tradeName"',
        'c.status AS status',
      ])
      .where('c.competitionId = :competitionId', { competitionId })
      .orderBy('t.code', 'ASC')
      .getRawMany<ContestSummary>();
    return rows.map((r) => ({ ...r, id: Number(r.id), tradeId: Number(r.tradeId) }));
  }
}
