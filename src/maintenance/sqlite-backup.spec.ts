import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BackupError,
  backupSqlite,
  defaultBackupFile,
  describeDatabase,
  reportFileOf,
  restoreSqlite,
} from './sqlite-backup';
import { SqliteFile } from './sqlite-file';

const MIGRATIONS = ['InitialSetup1', 'Scores2'];

/** A WAL database where every transaction adds one row to `a` and one to `b`. */
async function liveDatabase(dir: string): Promise<string> {
  const path = join(dir, 'contest.sqlite');
  writeFileSync(path, '');
  await SqliteFile.using(path, {}, async (db) => {
    await db.run('PRAGMA journal_mode = WAL');
    await db.run('CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT)');
    await db.run('CREATE TABLE b (id INTEGER PRIMARY KEY, v TEXT)');
    await db.run('CREATE TABLE migrations (id INTEGER PRIMARY KEY, timestamp INTEGER, name TEXT)');
    await db.run(
      "INSERT INTO migrations (timestamp, name) VALUES (1, 'InitialSetup1'), (2, 'Scores2')",
    );
  });
  return path;
}

async function pair(db: SqliteFile, n: number): Promise<void> {
  await db.run('BEGIN IMMEDIATE');
  await db.run('INSERT INTO a (v) VALUES (?)', [`a${n}`]);
  await db.run('INSERT INTO b (v) VALUES (?)', [`b${n}`]);
  await db.run('COMMIT');
}

describe('SQLite backup and restore', () => {
  let dir: string;
  let live: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skills-backup-'));
    live = await liveDatabase(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names backups by UTC time, never twice the same', () => {
    const now = new Date('2026-11-26T14:30:05.123Z');
    expect(defaultBackupFile('/x', { now })).toBe('/x/contest-20261126-143005Z.sqlite');
    writeFileSync(join(dir, 'contest-20261126-143005Z.sqlite'), '');
    expect(defaultBackupFile(dir, { now })).toBe(join(dir, 'contest-20261126-143005Z-2.sqlite'));
  });

  it('takes a consistent snapshot while another connection keeps writing', async () => {
    const writer = await SqliteFile.open(live);
    let written = 0;
    let writing = true;
    const loop = (async () => {
      while (writing) {
        await pair(writer, written + 1);
        written++; // committed
      }
    })();
    while (written < 50) await new Promise((r) => setTimeout(r, 5));
    const target = join(dir, 'backups', 'copy.sqlite');
    const report = await backupSqlite(live, target);
    const atBackup = written;
    while (written < atBackup + 50) await new Promise((r) => setTimeout(r, 5));
    writing = false;
    await loop;
    await writer.close();

    expect(report.integrity).toBe('ok');
    // Whole transactions only: as many rows in a as in b, and what the report says.
    expect(report.tables.a).toBe(report.tables.b);
    expect(report.tables.a).toBeGreaterThanOrEqual(50);
    // A snapshot: not what was written after the backup.
    expect(report.tables.a).toBeLessThan(written);
    expect(report.migrations).toEqual(MIGRATIONS);
    expect(await describeDatabase(target)).toEqual({
      integrity: 'ok',
      tables: report.tables,
      migrations: MIGRATIONS,
    });
    expect(JSON.parse(readFileSync(reportFileOf(target), 'utf8'))).toEqual(report);
    await expect(backupSqlite(live, target)).rejects.toMatchObject({ code: 'EXISTS' });
  });

  it('restores only while no process has the database open, keeping the replaced file', async () => {
    await SqliteFile.using(live, {}, (db) => pair(db, 1));
    const backup = join(dir, 'backups', 'one.sqlite');
    await backupSqlite(live, backup);
    const other = await SqliteFile.open(live);
    await pair(other, 2);
    await pair(other, 3);

    await expect(
      restoreSqlite(backup, live, join(dir, 'backups'), MIGRATIONS),
    ).rejects.toMatchObject({ code: 'IN_USE' });
    await other.close();

    const report = await restoreSqlite(backup, live, join(dir, 'backups'), MIGRATIONS);
    expect(report.matchesBackupReport).toBe(true);
    // The backup's rows, not the replaced file's (nothing of its write-ahead log came along).
    expect(report.tables).toMatchObject({ a: 1, b: 1 });
    expect((await describeDatabase(report.previousKeptAs!)).tables).toMatchObject({ a: 3, b: 3 });
    const [mode] = await SqliteFile.using(live, {}, (db) =>
      db.all<{ journal_mode: string }>('PRAGMA journal_mode'),
    );
    expect(mode.journal_mode).toBe('wal');
  });

  it('refuses a backup that is not what its report describes, or from a newer version', async () => {
    const backup = join(dir, 'backups', 'one.sqlite');
    await backupSqlite(live, backup);
    await expect(restoreSqlite(backup, live, dir, ['InitialSetup1'])).rejects.toMatchObject({
      code: 'NEWER_SCHEMA',
    });
    const bytes = readFileSync(backup);
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(backup, bytes);
    const refused = restoreSqlite(backup, live, dir, MIGRATIONS);
    await expect(refused).rejects.toBeInstanceOf(BackupError);
    await expect(refused).rejects.toMatchObject({ code: 'CORRUPT' });
  });

  it('refuses a backup without its report unless forced', async () => {
    await SqliteFile.using(live, {}, (db) => pair(db, 1));
    const backup = join(dir, 'backups', 'one.sqlite');
    await backupSqlite(live, backup);
    rmSync(reportFileOf(backup));
    await SqliteFile.using(live, {}, (db) => pair(db, 2));

    const refused = restoreSqlite(backup, live, join(dir, 'backups'), MIGRATIONS);
    await expect(refused).rejects.toMatchObject({ code: 'NO_REPORT' });
    await expect(refused).rejects.toThrow(/--force/);
    // Nothing was touched: the live database still has both pairs.
    expect((await describeDatabase(live)).tables).toMatchObject({ a: 2, b: 2 });

    const forced = await restoreSqlite(backup, live, join(dir, 'backups'), MIGRATIONS, {
      force: true,
    });
    expect(forced.matchesBackupReport).toBeNull();
    expect(forced.tables).toMatchObject({ a: 1, b: 1 });
  });

  it('writes backups, reports, restored and kept files owner-only, in owner-only folders', async () => {
    const modeOf = (path: string) => statSync(path).mode & 0o777;
    // As an older version may have left it.
    chmodSync(live, 0o644);
    const backup = join(dir, 'backups', 'nested', 'one.sqlite');
    await backupSqlite(live, backup);
    expect(modeOf(backup)).toBe(0o600);
    expect(modeOf(reportFileOf(backup))).toBe(0o600);
    expect(modeOf(join(dir, 'backups'))).toBe(0o700);
    expect(modeOf(join(dir, 'backups', 'nested'))).toBe(0o700);

    chmodSync(backup, 0o644);
    const restored = await restoreSqlite(backup, live, join(dir, 'kept'), MIGRATIONS, {
      force: true,
    });
    expect(modeOf(live)).toBe(0o600);
    expect(modeOf(restored.previousKeptAs!)).toBe(0o600);
    expect(modeOf(join(dir, 'kept'))).toBe(0o700);
  });
});
