import { resolve } from 'node:path';
import { Logger, LogLevel } from '@nestjs/common';
import { RedactingLogger } from '../common/log-redaction';
import { restrictNewFiles, securePrivateDir, tightenFile } from '../common/private-files';
import type { Environment } from '../config/environment';
import { databaseKind, sqliteFile } from '../database/data-source-options';

/** What every process of the service (API, worker) sets up before Nest starts. */

const NEST_LOG_LEVELS: Record<Environment['LOG_LEVEL'], LogLevel[] | false> = {
  silent: false,
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** Nest's logger at LOG_LEVEL, with ID numbers and phone numbers masked (common/log-redaction). */
export function nestLogger(level: Environment['LOG_LEVEL']): RedactingLogger | false {
  const levels = NEST_LOG_LEVELS[level];
  return levels === false ? false : new RedactingLogger(levels);
}

/**
 * DATA_DIR (and CERT_DIR when it lies elsewhere) owner-only before anything is written there; a
 * folder or file left looser (by an older version, by hand) is tightened. A SQLite file named
 * elsewhere by DATABASE_URL=sqlite:PATH is tightened too (with its -wal and -shm), but not the
 * folder it is in, which may be shared. Returns what was tightened, for `warnTightened`.
 */
export function secureDataDirectories(env: Environment): string[] {
  const tightened: string[] = [];
  for (const dir of [env.DATA_DIR, ...(env.CERT_DIR ? [env.CERT_DIR] : [])]) {
    tightened.push(...securePrivateDir(resolve(dir)));
  }
  if (databaseKind(env) === 'sqlite') {
    const file = sqliteFile(env);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      if (tightened.some((t) => t.startsWith(`${path} `))) continue;
      try {
        const was = tightenFile(path);
        if (was !== null) tightened.push(`${path} (was ${was.toString(8).padStart(4, '0')})`);
      } catch (error) {
        tightened.push(
          `${path} (could not be changed: ${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        );
      }
    }
  }
  return tightened;
}

/** Logged once Nest's logger is in place (so at LOG_LEVEL, redacted). */
export function warnTightened(tightened: string[]): void {
  if (tightened.length === 0) return;
  new Logger('Bootstrap').warn(
    `Readable by other accounts until now, made owner-only (0700 folders, 0600 files) where the process may: ${tightened.join(', ')}`,
  );
}

/**
 * First thing in every entry point: new files and folders owner-only (the umask, which SQLite
 * and pg_dump inherit), then the data directories checked.
 */
export function prepareProcess(env: Environment): string[] {
  restrictNewFiles();
  return secureDataDirectories(env);
}
