import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { Environment } from '../config/environment';
import { personalDataCipherFor, personalDataKeyFile } from '../config/personal-data-key';
import { BackupError, reportFileOf } from './sqlite-backup';

/**
 * The ID numbers and phones in a backup are ciphertexts (docs/security.md): the backup is worth
 * nothing without the key, and the key is deliberately NOT in it (a stolen backup alone reveals
 * none of them). So the backup's report names the key by its id (not the key), the backup command
 * tells the operator to keep the key apart, and a restore refuses when the service's key is not
 * the one the backup needs.
 */
export interface KeyNote {
  /** PersonalDataCipher.keyId() of the key the data were encrypted with. */
  id: string;
  /** Where the service takes it from: the variable, or the key file's path. */
  source: string;
  note: string;
}

type KeyEnv = Pick<Environment, 'PERSONAL_DATA_KEY' | 'DATA_DIR'>;

function keySource(env: KeyEnv): string {
  return env.PERSONAL_DATA_KEY ? 'PERSONAL_DATA_KEY' : personalDataKeyFile(env);
}

/** Adds the key's id to the backup's report; returns the note to print. */
export async function notePersonalDataKey(backupFile: string, env: KeyEnv): Promise<KeyNote> {
  const note: KeyNote = {
    id: personalDataCipherFor(env).keyId(),
    source: keySource(env),
    note:
      'ID numbers and phones in this backup are encrypted; the key is not in the backup. Keep a ' +
      'copy of the key (PERSONAL_DATA_KEY or DATA_DIR/personal-data-key) apart from the backups: ' +
      'without it they cannot be read back.',
  };
  const file = reportFileOf(backupFile);
  const report = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, `${JSON.stringify({ ...report, personalDataKey: note }, null, 2)}\n`);
  return note;
}

/**
 * Before a restore: the service must hold the key the backup's data were encrypted with. Refuses
 * (KEY_MISSING, KEY_MISMATCH) unless forced; a report from before keys were noted passes.
 * Never generates a key: a new one could not read the restored data.
 */
export async function checkPersonalDataKey(
  backupFile: string,
  env: KeyEnv,
  options: { force?: boolean } = {},
): Promise<{ id: string | null; matches: boolean | null }> {
  const reportFile = reportFileOf(backupFile);
  if (!existsSync(reportFile)) return { id: null, matches: null };
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as { personalDataKey?: KeyNote };
  const needed = report.personalDataKey?.id;
  if (needed === undefined) return { id: null, matches: null };
  if (!env.PERSONAL_DATA_KEY && !existsSync(personalDataKeyFile(env))) {
    if (options.force) return { id: needed, matches: false };
    throw new BackupError(
      'KEY_MISSING',
      `The backup's ID numbers and phones need the personal-data key ${needed}, and this service has none (PERSONAL_DATA_KEY unset, no ${personalDataKeyFile(env)}): put the key back first`,
    );
  }
  const held = personalDataCipherFor(env).keyId();
  if (held !== needed && !options.force) {
    throw new BackupError(
      'KEY_MISMATCH',
      `The backup's ID numbers and phones need the personal-data key ${needed}; this service's key (${keySource(env)}) is ${held}`,
    );
  }
  return { id: needed, matches: held === needed };
}
