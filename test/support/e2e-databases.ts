import { Client } from 'pg';
import { Database } from 'sqlite3';
import { sqliteFile } from '../../src/database/data-source-options';
import type { E2eApp } from './e2e-app';
import { freshPostgresDatabase, postgresUrl } from './test-environment';

/** Runs one SQL statement on the app's database behind its back, as someone with access would. */
export async function tamper(env: E2eApp['env'], sql: string): Promise<void> {
  if (env.DATABASE_URL?.startsWith('postgres')) {
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query(sql);
    await client.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const db = new Database(sqliteFile(env));
    db.run(sql, (error) => db.close(() => (error ? reject(error) : resolve())));
  });
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL names a server. */
export const databases: Array<
  [string, () => Promise<{ overrides: Record<string, string>; drop: () => Promise<void> }>]
> = [
  ['sqlite', () => Promise.resolve({ overrides: {}, drop: () => Promise.resolve() })],
  ...(postgresUrl()
    ? [
        [
          'postgres',
          async () => {
            const db = await freshPostgresDatabase();
            return { overrides: { DATABASE_URL: db.url }, drop: db.drop };
          },
        ] as [
          string,
          () => Promise<{ overrides: Record<string, string>; drop: () => Promise<void> }>,
        ],
      ]
    : []),
];
