import { spawnSync } from 'node:child_process';

/**
 * PostgreSQL is backed up and restored with its own tools (pg_dump / pg_restore, from the
 * `postgresql-client` package, of the server's major version or newer): a custom-format dump is
 * a consistent snapshot taken without stopping the service.
 */
function runTool(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { stdio: 'inherit' });
  if (result.error) {
    throw new Error(
      `${tool} could not be run (${result.error.message}): install the PostgreSQL client tools`,
    );
  }
  if (result.status !== 0) throw new Error(`${tool} exited with ${result.status}`);
}

export function pgDump(url: string, file: string): void {
  runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, url]);
}

/** Replaces every object of the dump in the database (stop the API and workers first). */
export function pgRestore(url: string, file: string): void {
  runTool('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    `--dbname=${url}`,
    file,
  ]);
}
