import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Unit } from './unit.entity';

@Injectable()
export class UnitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: number, manager: EntityManager = this.dataSource.manager): Promise<Unit | null> {
    return manager.getRepository(Unit).findOneBy({ id });
  }

  /** Codes are matched without regard to case (rosters are typed by hand), so they must be unique so. */
  existsByCode(manager: EntityManager, code: string): Promise<boolean> {
    return manager
      .getRepository(Unit)
      .createQueryBuilder('u')
      .where('UPPER(u.code) = UPPER(:code)', { code })
      .getExists();
  }

  /** Every unit, parents before children (path order). */
  list(manager: EntityManager = this.dataSource.manager): Promise<Unit[]> {
    return manager.getRepository(Unit).find({ order: { path: 'ASC' } });
  }

  /** The unit and every unit below it. */
  listSubtree(root: Unit): Promise<Unit[]> {
    return this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('u')
      .where('u.path LIKE :prefix', { prefix: `${root.path}%` })
      .orderBy('u.path', 'ASC')
      .getMany();
  }

  /** Inserts, then fills in the path, which needs the new id. */
  async insert(
    manager: EntityManager,
    unit: Pick<Unit, 'code' | 'name' | 'parentId' | 'createdAt'>,
    parent: Unit | null,
  ): Promise<Unit> {
    const repo = manager.getRepository(Unit);
    const saved = await repo.save(
      repo.create({ ...unit, path: '/', depth: parent ? parent.depth + 1 : 0 }),
    );
    saved.path = `${parent ? parent.path : '/'}${saved.id}/`;
    await repo.update({ id: saved.id }, { path: saved.path });
    return saved;
  }
}
