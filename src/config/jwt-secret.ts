import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Environment } from './environment';

/**
 * JWT_SECRET when set; otherwise a random secret generated once and kept in DATA_DIR/jwt-secret
 * (mode 0600), so tokens survive restarts and the API and worker processes agree. Never logged.
 */
export function resolveJwtSecret(env: Pick<Environment, 'JWT_SECRET' | 'DATA_DIR'>): string {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  const file = join(env.DATA_DIR, 'jwt-secret');
  mkdirSync(env.DATA_DIR, { recursive: true });
  try {
    // 'wx' fails if another process created the file first; then its secret is the one to use.
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds a secret shorter than 32 characters`);
  return secret;
}
