import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { chmodPrivate, mkdirPrivate, PRIVATE_FILE_MODE } from '../common/private-files';
import {
  BackupError,
  type BackupReport,
  type DatabaseReport,
  defaultBackupFile,
  requiredReportOf,
  type RestoreOptions,
  type RestoreReport,
  writeBackupReport,
} from './sqlite-backup';

/*
 * PostgreSQL is backed up and restored with its own tools (pg_dump / pg_restore, from the
 * `postgresql-client` package, of the server's major version or newer), and checked as the SQLite
 * backup is: a report beside the dump (`<file>.json`) with the rows of every table and the
 * migrations as of the dump, and a restore that refuses while the service is connected, keeps the
 * replaced database as a dump, and verifies the result against that report.
 *
 * The counts are the dump's by construction: they are read inside a REPEATABLE READ transaction
 * whose snapshot pg_dump is handed (`--snapshot`), so both see the database at the same instant
 * while the service goes on writing.
 */

/** PostgreSQL has no file-level integrity check like SQLite's; the report says so. */
const NO_INTEGRITY_CHECK = 'n/a (PostgreSQL)';

/**
 * The URL a client tool is given on its command line, without the password (in the URL's user
 * part or a `password=` parameter), and that password (null when there is none). A command line
 * is readable by every account on the machine (`ps`, /proc/PID/cmdline); the password goes to
 * the tool in a password file instead (`withPasswordFile`).
 */
export function splitPassword(url: string): { url: string; password: string | null } {
  const parsed = new URL(url);
  let password: string | null = parsed.password ? decodeURIComponent(parsed.password) : null;
  parsed.password = '';
  const fromQuery = parsed.searchParams.get('password');
  if (fromQuery !== null) {
    password ??= fromQuery;
    parsed.searchParams.delete('password');
  }
  return { url: parsed.toString(), password };
}

/** A line of a libpq password file that matches any host, port, database and user. */
export function passwordFileLine(password: string): string {
  if (/[\r\n]/.test(password)) {
    throw new Error(
      'The database password holds a line break, which a PostgreSQL password file cannot carry',
    );
  }
  return `*:*:*:*:${password.replace(/[\\:]/g, (c) => `\\${c}`)}\n`;
}

