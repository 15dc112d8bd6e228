import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { createLogger, NestPinoLogger } from '../common/logger';
import { restrictNewFiles, securePrivateDir, tightenFile } from '../common/private-files';
import type { Environment } from '../config/environment';
import { databaseKind, sqliteFile } from '../database/data-source-options';

/** What every process of the service (the API, the job runner) sets up before Nest starts. */

/**
 * The process's one logger (common/logger.ts) at LOG_LEVEL: pino for Fastify's request log, and
 * the same instance behind Nest's Logger.
 */
export function processLogger(level: Environment['LOG_LEVEL']): NestPinoLogger {
  return new NestPinoLogger(createLogger(level));
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
