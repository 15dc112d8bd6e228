import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Contest } from '../contests/contest.entity';
import { Trade } from '../trades/trade.entity';
import { Unit } from '../units/unit.entity';
import {
  AdvancementResponse,
  AdvancementVersion,
  ContestFeeder,
  type AdvancementResponseKind,
} from './rounds.entities';

/** The rounds' own tables (feeders, advancement versions) and the contest's rule column. */
@Injectable()
export class RoundsRepository {
  constructor(private readonly dataSource: DataSource) {}

  contests(ids: number[], manager: EntityManager = this.dataSource.manager): Promise<Contest[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.getRepository(Contest).findBy({ id: In(ids) });
  }

  /** Every unit's id and path (`/1/4/9/`): quotas name units, and count the units below them. */
  units(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Pick<Unit, 'id' | 'name' | 'path'>[]> {
    return manager.getRepository(Unit).find({ select: { id: true, name: true, path: true } });
  }

  async feederIds(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number[]> {
    const rows = await manager
      .getRepository(ContestFeeder)
      .find({ where: { contestId }, order: { feederContestId: 'ASC' } });
    return rows.map((r) => r.feederContestId);
  }

  /** How the public names feeders: trade, round and host unit (海州区总工会 · 初赛). */
  async feederLabels(
    ids: number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<
    { contestId: number; round: number; hostUnitName: string | null; tradeName: string }[]
  > {
    if (ids.length === 0) return [];
    const rows = await manager
      .getRepository(Contest)
      .createQueryBuilder('c')
      .innerJoin(Trade, 't', 't.id = c.tradeId')
      .leftJoin(Unit, 'hu', 'hu.id = c.hostUnitId')
      .select('c.id', 'id')
      .addSelect('c.round', 'round')
      .addSelect('hu.name', 'host_unit_name')
      .addSelect('t.name', 'trade_name')
      .where('c.id IN (:...ids)', { ids })
      .getRawMany<{
        id: number | string;
        round: number | string;
        host_unit_name: string | null;
        trade_name: string;
      }>();
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r
        ? [
            {
              contestId: id,
              round: Number(r.round),
              hostUnitName: r.host_unit_name ?? null,
              tradeName: r.trade_name,
            },
          ]
        : [];
    });
  }

  /** The later rounds this contest feeds. */
  async finalsFedBy(
    feederContestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number[]> {
    const rows = await manager
      .getRepository(ContestFeeder)
      .find({ where: { feederContestId }, order: { contestId: 'ASC' } });
    return rows.map((r) => r.contestId);
  }

  /** Every decline and confirmation given for a final, oldest first. */
  responses(manager: EntityManager, contestId: number): Promise<AdvancementResponse[]> {
    return manager
      .getRepository(AdvancementResponse)
      .find({ where: { contestId }, order: { at: 'ASC', id: 'ASC' } });
  }

  async insertResponse(
    manager: EntityManager,
    response: {
      contestId: number;
      registrationId: number;
      kind: AdvancementResponseKind;
      reason: string | null;
      at: Date;
      createdBy: number;
    },
  ): Promise<void> {
    await manager.getRepository(AdvancementResponse).insert(response);
  }

  async setFeeders(
    manager: EntityManager,
    contestId: number,
    feederContestIds: number[],
    rule: Record<string, unknown>,
  ): Promise<void> {
    await manager.getRepository(ContestFeeder).delete({ contestId });
    if (feederContestIds.length > 0) {
      await manager
        .getRepository(ContestFeeder)
        .insert(feederContestIds.map((feederContestId) => ({ contestId, feederContestId })));
    }
    // The contest's version moves too: its settings changed (a stale PATCH is refused).
    const changes: QueryDeepPartialEntity<Contest> = {
      advancementRule: rule as QueryDeepPartialEntity<Contest>['advancementRule'],
      version: () => 'version + 1',
      updatedAt: new Date(),
    };
    await manager.getRepository(Contest).update({ id: contestId }, changes);
  }

  latest(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AdvancementVersion | null> {
    return manager
      .getRepository(AdvancementVersion)
      .findOne({ where: { contestId }, order: { version: 'DESC' } });
  }

  /**
   * An INSERT of the row, not `save()`: save deep-merges the entity, walking every entry of the
   * list (about 1,200 per trade at city scale) for nothing (docs/performance.md).
   */
  async insertVersion(
    manager: EntityManager,
    version: Omit<AdvancementVersion, 'id'>,
  ): Promise<AdvancementVersion> {
    const result = await manager.getRepository(AdvancementVersion).insert(version);
    return { ...version, id: Number((result.identifiers[0] as { id: number }).id) };
  }
}
