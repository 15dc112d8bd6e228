import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { PersonalDataCipher } from '../common/personal-data/personal-data-cipher';
import { parsePersonalDataKey } from '../common/personal-data/personal-data-key';
import type { Environment } from './environment';
import { readOrCreateSecretFile } from './secret-file';

const PERSONAL_DATA_KEY_FILE = 'personal-data-key';

/** Where the generated key is kept when PERSONAL_DATA_KEY is unset. */
export function personalDataKeyFile(env: Pick<Environment, 'DATA_DIR'>): string {
  return join(env.DATA_DIR, PERSONAL_DATA_KEY_FILE);
}

/**
 * PERSONAL_DATA_KEY when set (checked at boot by the Environment); otherwise a random key
 * generated once and kept in DATA_DIR/personal-data-key (mode 0600), like the JWT secret, so that
 * every process sharing DATA_DIR agrees. Processes that do not share DATA_DIR must all be given
 * the same PERSONAL_DATA_KEY. Without the key the ID numbers and phones cannot be read back: it is
 * kept apart from the database and its backups (docs/operations.md). Never logged.
 */
export function resolvePersonalDataKey(
  env: Pick<Environment, 'PERSONAL_DATA_KEY' | 'DATA_DIR'>,
): Buffer {
  if (env.PERSONAL_DATA_KEY) return keyOrThrow(env.PERSONAL_DATA_KEY, 'PERSONAL_DATA_KEY');
  const text = readOrCreateSecretFile(
    env.DATA_DIR,
    PERSONAL_DATA_KEY_FILE,
    () => `${randomBytes(32).toString('base64')}\n`,
  );
  return keyOrThrow(text, personalDataKeyFile(env));
}

export function personalDataCipherFor(
  env: Pick<Environment, 'PERSONAL_DATA_KEY' | 'DATA_DIR'>,
): PersonalDataCipher {
  return new PersonalDataCipher(resolvePersonalDataKey(env));
}

function keyOrThrow(text: string, source: string): Buffer {
  const parsed = parsePersonalDataKey(text);
  if ('problem' in parsed) throw new Error(`${source} ${parsed.problem}`);
  return parsed.key;
}
