import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * The data directory holds personal data (the database, its backups, certificate PDFs) and
 * secrets (the JWT secret, the first organizer's password, encryption keys): readable by the
 * service's own account only. Three layers, so that one forgotten call does not open a file:
 * the process's umask (files and folders created by anything in the process, SQLite and pg_dump
 * included, get no group or other bits), explicit modes where this code creates a file or folder,
 * and a check at start-up that tightens a data directory left looser by an older version or by
 * hand.
 */

/** Owner read and write only. */
export const PRIVATE_FILE_MODE = 0o600;
/** Owner only. */
export const PRIVATE_DIR_MODE = 0o700;
/** What a new file or folder may not grant: everything for group and others. */
export const PRIVATE_UMASK = 0o077;

/** Called first thing by every entry point (API, worker, backup, restore). */
export function restrictNewFiles(): void {
  process.umask(PRIVATE_UMASK);
}

/** mkdir -p with owner-only folders (the mode applies to every folder it creates). */
export async function mkdirPrivate(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/** Sets a file written by another program (SQLite's VACUUM INTO, pg_dump) to owner-only. */
export async function chmodPrivate(path: string): Promise<void> {
  await chmod(path, PRIVATE_FILE_MODE);
}

/** The bits a file or folder grants beyond what it may: 0 when it is private. */
export function excessBits(path: string): number {
  const stat = statSync(path);
  const allowed = stat.isDirectory() ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE;
  return stat.mode & 0o777 & ~allowed;
}

/** Sets an existing file to 0600 when it grants more; returns its former mode (null: untouched). */
export function tightenFile(path: string): number | null {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (!stat.isFile() || (stat.mode & 0o777 & ~PRIVATE_FILE_MODE) === 0) return null;
  chmodSync(path, PRIVATE_FILE_MODE);
  return stat.mode & 0o777;
}

/**
 * Creates `dir` owner-only, or tightens it (and, one level down, the files and folders in it)
 * where it grants group or others anything. Returns what was tightened, for a warning.
 *
 * A folder at 0700 already keeps everything below it from other accounts, whatever their own
 * modes, so the walk stops one level down: a data directory with 40,000 certificate PDFs is not
 * read at every start.
 */
export function securePrivateDir(dir: string): string[] {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    return [];
  }
  const tightened: string[] = [];
  const tighten = (path: string, followLink: boolean) => {
    // Inside the directory a symbolic link is left alone, and so is what it points to (maybe not
    // ours); the directory itself may well be a link to where the data lives.
    const stat = followLink ? statSync(path) : lstatSync(path);
    if (!stat.isFile() && !stat.isDirectory()) return;
    if (excessBits(path) === 0) return;
    const was = (stat.mode & 0o777).toString(8).padStart(4, '0');
    try {
      chmodSync(path, stat.isDirectory() ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE);
      tightened.push(`${path} (was ${was})`);
    } catch (error) {
      // Not ours to change (another account owns it): said in the warning, not fatal, since the
      // service may still work with it as it is.
      tightened.push(
        `${path} (${was}; could not be changed: ${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
  };
  tighten(dir, true);
  for (const name of readdirSync(dir)) tighten(join(dir, name), false);
  return tightened;
}
