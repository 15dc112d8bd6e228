import { join, resolve } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { RedactingTypeOrmLogger } from '../common/log-redaction';
import type { Environment } from '../config/environment';
import { personalDataCipherFor } from '../config/personal-data-key';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming.strategy';
import { withPersonalDataCipher } from './personal-data-options';

export type DatabaseKind = 'sqlite' | 'postgres';

export function databaseKind(env: Pick<Environment, 'DATABASE_URL'>): DatabaseKind {
  return env.DATABASE_URL && /^postgres(ql)?:/.test(env.DATABASE_URL) ? 'postgres' : 'sqlite';
}

export function sqliteFile(env: Pick<Environment, 'DATABASE_URL' | 'DATA_DIR'>): string {
  if (env.DATABASE_URL?.startsWith('sqlite:'))
    return resolve(env.DATABASE_URL.slice('sqlite:'.length));
  return resolve(join(env.DATA_DIR, 'contest.sqlite'));
}

/** One description of the database for the app, the job runner, the migration CLI and the tests. */
export function buildDataSourceOptions(
  env: Pick<
    Environment,
    'DATABASE_URL' | 'DATA_DIR' | 'SQLITE_BUSY_TIMEOUT_MS' | 'PERSONAL_DATA_KEY'
  >,
): DataSourceOptions {
  return withPersonalDataCipher(connectionOptions(env), () => personalDataCipherFor(env));
}

function connectionOptions(
  env: Pick<Environment, 'DATABASE_URL' | 'DATA_DIR' | 'SQLITE_BUSY_TIMEOUT_MS'>,
): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: ['error' as const],
    // Failed queries through Nest's logger, never with their parameters (personal data).
    logger: new RedactingTypeOrmLogger(),
  };
  if (databaseKind(env) === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: env.DATABASE_URL,
      applicationName: 'skills-contest',
    };
  }
  return {
    ...common,
    type: 'sqlite',
    database: sqliteFile(env),
    enableWAL: true,
    busyTimeout: env.SQLITE_BUSY_TIMEOUT_MS,
  };
}
