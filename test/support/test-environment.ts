import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Environment, loadEnvironment } from '../../src/config/environment';

export const ADMIN = { username: 'admin', password: 'admin-password-1' };

/** A fresh data directory (so a fresh SQLite file), a unique queue prefix and fast hashing. */
export function testEnvironment(overrides: Record<string, string> = {}): Environment {
  const dataDir = mkdtempSync(join(tmpdir(), 'skills-test-'));
  return loadEnvironment({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `test_${process.pid}_${randomBytes(4).toString('hex')}`,
    QUEUE_BACKOFF_MS: '100',
    BCRYPT_ROUNDS: '4',
    LOG_LEVEL: 'silent',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_RATE_LIMIT: '1000',
    // The upload limit is tested in upload-bombs.e2e-spec.ts with its own.
    UPLOAD_RATE_LIMIT: '100000',
    LOGIN_ADDRESS_RATE_LIMIT: '1000',
    // Limits per ID number are tested with their own settings; tests look the same people up often.
    PUBLIC_LOOKUP_PER_ID_LIMIT: '1000',
    // The per-account login back-off is tested in security.e2e-spec.ts with its own schedule.
    LOGIN_BACKOFF_FREE_ATTEMPTS: '1000',
    ...overrides,
  });
}

/** TEST_DATABASE_URL names a PostgreSQL server on which tests may create and drop databases. */
export const postgresUrl = (): string | undefined => process.env.TEST_DATABASE_URL || undefined;

/** Creates an empty database on the TEST_DATABASE_URL server; returns its URL and a dropper. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = postgresUrl();
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `skills_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
