import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a use case's writes in one transaction.
 *
 * Why a class and not `dataSource.transaction()` everywhere: TypeORM's sqlite driver has a single
 * connection shared by every request, so two concurrent transactions would nest as savepoints of
 * one another, and one request's rollback would undo another's committed work. On SQLite this
 * serialises transactions inside the process (other processes are kept out by SQLite's own lock and
 * the busy timeout); on PostgreSQL each transaction has its own pooled connection and nothing waits.
 * Every write goes through here.
 */
@Injectable()
export class UnitOfWork {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serialise: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.serialise = dataSource.options.type === 'sqlite';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.exclusive(() => this.dataSource.transaction(work));
  }

  /** Work that must not interleave with a transaction but cannot run inside one (e.g. a WAL checkpoint). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (!this.serialise) return work();
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
