import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EnvironmentError, loadEnvironment } from '../src/config/environment';
import { databaseKind, sqliteFile } from '../src/database/data-source-options';
import { pgDump } from '../src/maintenance/postgres-backup';
import {
  BackupError,
  backupSqlite,
  defaultBackupFile,
  formatTables,
  reportFileOf,
} from '../src/maintenance/sqlite-backup';

/**
 * `npm run backup [-- FILE]`: a consistent copy of the database, taken while the service runs
 * (same environment as the service: DATA_DIR, DATABASE_URL). See docs/operations.md.
 *
 * SQLite: FILE (default DATA_DIR/backups/contest-<UTC time>.sqlite) and its report FILE.json
 * (integrity check, rows per table, SHA-256). PostgreSQL: a pg_dump custom-format file (default
 * DATA_DIR/backups/contest-<UTC time>.pgdump).
 */
async function main(): Promise<void> {
  const env = loadEnvironment(process.env);
  const [file] = process.argv.slice(2);
  const dir = join(env.DATA_DIR, 'backups');
  if (databaseKind(env) === 'postgres') {
    const target = resolve(file ?? defaultBackupFile(dir, { ext: '.pgdump' }));
    mkdirSync(dirname(target), { recursive: true });
    const started = Date.now();
    pgDump(env.DATABASE_URL!, target);
    console.log(`Backup written: ${target} (pg_dump, custom format) in ${Date.now() - started} ms`);
    return;
  }
  const report = await backupSqlite(sqliteFile(env), resolve(file ?? defaultBackupFile(dir)));
  console.log(
    [
      `Backup written: ${report.file}`,
      `  ${report.bytes} bytes, SHA-256 ${report.sha256}, taken at ${report.createdAt} in ${report.ms} ms`,
      `  report: ${reportFileOf(report.file)}`,
      'Rows at the moment of the backup:',
      formatTables(report),
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  const known = error instanceof BackupError || error instanceof EnvironmentError;
  console.error(known ? `Backup failed: ${error.message}` : error);
  process.exit(1);
});