/** How to run a client tool: its arguments (the password-less URL) and its environment. */
export interface ToolInvocation {
  url: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Runs `work` with the URL to put on a tool's command line and the environment to run it in: with
 * a password, PGPASSFILE names a file holding it (0600 in a 0700 folder of its own, which libpq
 * requires, removed afterwards whatever happens). The file matches any host, since it is this
 * invocation's alone.
 */
export function withPasswordFile<T>(url: string, work: (tool: ToolInvocation) => T): T {
  const { url: bare, password } = splitPassword(url);
  if (password === null) return work({ url: bare, env: { ...process.env } });
  const dir = mkdtempSync(join(tmpdir(), 'skills-pgpass-'));
  try {
    const file = join(dir, 'pgpass');
    writeFileSync(file, passwordFileLine(password), { mode: PRIVATE_FILE_MODE });
    return work({ url: bare, env: { ...process.env, PGPASSFILE: file } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(tool, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (result.error) {
    throw new Error(
      `${tool} could not be run (${result.error.message}): install the PostgreSQL client tools`,
    );
  }
  if (result.status !== 0) throw new Error(`${tool} exited with ${result.status}`);
}

/** pg_dump's arguments: the URL given has no password (see withPasswordFile). */
export function pgDumpArguments(bareUrl: string, file: string, snapshot?: string): string[] {
  return [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    ...(snapshot ? [`--snapshot=${snapshot}`] : []),
    `--file=${file}`,
    bareUrl,
  ];
}

/** pg_restore's: replaces every object of the dump in the database, in one transaction. */
export function pgRestoreArguments(bareUrl: string, file: string): string[] {
  return [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    `--dbname=${bareUrl}`,
    file,
  ];
}

/** Dumps the database at `url` (password or not) into `file`, owner-only. */
export async function pgDump(url: string, file: string, snapshot?: string): Promise<void> {
  withPasswordFile(url, (tool) =>
    runTool('pg_dump', pgDumpArguments(tool.url, file, snapshot), tool.env),
  );
  await chmodPrivate(file);
}

/** Replaces every object of the dump in the database, in one transaction. */
export function pgRestore(url: string, file: string): void {
  withPasswordFile(url, (tool) =>
    runTool('pg_restore', pgRestoreArguments(tool.url, file), tool.env),
  );
}

async function connected<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Rows per table of the public schema and the migrations applied, as `client` sees them. */
async function describePostgres(client: Client): Promise<DatabaseReport> {
  const { rows: names } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE "C"`,
  );
  const tables: Record<string, number> = {};
  for (const { name } of names) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`,
    );
    tables[name] = Number(rows[0].n);
  }
  const migrations = names.some((t) => t.name === 'migrations')
    ? (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map(
        (m) => m.name,
      )
    : [];
  return { integrity: NO_INTEGRITY_CHECK, tables, migrations };
}

/** The URL without its password, for reports and messages. */
function shownUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Dumps the live database at `url` into the new file `target` and writes its report. */
export async function backupPostgres(url: string, target: string): Promise<BackupReport> {
  const started = Date.now();
  if (existsSync(target)) throw new BackupError('EXISTS', `${target} exists already`);
  await mkdirPrivate(dirname(target));
  const partial = `${target}.part`;
  await rm(partial, { force: true });
  const createdAt = new Date().toISOString();
  const description = await connected(url, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
      // pg_dump reads the snapshot this transaction holds open until the dump is written.
      await pgDump(url, partial, rows[0].id);
      return await describePostgres(client);
    } finally {
      await client.query('ROLLBACK');
    }
  });
  await rename(partial, target);
  return writeBackupReport({
    file: target,
    source: shownUrl(url),
    createdAt,
    started,
    description,
  });
}

/** Other sessions on this database (the API, job runners, a psql left open). */
async function otherSessions(client: Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND backend_type = 'client backend'`,
  );
  return Number(rows[0].n);
}

/**
 * Puts the dump `backupFile` in place of the database at `url`, which no other session may be
 * connected to; the replaced database is kept as a dump in `keepDir`. `knownMigrations` are the
 * code's: a dump made by a newer version is refused.
 */
export async function restorePostgres(
  backupFile: string,
  url: string,
  keepDir: string,
  knownMigrations: string[],
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  const started = Date.now();
  const expected = await requiredReportOf(backupFile, options);
  if (expected) {
    const unknown = expected.migrations.filter((m) => !knownMigrations.includes(m));
    if (unknown.length > 0) {
      throw new BackupError(
        'NEWER_SCHEMA',
        `${backupFile} comes from a newer version (migrations ${unknown.join(', ')}): restore it with that version`,
      );
    }
  }
  const current = await connected(url, async (client) => {
    const others = await otherSessions(client);
    if (others > 0) {
      throw new BackupError(
        'IN_USE',
        `${shownUrl(url)} is in use by ${others} other session(s): stop the API and every job runner (npm start, npm run start:job-runner) before restoring`,
      );
    }
    return describePostgres(client);
  });

  let previousKeptAs: string | null = null;
  if (Object.keys(current.tables).length > 0) {
    await mkdirPrivate(keepDir);
    previousKeptAs = defaultBackupFile(keepDir, { prefix: 'before-restore', ext: '.pgdump' });
    await pgDump(url, previousKeptAs);
  }
  pgRestore(url, backupFile);

  const restored = await connected(url, describePostgres);
  const matchesBackupReport = expected
    ? JSON.stringify(restored.tables) === JSON.stringify(expected.tables)
    : null;
  if (matchesBackupReport === false) {
    throw new BackupError(
      'MISMATCH',
      `The restored database does not match the backup's report (the replaced one is kept as ${previousKeptAs})`,
    );
  }
  return {
    target: shownUrl(url),
    restoredFrom: backupFile,
    previousKeptAs,
    ...restored,
    matchesBackupReport,
    ms: Date.now() - started,
  };
}
