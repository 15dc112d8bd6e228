import { DataSource } from 'typeorm';

/** What SQLite reports for the settings the service relies on (checked at start-up and in tests). */
export async function readSqlitePragmas(
  dataSource: DataSource,
): Promise<{ journalMode: string; foreignKeys: number; busyTimeout: number }> {
  const [journal] = await dataSource.query<{ journal_mode: string }[]>('PRAGMA journal_mode');
  const [fk] = await dataSource.query<{ foreign_keys: number }[]>('PRAGMA foreign_keys');
  const [busy] = await dataSource.query<{ timeout: number }[]>('PRAGMA busy_timeout');
  return {
    journalMode: journal.journal_mode,
    foreignKeys: fk.foreign_keys,
    busyTimeout: busy.timeout,
  };
}
