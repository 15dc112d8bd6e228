import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

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
    if (!this.serialise) return this.dataSource.transaction(work);
    return this.exclusive(() => this.immediate(work));
  }

  /**
   * SQLite: `BEGIN IMMEDIATE` rather than TypeORM's deferred `BEGIN`. A deferred transaction that
   * reads first and writes later cannot wait for another process's write lock (SQLite answers
   * SQLITE_BUSY at once, busy timeout or not); an immediate one takes the lock up front and waits
   * its turn, so an API process and job runners can share the file.
   */
  private async immediate<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = beginningImmediately(this.dataSource.createQueryRunner());
    await runner.connect();
    await runner.startTransaction();
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Work that must not interleave with a transaction but cannot run inside one (e.g. a WAL checkpoint). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (!this.serialise) return work();
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

const IMMEDIATE = Symbol('beginsImmediately');

/**
 * The runner with its `BEGIN TRANSACTION` turned into `BEGIN IMMEDIATE TRANSACTION`. TypeORM's
 * sqlite driver hands out one shared runner, so it is patched once: patched per transaction, the
 * wrappers nested, every query went through one more function for each transaction the process
 * had run, and after about 10,000 of them every write failed with "Maximum call stack size
 * exceeded" (found by the load test, docs/load.md).
 */
function beginningImmediately(runner: QueryRunner): QueryRunner {
  const patched = runner as QueryRunner & { [IMMEDIATE]?: true };
  if (patched[IMMEDIATE]) return runner;
  const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  runner.query = ((sql: string, ...rest: unknown[]) =>
    query(
      sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql,
      ...rest,
    )) as QueryRunner['query'];
  patched[IMMEDIATE] = true;
  return runner;
}
