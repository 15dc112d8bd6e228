import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PersonalDataCipher } from '../common/personal-data/personal-data-cipher';
import { parsePersonalDataKey } from '../common/personal-data/personal-data-key';
import type { Environment } from './environment';

/** Where the generated key is kept when PERSONAL_DATA_KEY is unset. */
export function personalDataKeyFile(env: Pick<Environment, 'DATA_DIR'>): string {
  return join(env.DATA_DIR, 'personal-data-key');
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
  const file = personalDataKeyFile(env);
  mkdirSync(env.DATA_DIR, { recursive: true });
  if (!existsSync(file)) {
    // Written whole under a name of its own, then linked into place: link fails if another
    // process got there first (then its key is the one to use), and nobody ever reads a key file
    // that is still being written (processes sharing DATA_DIR start together).
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  return keyOrThrow(readFileSync(file, 'utf8'), file);
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
