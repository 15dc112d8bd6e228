import 'reflect-metadata';
import { join, resolve } from 'node:path';
import { EnvironmentError, loadEnvironment } from '../src/config/environment';
import { databaseKind, sqliteFile } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { pgRestore } from '../src/maintenance/postgres-backup';
import { BackupError, formatTables, restoreSqlite } from '../src/maintenance/sqlite-backup';

/**
 * `npm run restore -- FILE`: puts a backup made by `npm run backup` back in place of the database
 * (same environment as the service). Stop the API and every worker first: with SQLite the command
 * refuses while any process has the database open. See docs/operations.md.
 *
 * SQLite: the current file is kept as DATA_DIR/backups/before-restore-<UTC time>.sqlite, the
 * backup is checked (its report's SHA-256, integrity, migrations) and copied in, and the result is
 * verified against the backup's report. PostgreSQL: pg_restore --clean in one transaction.
 */
async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  if (!file) {
    console.error('Usage: npm run restore -- FILE   (a file written by npm run backup)');
    process.exit(2);
  }
  const env = loadEnvironment(process.env);
  if (databaseKind(env) === 'postgres') {
    const started = Date.now();
    pgRestore(env.DATABASE_URL!, resolve(file));
    console.log(`Restored ${resolve(file)} into PostgreSQL in ${Date.now() - started} ms`);
    return;
  }
  const report = await restoreSqlite(
    resolve(file),
    sqliteFile(env),
    join(env.DATA_DIR, 'backups'),
    MIGRATIONS.map((m) => m.name),
  );
  console.log(
    [
      `Restored ${report.restoredFrom} → ${report.target} in ${report.ms} ms`,
      `  the replaced database is kept as ${report.previousKeptAs ?? '(there was none)'}`,
      `  row counts equal the backup's report: ${report.matchesBackupReport ?? 'no report found'}`,
      'Rows now:',
      formatTables(report),
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  const known = error instanceof BackupError || error instanceof EnvironmentError;
  console.error(known ? `Restore refused: ${error.message}` : error);
  process.exit(1);
});
