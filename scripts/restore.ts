import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { restrictNewFiles } from '../src/common/private-files';
import { EnvironmentError, loadEnvironment } from '../src/config/environment';
import { databaseKind, sqliteFile } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { restorePostgres } from '../src/maintenance/postgres-backup';
import {
  BackupError,
  formatTables,
  reportFileOf,
  restoreSqlite,
} from '../src/maintenance/sqlite-backup';
import { checkPersonalDataKey } from '../src/maintenance/personal-data-key-note';

/**
 * `npm run restore -- FILE`: puts a backup made by `npm run backup` back in place of the database
 * (same environment as the service). Stop the API and every worker first: with SQLite the command
 * refuses while any process has the database open. See docs/operations.md.
 *
 * SQLite: the current file is kept as DATA_DIR/backups/before-restore-<UTC time>.sqlite, the
 * backup is checked (its report's SHA-256, integrity, migrations) and copied in, and the result is
 * verified against the backup's report. PostgreSQL: refused while another session is connected;
 * the current database is kept as DATA_DIR/backups/before-restore-<UTC time>.pgdump, the dump
 * checked against its report (SHA-256, migrations), restored by pg_restore --clean in one
 * transaction, and the row counts compared with the report.
 *
 * A backup without its report (FILE.json) is refused: nothing could tell a swapped or truncated
 * file. `--force` restores it all the same, unchecked, with a warning.
 */
async function main(): Promise<void> {
  restrictNewFiles();
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  if (files.length !== 1 || files[0].startsWith('--')) {
    console.error(
      'Usage: npm run restore -- FILE [--force]   (a file written by npm run backup; --force: even without its report)',
    );
    process.exit(2);
  }
  const file = resolve(files[0]);
  const env = loadEnvironment(process.env);
  const keepDir = join(env.DATA_DIR, 'backups');
  const known = MIGRATIONS.map((m) => m.name);
  if (force && existsSync(file) && !existsSync(reportFileOf(file))) {
    console.warn(
      `Warning: ${file} has no report beside it; restoring it unchecked (--force): its SHA-256 and row counts cannot be verified`,
    );
  }
  // Before anything is replaced: this service must hold the key the backup's data need.
  const key = await checkPersonalDataKey(file, env, { force });
  if (key.matches === false) {
    console.warn(
      `Warning: restoring unchecked (--force) without the personal-data key ${key.id}: its ID numbers and phones cannot be read until that key is in place`,
    );
  }
  const report =
    databaseKind(env) === 'postgres'
      ? await restorePostgres(file, env.DATABASE_URL!, keepDir, known, { force })
      : await restoreSqlite(file, sqliteFile(env), keepDir, known, { force });
  console.log(
    [
      `Restored ${report.restoredFrom} → ${report.target} in ${report.ms} ms`,
      `  the replaced database is kept as ${report.previousKeptAs ?? '(there was none)'}`,
      `  row counts equal the backup's report: ${report.matchesBackupReport ?? 'no report found'}`,
      `  personal-data key: ${key.id === null ? 'not named by the report' : `${key.id}, ${key.matches ? 'held by this service' : 'MISSING'}`}`,
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
