import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Competition } from '../competitions/competition.entity';
import { Unit } from '../units/unit.entity';
import { GrantChange } from './grants.entity';
import { Grant } from './rounds.entities';

/** A grant with its unit's name and path (a coordinator sees the grants of their subtree). */
export interface GrantWithUnit extends Grant {
  unitName: string;
  unitPath: string;
}

/** The grants (专项资金) of a competition and their history. */
@Injectable()
export class GrantsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async competitionExists(id: number): Promise<boolean> {
    return (await this.dataSource.getRepository(Competition).countBy({ id })) > 0;
  }

  /** Holds the competition's row (PostgreSQL) so two replacements of its grants never interleave. */
  async lockCompetition(manager: EntityManager, id: number): Promise<void> {
    if (manager.connection.options.type !== 'postgres') return;
    await manager
      .getRepository(Competition)
      .createQueryBuilder('c')
      .select('c.id')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getRawMany();
  }

  unit(id: number): Promise<Unit | null> {
    return this.dataSource.getRepository(Unit).findOneBy({ id });
  }

  async existingUnitIds(ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource
      .getRepository(Unit)
      .find({ select: { id: true }, where: { id: In(ids) } });
    return new Set(rows.map((u) => u.id));
  }

  grants(
    competitionId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Grant[]> {
    return manager
      .getRepository(Grant)
      .find({ where: { competitionId }, order: { unitId: 'ASC' } });
  }

  /** The competition's grants with their units, in unit code order; `pathPrefix`: a subtree only. */
  async grantsWithUnits(competitionId: number, pathPrefix?: string): Promise<GrantWithUnit[]> {
    const query = this.dataSource
      .getRepository(Grant)
      .createQueryBuilder('g')
      .innerJoin(Unit, 'u', 'u.id = g.unitId')
      .select('g')
      .addSelect('u.name', 'unitName')
      .addSelect('u.path', 'unitPath')
      .addSelect('u.code', 'unitCode')
      .where('g.competitionId = :competitionId', { competitionId })
      .orderBy('u.code', 'ASC');
    if (pathPrefix) query.andWhere('u.path LIKE :prefix', { prefix: `${pathPrefix}%` });
    const { entities, raw } = await query.getRawAndEntities<{
      unitName: string;
      unitPath: string;
    }>();
    return entities.map((g, i) => ({ ...g, unitName: raw[i].unitName, unitPath: raw[i].unitPath }));
  }

  async grant(
    competitionId: number,
    unitId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Grant | null> {
    return manager.getRepository(Grant).findOneBy({ competitionId, unitId });
  }

  async remove(manager: EntityManager, ids: number[]): Promise<void> {
    if (ids.length > 0) await manager.getRepository(Grant).delete({ id: In(ids) });
  }

  async save(manager: EntityManager, grants: Grant[]): Promise<void> {
    if (grants.length > 0) await manager.getRepository(Grant).save(grants, { chunk: 200 });
  }

  async record(manager: EntityManager, changes: Omit<GrantChange, 'id'>[]): Promise<void> {
    for (let i = 0; i < changes.length; i += 200)
      await manager.getRepository(GrantChange).insert(changes.slice(i, i + 200));
  }

  changes(competitionId: number): Promise<GrantChange[]> {
    return this.dataSource
      .getRepository(GrantChange)
      .find({ where: { competitionId }, order: { id: 'ASC' } });
  }
}
