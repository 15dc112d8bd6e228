import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { restrictNewFiles } from '../common/private-files';
import { EnvironmentError, loadEnvironment } from '../config/environment';
import { databaseKind, sqliteFile } from '../database/data-source-options';
import { MIGRATIONS } from '../database/migrations';
import { checkPersonalDataKey } from '../maintenance/personal-data-key-note';
import { restorePostgres } from '../maintenance/postgres-backup';
import {
  BackupError,
  formatTables,
  reportFileOf,
  restoreSqlite,
} from '../maintenance/sqlite-backup';
import { Command, CommandExit } from './command';

/**
 * `restore FILE [--force]` (`npm run restore -- FILE`): puts a backup made by `backup` back in
 * place of the database (same environment as the service). Stop the API and every job runner
 * first: with SQLite the command refuses while any process has the database open. See
 * docs/operations.md.
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
async function restore(args: string[]): Promise<number> {
  restrictNewFiles();
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  if (files.length !== 1 || files[0].startsWith('--')) {
    throw new CommandExit(
      2,
      'Usage: npm run restore -- FILE [--force]   (a file written by npm run backup; --force: even without its report)',
    );
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
  return 0;
}

export const restoreCommand: Command = {
  summary: 'restore FILE [--force]        put a backup back (the API and job runners stopped)',
  run: (args) =>
    restore(args).catch((error: unknown) => {
      if (error instanceof BackupError || error instanceof EnvironmentError)
        throw new CommandExit(1, `Restore refused: ${error.message}`);
      throw error;
    }),
};
