import { Test, TestingModule } from '@nestjs/testing';
import type { ModuleMetadata } from '@nestjs/common';
import { ConfigModule } from '../../src/config/config.module';
import type { Environment } from '../../src/config/environment';
import { DatabaseModule } from '../../src/database/database.module';
import { freshPostgresDatabase, postgresUrl, testEnvironment } from './test-environment';

export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  /** A fresh, empty database and the environment that points at it. */
  create(): Promise<{ env: Environment; dispose: () => Promise<void> }>;
}

const sqlite: TestDatabase = {
  kind: 'sqlite',
  create: () => Promise.resolve({ env: testEnvironment(), dispose: () => Promise.resolve() }),
};

const postgres: TestDatabase = {
  kind: 'postgres',
  create: async () => {
    const db = await freshPostgresDatabase();
    return { env: testEnvironment({ DATABASE_URL: db.url }), dispose: db.drop };
  },
};

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL names a server. */
export function testDatabases(): [string, TestDatabase][] {
  return postgresUrl()
    ? [
        ['sqlite', sqlite],
        ['postgres', postgres],
      ]
    : [['sqlite', sqlite]];
}

/** A Nest module with the real database (migrated) and the given feature modules. */
export async function serviceModule(
  database: TestDatabase,
  imports: ModuleMetadata['imports'] = [],
  providers: ModuleMetadata['providers'] = [],
): Promise<{ module: TestingModule; env: Environment; close: () => Promise<void> }> {
  const { env, dispose } = await database.create();
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(env),
      DatabaseModule.forRoot({ runMigrations: true, retryAttempts: 0 }),
      ...(imports ?? []),
    ],
    providers,
  }).compile();
  await module.init();
  return {
    module,
    env,
    close: async () => {
      await module.close();
      await dispose();
    },
  };
}
