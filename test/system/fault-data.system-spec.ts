import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { personalDataCipherFor } from '../../src/config/personal-data-key';
import { IMPORT_BATCH_ROWS } from '../../src/registrations/roster-import.service';
import { freePort, ThrowawayRedis } from '../support/redis-server';
import { ADMIN } from '../support/test-environment';
import { clusterEnvironment, eventually, ProductProcess } from './support/cluster';
import {
  competitionWithUnit,
  FaultFigures,
  cliRun,
  rosterRows,
  Session,
  SqliteProbe,
  xlsxRoster,
} from './support/fault-kit';
import { backupDuringScoreEntry, verifyRestoredThroughApi } from './support/backup-run';

/**
 * Faults of the API process and of the database file, over real processes (an API that also runs
 * the jobs, as by default; a throwaway Redis; one SQLite file).
 * 1. The API is killed with SIGKILL in the middle of importing a 20,000-row .xlsx roster
 *    (FAULT_ROSTER_ROWS). The database then holds whole batches only (each batch of 1,000 rows
 *    is one transaction); a new API process takes the interrupted job over while the same file is
 *    uploaded again, and together they complete it with nothing duplicated.
 * 2. `npm run backup` copies the SQLite file while judges keep saving scores through the API;
 *    with the API stopped, `npm run restore` puts the copy back (and refuses while the API runs).
 *    The restored database passes SQLite's integrity check, has exactly the rows the backup's own
 *    report counted, its audit chain verifies, and every score in it is one a judge saved, no
 *    older than what had been saved when the backup began.
 */

const ROWS = Number(process.env.FAULT_ROSTER_ROWS ?? 20000);

interface ImportResult {
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: unknown[];
}

interface ImportStatus {
  importId: number;
  status: string;
  progress: number;
  result: ImportResult | null;
  error: unknown;
}

