import { dirname, join, resolve } from 'node:path';
import { mkdirPrivate, restrictNewFiles, securePrivateDir } from '../common/private-files';
import { EnvironmentError, loadEnvironment } from '../config/environment';
import { databaseKind, sqliteFile } from '../database/data-source-options';
import { notePersonalDataKey } from '../maintenance/personal-data-key-note';
import { backupPostgres } from '../maintenance/postgres-backup';
import {
  BackupError,
  backupSqlite,
  defaultBackupFile,
  formatTables,
  reportFileOf,
} from '../maintenance/sqlite-backup';
import { Command, CommandExit } from './command';

/**
 * `backup [FILE]` (`npm run backup [-- FILE]`): a consistent copy of the database, taken while the
 * service runs (same environment as the service: DATA_DIR, DATABASE_URL). See docs/operations.md.
 *
 * SQLite: FILE (default DATA_DIR/backups/contest-<UTC time>.sqlite) and its report FILE.json
 * (integrity check, rows per table, SHA-256). PostgreSQL: a pg_dump custom-format file (default
 * DATA_DIR/backups/contest-<UTC time>.pgdump) and the same report, its row counts read in the
 * snapshot pg_dump was given.
 */
async function backup(args: string[]): Promise<number> {
  // A backup holds everyone's personal data: owner-only, whatever creates the file (SQLite's
  // VACUUM INTO, pg_dump); the backups folder too.
  restrictNewFiles();
  const env = loadEnvironment(process.env);
  const [file] = args;
  const dir = join(env.DATA_DIR, 'backups');
  const postgres = databaseKind(env) === 'postgres';
  const target = resolve(file ?? defaultBackupFile(dir, postgres ? { ext: '.pgdump' } : {}));
  if (file === undefined) {
    const tightened = securePrivateDir(dir);
    if (tightened.length > 0) console.warn(`Made owner-only: ${tightened.join(', ')}`);
  }
  await mkdirPrivate(dirname(target));
  const report = postgres
    ? await backupPostgres(env.DATABASE_URL!, target)
    : await backupSqlite(sqliteFile(env), target);
  console.log(
    [
      `Backup written: ${report.file}`,
      `  ${report.bytes} bytes, SHA-256 ${report.sha256}, taken at ${report.createdAt} in ${report.ms} ms`,
      `  report: ${reportFileOf(report.file)}`,
      'Rows at the moment of the backup:',
      formatTables(report),
    ].join('\n'),
  );
  const key = await notePersonalDataKey(report.file, env);
  console.log(`Personal-data key ${key.id} (${key.source}): ${key.note}`);
  return 0;
}

export const backupCommand: Command = {
  summary: 'backup [FILE]                 a consistent copy of the database, with its report',
  run: (args) =>
    backup(args).catch((error: unknown) => {
      if (error instanceof BackupError || error instanceof EnvironmentError)
        throw new CommandExit(1, `Backup failed: ${error.message}`);
      throw error;
    }),
};
