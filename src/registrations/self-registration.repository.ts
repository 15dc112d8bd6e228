import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Competition } from '../competitions/competition.entity';
import { Contest } from '../contests/contest.entity';
import { Trade } from '../trades/trade.entity';
import { Unit } from '../units/unit.entity';

export interface OpenContest {
  id: number;
  round: number;
  tradeName: string;
  tradeNameEn: string | null;
  hostUnitId: number | null;
  hostUnitName: string | null;
}

/** The public self-registration page's reading: open contests and the unit tree, names only. */
@Injectable()
export class SelfRegistrationRepository {
  constructor(private readonly dataSource: DataSource) {}

  competition(id: number): Promise<Pick<Competition, 'id' | 'name'> | null> {
    return this.dataSource
      .getRepository(Competition)
      .findOne({ where: { id }, select: { id: true, name: true } });
  }

  /** The competition's contests that allow self-registration and are taking registrations now. */
  async openContests(competitionId: number): Promise<OpenContest[]> {
    const rows = await this.dataSource
      .getRepository(Contest)
      .createQueryBuilder('c')
      .innerJoin(Trade, 't', 't.id = c.tradeId')
      .leftJoin(Unit, 'h', 'h.id = c.hostUnitId')
      .select('c.id', 'id')
      .addSelect('c.round', 'round')
      .addSelect('t.name', 'tradeName')
      .addSelect('t.nameEn', 'tradeNameEn')
      .addSelect('h.id', 'hostUnitId')
      .addSelect('h.name', 'hostUnitName')
      .where('c.competitionId = :competitionId', { competitionId })
      .andWhere('c.selfRegistration = :yes', { yes: true })
      .andWhere("c.status = 'REGISTRATION'")
      .orderBy('t.code', 'ASC')
      .addOrderBy('c.round', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getRawMany<OpenContest>();
    return rows.map((r) => ({
      id: Number(r.id),
      round: Number(r.round),
      tradeName: r.tradeName,
      tradeNameEn: r.tradeNameEn,
      hostUnitId: r.hostUnitId === null ? null : Number(r.hostUnitId),
      hostUnitName: r.hostUnitName,
    }));
  }

  units(): Promise<Pick<Unit, 'id' | 'name' | 'parentId'>[]> {
    return this.dataSource
      .getRepository(Unit)
      .find({ select: { id: true, name: true, parentId: true }, order: { path: 'ASC' } });
  }
}