describe('faults: the API killed during a roster import; backup and restore while in use', () => {
  const figures = new FaultFigures('API SIGKILLed during a roster import');
  const backupFigures = new FaultFigures('SQLite backup while judges write, then restore');
  let redis: ThrowawayRedis;
  let env: Record<string, string>;
  let api: ProductProcess;
  let organizer: Session;

  beforeAll(async () => {
    redis = new ThrowawayRedis(await freePort());
    await redis.start();
    env = clusterEnvironment(redis.url, { QUEUE_LOCK_MS: '3000', QUEUE_STALLED_MS: '1000' });
    api = await ProductProcess.api(env);
    organizer = await Session.signIn(api.url, ADMIN.username, ADMIN.password);
  });

  afterAll(async () => {
    figures.print();
    backupFigures.print();
    await api?.stop('SIGKILL');
    await redis?.stop();
    if (env) rmSync(env.DATA_DIR, { recursive: true, force: true });
  });

  it('keeps whole batches only, and the re-import completes it with nothing twice', async () => {
    const { competitionId, unitCode } = await competitionWithUnit(organizer, 'ROSTER26');
    const trades = await organizer.ok<Array<{ id: number; code: string }>>('GET', '/api/trades');
    const { id: contestId } = await organizer.ok<{ id: number }>(
      'POST',
      `/api/competitions/${competitionId}/contests`,
      {
        tradeId: trades.find((t) => t.code === 'EXPRESS')!.id,
        scheme: {
          parts: [
            {
              key: 'practical',
              name: '实操',
              weight: 100,
              criteria: [{ key: 'task', name: '实操作业', maxPoints: 100, kind: 'MEASUREMENT' }],
            },
          ],
        },
      },
    );
    await organizer.ok('PATCH', `/api/contests/${contestId}`, { status: 'REGISTRATION' });
    const rows = rosterRows(0, ROWS, unitCode);
    const file = await xlsxRoster(rows);
    figures.set('roster', `${ROWS} rows, ${(file.length / 1e6).toFixed(2)} MB .xlsx`);

    const first = await organizer.upload<{ importId: number; jobId: string }>(
      `/api/contests/${contestId}/registrations/import`,
      'roster.xlsx',
      file,
    );
    expect(first.status).toBe(202);

    // Kill the API once a few batches are in, and well before the last.
    const sqlite = join(env.DATA_DIR, 'contest.sqlite');
    const probe = await SqliteProbe.open(sqlite);
    const registrations = () =>
      probe.count('SELECT count(*) AS n FROM registrations WHERE contest_id = ?', [contestId]);
    let kept: number;
    try {
      await eventually(registrations, (n) => n >= 3 * IMPORT_BATCH_ROWS, 120000, 20);
      await api.stop('SIGKILL');
      figures.add('faults injected');
      kept = await registrations();
      const workers = await probe.count(
        'SELECT count(*) AS n FROM workers w WHERE EXISTS ' +
          '(SELECT 1 FROM registrations r WHERE r.worker_id = w.id AND r.contest_id = ?)',
        [contestId],
      );
      figures.set('registrations in the database after the kill', kept);
      expect(kept % IMPORT_BATCH_ROWS).toBe(0); // whole batches only
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(ROWS);
      expect(workers).toBe(kept);
      const [record] = await probe.all<{ status: string }>(
        'SELECT status FROM roster_imports WHERE id = ?',
        [first.body.importId],
      );
      expect(record.status).toBe('RUNNING');
    } finally {
      await probe.close();
    }

    // A new API process on the same data takes the interrupted job over, while the unit's office
    // uploads the same file again (imported in the request here): the two run side by side.
    env = { ...env, ROSTER_INLINE_MAX_BYTES: String(64 * 1024 * 1024) };
    const restartedAt = Date.now();
    api = await ProductProcess.api(env);
    figures.set('API restarted in (ms)', Date.now() - restartedAt);
    organizer = organizer.at(api.url);
    const again = await organizer.upload<ImportResult>(
      `/api/contests/${contestId}/registrations/import`,
      'roster.xlsx',
      file,
    );
    expect(again.status).toBe(200);
    figures.set('re-import took (ms)', Date.now() - restartedAt);
    const resumed = (
      await eventually(
        () =>
          organizer.request<ImportStatus>(
            'GET',
            `/api/contests/${contestId}/registrations/imports/${first.body.importId}`,
          ),
        (s) => s.body.status === 'DONE' || s.body.status === 'FAILED',
        180000,
        200,
      )
    ).body;
    expect(resumed.status).toBe('DONE');
    for (const r of [again.body, resumed.result!]) {
      expect(r.totalRows).toBe(ROWS);
      expect(r.rejected).toEqual([]);
      expect(r.created + r.updated + r.unchanged).toBe(ROWS);
    }
    // Between them, each row not kept by the killed process was created exactly once.
    expect(again.body.created + resumed.result!.created).toBe(ROWS - kept);
    figures.set('re-import', JSON.stringify({ ...again.body, rejected: 0 }));
    figures.set(
      'interrupted import, taken over',
      JSON.stringify({ ...resumed.result, rejected: 0 }),
    );

    const check = await SqliteProbe.open(sqlite);
    try {
      const [counts] = await check.all<{ n: number; people: number; ids: number }>(
        'SELECT count(*) AS n, count(DISTINCT r.worker_id) AS people, count(DISTINCT w.id_number_hash) AS ids ' +
          'FROM registrations r JOIN workers w ON w.id = r.worker_id WHERE r.contest_id = ?',
        [contestId],
      );
      expect(counts).toEqual({ n: ROWS, people: ROWS, ids: ROWS });
      expect(await check.count('SELECT count(*) AS n FROM workers')).toBe(ROWS);
      const stored = await check.all<{ id_number_enc: string }>(
        'SELECT id_number_enc FROM workers',
      );
      const cipher = personalDataCipherFor({ DATA_DIR: env.DATA_DIR });
      expect(new Set(stored.map((w) => cipher.decrypt('id_number', w.id_number_enc)))).toEqual(
        new Set(rows.map((r) => r.idNumber)),
      );
      figures.set('registrations at the end', `${counts.n} (distinct workers ${counts.people})`);
      figures.set('lost or duplicated rows', 0);
    } finally {
      await check.close();
    }
  });

  it('backs up a consistent copy during score entry and restores it, verified', async () => {
    const run = await backupDuringScoreEntry(organizer, env, {
      competitionCode: 'BACKUP26',
      people: (unitCode) => rosterRows(ROWS + 100, 60, unitCode),
      fileName: /^contest-\d{8}-\d{6}Z\.sqlite$/,
      figures: backupFigures,
    });
    const { file, report } = run;
    expect(report.integrity).toBe('ok');

    // Refused while the API has the database open.
    const refused = await cliRun('restore', [file], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/in use by another process/);
    backupFigures.set('restore while the API runs', 'refused');

    await api.stop('SIGTERM');
    const restore = await cliRun('restore', [file], env);
    backupFigures.set('restore (npm run restore)', `${restore.ms} ms (command)`);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain("row counts equal the backup's report: true");

    // Checked from outside: integrity, and exactly the rows the backup counted.
    const probe = await SqliteProbe.open(join(env.DATA_DIR, 'contest.sqlite'));
    try {
      expect(await probe.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await probe.all('PRAGMA foreign_key_check')).toEqual([]);
      for (const [table, rows] of Object.entries(report.tables))
        expect([table, await probe.count(`SELECT count(*) AS n FROM "${table}"`)]).toEqual([
          table,
          rows,
        ]);
    } finally {
      await probe.close();
    }

    // Through the API again: the audit chain verifies and every score is a saved one, no older
    // than what was saved before the backup began.
    api = await ProductProcess.api(env);
    organizer = organizer.at(api.url);
    await verifyRestoredThroughApi(run, organizer, api.url, backupFigures);
  });
});
