import type { DataSource, EntityManager, Migration } from 'typeorm';

/**
 * The PostgreSQL advisory lock taken around migrations (any constant; advisory locks are per
 * database, so deployments on other databases of the same server do not wait for each other).
 */
export const MIGRATION_LOCK_KEY = 9_092_017;

/** The advisory lock of one-time start-up writes (the first organizer). */
export const STARTUP_LOCK_KEY = 9_092_018;

/**
 * Runs the pending migrations (all in one transaction). TypeORM takes no lock of its own, so two
 * API processes starting together against one PostgreSQL database would both see the same pending
 * migrations and both run them: the second fails on "relation already exists" (or, creating the
 * migrations table, on a duplicate pg_type row). Here the whole step holds an advisory lock on its
 * own connection: the first process migrates, the others wait, then find nothing pending.
 *
 * SQLite needs no lock of its own: one API process owns the file (scale out on PostgreSQL).
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<Migration[]> {
  if (dataSource.options.type !== 'postgres') {
    return dataSource.runMigrations({ transaction: 'all' });
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * PostgreSQL: holds an advisory lock until the transaction ends, so that a check-then-insert done
 * at start-up (is there any user yet?) runs in one API process at a time: the next one, let in
 * after the first commits, sees its rows. SQLite transactions are serialised already.
 */
export async function holdStartupLock(manager: EntityManager): Promise<void> {
  if (manager.connection.options.type !== 'postgres') return;
  await manager.query('SELECT pg_advisory_xact_lock($1)', [STARTUP_LOCK_KEY]);
}
