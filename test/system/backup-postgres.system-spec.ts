import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, ThrowawayRedis } from '../support/redis-server';
import { ADMIN, freshPostgresDatabase, postgresUrl } from '../support/test-environment';
import { clusterEnvironment, ProductProcess } from './support/cluster';
import { backupDuringScoreEntry, verifyRestoredThroughApi } from './support/backup-run';
import { FaultFigures, cliRun, rosterRows, Session } from './support/fault-kit';

/**
 * `npm run backup` and `npm run restore` on PostgreSQL, as on SQLite (fault-data.system-spec.ts):
 * the dump is taken while judges keep saving scores through a real API process; its report counts
 * the rows in the very snapshot pg_dump read. The restore is refused while the API is connected;
 * with the API stopped it keeps the replaced database as a dump, puts the backup back and finds
 * exactly the rows the report counted; through the API again the audit chain verifies and every
 * score is one a judge saved, no older than what had been saved when the backup began.
 */

const pgBase = postgresUrl();
if (!pgBase) {
  console.log(
    'PostgreSQL backup system spec skipped: TEST_DATABASE_URL is not set (it needs a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/test)',
  );
}
const describeOnPostgres = pgBase ? describe : describe.skip;

async function rowsOf(url: string, tables: string[]): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      counts[table] = Number(rows[0].n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

describeOnPostgres(
  'PostgreSQL backup while judges write, then restore (npm run backup/restore)',
  () => {
    const figures = new FaultFigures('PostgreSQL backup while judges write, then restore');
    let redis: ThrowawayRedis;
    let dropDatabase: () => Promise<void> = () => Promise.resolve();
    let env: Record<string, string>;
    let api: ProductProcess;
    let organizer: Session;

    beforeAll(async () => {
      redis = new ThrowawayRedis(await freePort());
      await redis.start();
      const database = await freshPostgresDatabase();
      dropDatabase = database.drop;
      env = clusterEnvironment(redis.url, { DATABASE_URL: database.url });
      api = await ProductProcess.api(env);
      organizer = await Session.signIn(api.url, ADMIN.username, ADMIN.password);
    });

    afterAll(async () => {
      figures.print();
      await api?.stop('SIGKILL');
      await redis?.stop();
      await dropDatabase();
      if (env) rmSync(env.DATA_DIR, { recursive: true, force: true });
    });

    it('dumps a consistent copy during score entry and restores it, verified', async () => {
      const run = await backupDuringScoreEntry(organizer, env, {
        competitionCode: 'PGBACK26',
        people: (unitCode) => rosterRows(100, 60, unitCode),
        fileName: /^contest-\d{8}-\d{6}Z\.pgdump$/,
        figures,
      });
      const { file, report } = run;
      expect(report.migrations.length).toBeGreaterThan(0);
      // Where it came from, with any password left out.
      expect(report.source).toBe(new URL(env.DATABASE_URL).toString());

      // Refused while the API is connected; nothing changed by the refusal.
      const tables = Object.keys(report.tables);
      const live = await rowsOf(env.DATABASE_URL, tables);
      const refused = await cliRun('restore', [file], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/in use by \d+ other session/);
      expect(await rowsOf(env.DATABASE_URL, tables)).toEqual(live);
      figures.set('restore while the API runs', 'refused');

      await api.stop('SIGTERM');
      const restore = await cliRun('restore', [file], env);
      figures.set('restore (npm run restore)', `${restore.ms} ms (command)`);
      expect(restore.stderr).toBe('');
      expect(restore.code).toBe(0);
      expect(restore.stdout).toContain("row counts equal the backup's report: true");
      // The replaced database is kept, as a dump of its own.
      const kept = readdirSync(join(env.DATA_DIR, 'backups')).filter((f) =>
        /^before-restore-.*\.pgdump$/.test(f),
      );
      expect(kept).toHaveLength(1);
      // Checked from outside: exactly the rows the backup counted (the later writes are gone).
      expect(await rowsOf(env.DATABASE_URL, tables)).toEqual(report.tables);
      expect(live.audit_log).toBeGreaterThan(report.tables.audit_log);

      api = await ProductProcess.api(env);
      organizer = organizer.at(api.url);
      await verifyRestoredThroughApi(run, organizer, api.url, figures);
    });
  },
);
