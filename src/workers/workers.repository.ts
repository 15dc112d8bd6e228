import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Worker } from './worker.entity';

export type NewWorker = Omit<Worker, 'id'>;
export type WorkerChanges = Partial<Pick<Worker, 'name' | 'phone' | 'unitId'>>;

@Injectable()
export class WorkersRepository {
  findByIdNumbers(manager: EntityManager, idNumbers: string[]): Promise<Worker[]> {
    if (idNumbers.length === 0) return Promise.resolve([]);
    return manager.getRepository(Worker).findBy({ idNumber: In(idNumbers) });
  }

  /**
   * Inserts the workers that do not exist yet; a row another transaction inserted meanwhile is
   * skipped, not an error (the caller reads the rows back by ID number).
   */
  async insertMissing(manager: EntityManager, workers: NewWorker[]): Promise<void> {
    if (workers.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(Worker)
      .values(workers)
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  async update(
    manager: EntityManager,
    id: number,
    changes: WorkerChanges,
    at: Date,
  ): Promise<void> {
    await manager.getRepository(Worker).update({ id }, { ...changes, updatedAt: at });
  }

  /**
   * PostgreSQL: holds these workers' rows until the transaction ends, so that two requests cannot
   * both find "no other registration in this competition" and both insert. SQLite transactions are
   * already serialised (UnitOfWork), so nothing is needed there.
   */
  async lock(manager: EntityManager, ids: number[]): Promise<void> {
    if (ids.length === 0 || manager.connection.options.type !== 'postgres') return;
    await manager
      .getRepository(Worker)
      .createQueryBuilder('w')
      .select('w.id')
      .where('w.id IN (:...ids)', { ids: [...ids].sort((a, b) => a - b) })
      .orderBy('w.id')
      .setLock('pessimistic_write')
      .getRawMany();
  }
}
