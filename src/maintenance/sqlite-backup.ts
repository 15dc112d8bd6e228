import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { chmodPrivate, mkdirPrivate, PRIVATE_FILE_MODE } from '../common/private-files';
import { isBusy, SqliteFile } from './sqlite-file';

/**
 * Backup and restore of the SQLite database while the service may be writing to it.
 *
 * The backup is `VACUUM INTO`: SQLite copies the database as of one read transaction (a
 * consistent snapshot, whatever is written meanwhile; in WAL mode writers are not held up) into a
 * new, compacted file. The file is then opened on its own and described in a report beside it
 * (`<file>.json`): integrity check, row count of every table, migrations, size and SHA-256. Those
 * counts are the database as of the backup, by construction.
 *
 * Restoring replaces the database file with the backup, only while no process has the database
 * open (SQLite refuses to leave WAL mode while another connection uses the file: that is the
 * check), after keeping the current file as `before-restore-<time>.sqlite`, and then verifies the
 * result against the backup's report.
 */

export class BackupError extends Error {
  constructor(
    readonly code:
      | 'EXISTS'
      | 'IN_USE'
      | 'CORRUPT'
      | 'MISMATCH'
      | 'NEWER_SCHEMA'
      | 'NOT_FOUND'
      | 'NO_REPORT'
      // The personal-data key the backup needs is absent or another (personal-data-key-note.ts).
      | 'KEY_MISSING'
      | 'KEY_MISMATCH',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface DatabaseReport {
  /** PRAGMA integrity_check: 'ok', or the problems found. */
  integrity: string;
  /** Rows per table (SQLite's own tables left out). */
  tables: Record<string, number>;
  /** Names of the migrations applied, in order. */
  migrations: string[];
}

export interface BackupReport extends DatabaseReport {
  file: string;
  source: string;
  createdAt: string;
  bytes: number;
  sha256: string;
  ms: number;
}

export interface RestoreReport extends DatabaseReport {
  target: string;
  restoredFrom: string;
  /** Where the database that was replaced is kept (null when there was none). */
  previousKeptAs: string | null;
  /** True when the restored database's row counts equal those in the backup's report. */
  matchesBackupReport: boolean | null;
  ms: number;
}

/** `contest-20261126-143005Z.sqlite` in `dir` (`-2`, `-3`… when taken twice in one second). */
export function defaultBackupFile(
  dir: string,
  options: { prefix?: string; ext?: string; now?: Date } = {},
): string {
  const { prefix = 'contest', ext = '.sqlite', now = new Date() } = options;
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
    .replace('T', '-');
  let file = join(dir, `${prefix}-${stamp}${ext}`);
  for (let n = 2; existsSync(file); n++) file = join(dir, `${prefix}-${stamp}-${n}${ext}`);
  return file;
}

export const reportFileOf = (backupFile: string): string => `${backupFile}.json`;

export async function describeDatabase(path: string): Promise<DatabaseReport> {
  return SqliteFile.using(path, { readOnly: true }, async (db) => {
    const checks = await db.all<{ integrity_check: string }>('PRAGMA integrity_check');
    const names = await db.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    );
    const tables: Record<string, number> = {};
    for (const { name } of names) {
      const [row] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM "${name}"`);
      tables[name] = Number(row.n);
    }
    const migrations = names.some((t) => t.name === 'migrations')
      ? (await db.all<{ name: string }>('SELECT name FROM migrations ORDER BY id')).map(
          (m) => m.name,
        )
      : [];
    return { integrity: checks.map((c) => c.integrity_check).join('; '), tables, migrations };
  });
}

export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Copies the live database `source` into the new file `target` and writes its report. */
export async function backupSqlite(source: string, target: string): Promise<BackupReport> {
  const started = Date.now();
  if (!existsSync(source)) throw new BackupError('NOT_FOUND', `No database at ${source}`);
  if (existsSync(target)) throw new BackupError('EXISTS', `${target} exists already`);
  await mkdirPrivate(dirname(target));
  const partial = `${target}.part`;
  await rm(partial, { force: true });
  const createdAt = new Date().toISOString();
  await SqliteFile.using(source, { busyTimeoutMs: 30000 }, (db) =>
    db.run('VACUUM INTO ?', [partial]),
  );
  // SQLite creates the copy under the process's umask; a backup is owner-only whoever runs it.
  await chmodPrivate(partial);
  await rename(partial, target);
  const description = await describeDatabase(target);
  if (description.integrity !== 'ok') {
    throw new BackupError(
      'CORRUPT',
      `The copy fails its integrity check: ${description.integrity}`,
    );
  }
  return writeBackupReport({ file: target, source, createdAt, started, description });
}

/** The report of the finished backup `file` (its size and SHA-256 read now), written beside it. */
export async function writeBackupReport(backup: {
  file: string;
  source: string;
  createdAt: string;
  /** When the backup started (ms since the epoch). */
  started: number;
  description: DatabaseReport;
}): Promise<BackupReport> {
  const report: BackupReport = {
    file: backup.file,
    source: backup.source,
    createdAt: backup.createdAt,
    bytes: (await stat(backup.file)).size,
    sha256: await sha256Of(backup.file),
    ...backup.description,
    ms: Date.now() - backup.started,
  };
  await writeFile(reportFileOf(backup.file), `${JSON.stringify(report, null, 2)}\n`, {
    mode: PRIVATE_FILE_MODE,
  });
  return report;
}

/**
 * The report written beside a backup (null when there is none), once the backup is checked to be
 * the very file it describes; NOT_FOUND without the backup, CORRUPT when its SHA-256 differs.
 */
export async function reportOf(backupFile: string): Promise<BackupReport | null> {
  if (!existsSync(backupFile)) throw new BackupError('NOT_FOUND', `No backup at ${backupFile}`);
  if (!existsSync(reportFileOf(backupFile))) return null;
  const report = JSON.parse(await readFile(reportFileOf(backupFile), 'utf8')) as BackupReport;
  if ((await sha256Of(backupFile)) !== report.sha256) {
    throw new BackupError(
      'CORRUPT',
      `${backupFile} is not the file its report describes (SHA-256 differs)`,
    );
  }
  return report;
}

export interface RestoreOptions {
  /** Restore a backup that has no report beside it (nothing to check it against). */
  force?: boolean;
}

/**
 * The backup's report, as `reportOf`; a backup without one is refused (NO_REPORT) unless forced:
 * without its report neither the file's SHA-256 nor the restored row counts can be checked, so a
 * swapped or truncated file would go in unnoticed.
 */
export async function requiredReportOf(
  backupFile: string,
  options: RestoreOptions,
): Promise<BackupReport | null> {
  const report = await reportOf(backupFile);
  if (report === null && !options.force) {
    throw new BackupError(
      'NO_REPORT',
      `${backupFile} has no report beside it (${basename(reportFileOf(backupFile))}), so it cannot be checked (SHA-256, row counts): restore it with the report npm run backup wrote, or pass --force to restore it unchecked`,
    );
  }
  return report;
}

/**
 * Fails with IN_USE when another connection has the database open. Leaving WAL mode needs the
 * file to itself; when it succeeds the WAL has been checkpointed into the file and removed.
 */
async function takeOver(target: string): Promise<void> {
  try {
    await SqliteFile.using(target, { busyTimeoutMs: 0 }, (db) =>
      db.run('PRAGMA journal_mode = DELETE'),
    );
  } catch (error) {
    if (!isBusy(error)) throw error;
    throw new BackupError(
      'IN_USE',
      `${target} is in use by another process: stop the API and every job runner (npm start, npm run start:job-runner) before restoring`,
    );
  }
}

/**
 * Puts the backup `backupFile` in place of the database `target` (which no process may have
 * open), keeping the replaced file in `keepDir`. `knownMigrations` are the code's migrations: a
 * backup made by a newer version (with migrations this code does not know) is refused.
 */
export async function restoreSqlite(
  backupFile: string,
  target: string,
  keepDir: string,
  knownMigrations: string[],
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  const started = Date.now();
  const expected = await requiredReportOf(backupFile, options);
  const backup = await describeDatabase(backupFile);
  if (backup.integrity !== 'ok') {
    throw new BackupError(
      'CORRUPT',
      `${backupFile} fails its integrity check: ${backup.integrity}`,
    );
  }
  const unknown = backup.migrations.filter((m) => !knownMigrations.includes(m));
  if (unknown.length > 0) {
    throw new BackupError(
      'NEWER_SCHEMA',
      `${backupFile} comes from a newer version (migrations ${unknown.join(', ')}): restore it with that version`,
    );
  }

  let previousKeptAs: string | null = null;
  if (existsSync(target)) {
    await takeOver(target);
    await mkdirPrivate(keepDir);
    previousKeptAs = defaultBackupFile(keepDir, { prefix: 'before-restore' });
    await rename(target, previousKeptAs);
    await chmodPrivate(previousKeptAs);
  }
  await mkdirPrivate(dirname(target));
  const incoming = join(dirname(target), `.${basename(target)}.restoring`);
  // copyFile gives the copy the backup's mode; the database is owner-only whatever that was.
  await copyFile(backupFile, incoming);
  await chmodPrivate(incoming);
  // No write-ahead log may survive from the old file: SQLite would apply it to the new one.
  await rm(`${target}-wal`, { force: true });
  await rm(`${target}-shm`, { force: true });
  await rename(incoming, target);
  await SqliteFile.using(target, {}, (db) => db.run('PRAGMA journal_mode = WAL'));

  const restored = await describeDatabase(target);
  const matchesBackupReport = expected
    ? JSON.stringify(restored.tables) === JSON.stringify(expected.tables)
    : null;
  if (restored.integrity !== 'ok' || matchesBackupReport === false) {
    throw new BackupError(
      'MISMATCH',
      `The restored database does not match the backup (integrity: ${restored.integrity})`,
    );
  }
  return {
    target,
    restoredFrom: backupFile,
    previousKeptAs,
    ...restored,
    matchesBackupReport,
    ms: Date.now() - started,
  };
}

/** The report as the commands print it: one line per table, then the totals. */
export function formatTables(report: DatabaseReport): string {
  const names = Object.keys(report.tables);
  const width = Math.max(...names.map((n) => n.length), 5);
  return [
    ...names.map((n) => `  ${n.padEnd(width)}  ${String(report.tables[n]).padStart(9)}`),
    `  integrity_check: ${report.integrity}; migrations: ${report.migrations.length}`,
  ].join('\n');
}
