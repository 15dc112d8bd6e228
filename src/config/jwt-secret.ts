import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Environment } from './environment';
import { readOrCreateSecretFile } from './secret-file';

/**
 * JWT_SECRET when set; otherwise a random secret generated once and kept in DATA_DIR/jwt-secret
 * (mode 0600), so tokens survive restarts and the API and worker processes agree. Never logged.
 */
export function resolveJwtSecret(env: Pick<Environment, 'JWT_SECRET' | 'DATA_DIR'>): string {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  const secret = readOrCreateSecretFile(env.DATA_DIR, 'jwt-secret', () =>
    randomBytes(48).toString('base64url'),
  );
  if (secret.length < 32) {
    throw new Error(
      `${join(env.DATA_DIR, 'jwt-secret')} holds a secret shorter than 32 characters`,
    );
  }
  return secret;
}
