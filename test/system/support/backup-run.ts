import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupReport } from '../../../src/maintenance/sqlite-backup';
import {
  competitionWithUnit,
  FaultFigures,
  cliRun,
  RosterRow,
  ScoringContest,
  scoringContest,
  Session,
  sleep,
  TWO_CRITERIA_SCHEME,
} from './fault-kit';
import { ScoreWriters } from './score-writers';

export interface BackupDuringScoreEntry {
  contest: ScoringContest;
  writers: ScoreWriters;
  /** The backup file and its report. */
  file: string;
  report: BackupReport;
  /** When `npm run backup` was started and when it returned (Date.now()). */
  started: number;
  ended: number;
}

/**
 * A contest in scoring whose four judges keep saving scores while `npm run backup` runs (and a
 * moment before and after): the backup must succeed, every score request be accepted, and the
 * report lie beside the file (`<name>` matched by `fileName`). The figures are set on `figures`.
 */
export async function backupDuringScoreEntry(
  organizer: Session,
  env: Record<string, string>,
  options: {
    competitionCode: string;
    people: (unitCode: string) => RosterRow[];
    fileName: RegExp;
    figures: FaultFigures;
  },
): Promise<BackupDuringScoreEntry> {
  const { competitionId, unitCode } = await competitionWithUnit(organizer, options.competitionCode);
  const contest = await scoringContest(organizer, {
    competitionId,
    tradeCode: 'GARDEN',
    unitCode,
    people: options.people(unitCode),
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
  const started = Date.now();
  const backup = await cliRun('backup', [], env);
  const ended = Date.now();
  writers.phase = 'after the backup';
  await sleep(700);
  await writers.stop();
  expect(backup.stderr).toBe('');
  expect(backup.code).toBe(0);
  expect(writers.failures).toEqual([]);
  expect(writers.count('during the backup').accepted).toBeGreaterThan(0);
  expect(writers.count('after the backup').accepted).toBeGreaterThan(0);

  const dir = join(env.DATA_DIR, 'backups');
  const [name] = readdirSync(dir).filter((f) => options.fileName.test(f));
  const file = join(dir, name);
  expect(backup.stdout).toContain(`Backup written: ${file}`);
  const report = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as BackupReport;
  expect(report.tables.scores).toBeGreaterThan(0);
  const during = writers.count('during the backup');
  options.figures.set(
    'backup (npm run backup)',
    `${report.bytes} bytes in ${backup.ms} ms (command)`,
  );
  options.figures.set(
    'score requests during the backup',
    `${during.requests}, accepted ${during.accepted}`,
  );
  options.figures.set('rows in the backup', JSON.stringify(report.tables));
  return { contest, writers, file, report, started, ended };
}

/**
 * After the restore, through a new API: the audit chain verifies with exactly the backup's
 * entries, and every score is one a judge saved, none older than at the start of the backup,
 * some later writes undone (the copy is really back).
 */
export async function verifyRestoredThroughApi(
  run: BackupDuringScoreEntry,
  organizer: Session,
  apiUrl: string,
  figures: FaultFigures,
): Promise<void> {
  const audit = await organizer.ok<{ ok: boolean; entries: number }>(
    'GET',
    `/api/contests/${run.contest.contestId}/audit/verify`,
  );
  expect(audit).toMatchObject({ ok: true, entries: run.report.tables.audit_log });
  const after = await run.writers.afterRestore(
    run.contest.judges.map((judge) => judge.at(apiUrl)),
    run.started,
    run.ended,
  );
  expect(after.foreign).toEqual([]);
  expect(after.older).toBe(0);
  expect(after.rolledBack).toBeGreaterThan(0);
  figures.set('scores checked after the restore', after.checked);
  figures.set('scores older than at the start of the backup (lost)', after.older);
  figures.set('later writes undone by the restore (expected)', after.rolledBack);
  figures.set('audit chain after the restore', `ok, ${audit.entries} entries`);
}
