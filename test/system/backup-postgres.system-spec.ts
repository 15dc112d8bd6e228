import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import type { BackupReport } from '../../src/maintenance/sqlite-backup';
import { freePort, ThrowawayRedis } from '../support/redis-server';
import { ADMIN, freshPostgresDatabase, postgresUrl } from '../support/test-environment';
import { clusterEnvironment, ProductProcess } from './support/cluster';
import {
  competitionWithUnit,
  FaultFigures,
  npmRun,
  rosterRows,
  scoringContest,
  Session,
  sleep,
  TWO_CRITERIA_SCHEME,
} from './support/fault-kit';
import { ScoreWriters } from './support/score-writers';

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
      const { competitionId, unitCode } = await competitionWithUnit(organizer, 'PGBACK26');
      const contest = await scoringContest(organizer, {
        competitionId,
        tradeCode: 'GARDEN',
        unitCode,
        people: rosterRows(100, 60, unitCode),
        judges: 4,
        scheme: TWO_CRITERIA_SCHEME,
      });
      const writers = new ScoreWriters(contest, [
        { key: 'accuracy', maxPoints: 60 },
        { key: 'finish', maxPoints: 40 },
      ]);
      writers.start();
      await sleep(1000);
      writers.phase = 'during the backup';
      const backupStarted = Date.now();
      const backup = await npmRun('backup', [], env);
      const backupEnded = Date.now();
      writers.phase = 'after the backup';
      await sleep(700);
      await writers.stop();
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(writers.failures).toEqual([]);
      expect(writers.count('during the backup').accepted).toBeGreaterThan(0);
      expect(writers.count('after the backup').accepted).toBeGreaterThan(0);

      const dir = join(env.DATA_DIR, 'backups');
      const [name] = readdirSync(dir).filter((f) => /^contest-\d{8}-\d{6}Z\.pgdump$/.test(f));
      const file = join(dir, name);
      expect(backup.stdout).toContain(`Backup written: ${file}`);
      const report = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as BackupReport;
      expect(report.tables.scores).toBeGreaterThan(0);
      expect(report.migrations.length).toBeGreaterThan(0);
      expect(report.source).not.toContain(':***@'); // no password in this URL, none to hide
      figures.set('backup (npm run backup)', `${report.bytes} bytes in ${backup.ms} ms (command)`);
      figures.set(
        'score requests during the backup',
        `${writers.count('during the backup').requests}, accepted ${writers.count('during the backup').accepted}`,
      );
      figures.set('rows in the backup', JSON.stringify(report.tables));

      // Refused while the API is connected; nothing changed by the refusal.
      const tables = Object.keys(report.tables);
      const live = await rowsOf(env.DATABASE_URL, tables);
      const refused = await npmRun('restore', [file], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/in use by \d+ other session/);
      expect(await rowsOf(env.DATABASE_URL, tables)).toEqual(live);
      figures.set('restore while the API runs', 'refused');

      await api.stop('SIGTERM');
      const restore = await npmRun('restore', [file], env);
      figures.set('restore (npm run restore)', `${restore.ms} ms (command)`);
      expect(restore.stderr).toBe('');
      expect(restore.code).toBe(0);
      expect(restore.stdout).toContain("row counts equal the backup's report: true");
      // The replaced database is kept, as a dump of its own.
      expect(readdirSync(dir).filter((f) => /^before-restore-.*\.pgdump$/.test(f))).toHaveLength(1);
      // Checked from outside: exactly the rows the backup counted (the later writes are gone).
      expect(await rowsOf(env.DATABASE_URL, tables)).toEqual(report.tables);
      expect(live.audit_log).toBeGreaterThan(report.tables.audit_log);

      api = await ProductProcess.api(env);
      organizer = organizer.at(api.url);
      const audit = await organizer.ok<{ ok: boolean; entries: number }>(
        'GET',
        `/api/contests/${contest.contestId}/audit/verify`,
      );
      expect(audit).toMatchObject({ ok: true, entries: report.tables.audit_log });
      const after = await writers.afterRestore(
        contest.judges.map((judge) => judge.at(api.url)),
        backupStarted,
        backupEnded,
      );
      expect(after.foreign).toEqual([]);
      expect(after.older).toBe(0);
      expect(after.rolledBack).toBeGreaterThan(0);
      figures.set('scores checked after the restore', after.checked);
      figures.set('scores older than at the start of the backup (lost)', after.older);
      figures.set('later writes undone by the restore (expected)', after.rolledBack);
      figures.set('audit chain after the restore', `ok, ${audit.entries} entries`);
    });
  },
);
