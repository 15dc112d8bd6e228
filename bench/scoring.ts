import type { DataSource } from 'typeorm';
import { positional } from '../src/database/positional';
import { BenchApi, ok, percentile, profiled, Record_, timed } from './api';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { JudgePlan, JudgeRun, SheetEntry } from './judge-client';
import { rawInsertRates, RawScoreRow } from './limits';
import { report } from './report';
import type { components } from '../web/src/api/schema';

type AssignJudge = components['schemas']['AssignJudgeDto'];

const JUDGES = 3;
const BATCH = 200;

/** Runs the judges' clients in their own process (bench/judge-client.ts) and waits for them. */
function judgeClients(plan: JudgePlan): Promise<JudgeRun> {
  const child = fork(join(__dirname, 'judge-client.ts'), [], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
  });
  return new Promise((resolve, reject) => {
    child.on('message', (message: { ready?: true; result?: JudgeRun; error?: string }) => {
      if (message.ready) child.send({ go: true });
      else if (message.result) resolve(message.result);
      else reject(new Error(`judge clients failed: ${message.error}`));
    });
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`judge clients exited with ${code}`));
    });
    child.send({ plan });
  });
}

/**
 * Score entry as a session ends: three practical judges and the theory grader submit their
 * sheets at once, in batches of 200, through PUT …/scores; then the chief judge's status and
 * confirmation, and the audit log's verification, over everything entered.
 */
export async function benchScoring(
  organizer: BenchApi,
  dataSource: DataSource,
  contestId: number,
  contestants: number,
  record: Record_,
): Promise<void> {
  const judges: Array<{ api: BenchApi; userId: number }> = [];
  const { client } = organizer;
  const contest = { params: { path: { id: contestId } } };
  const make = async (username: string, body: Omit<AssignJudge, 'userId'>) => {
    const user = await ok(
      client.POST('/api/users', {
        body: {
          username,
          password: `${username}-password`,
          displayName: username,
          role: 'JUDGE',
        },
      }),
    );
    await ok(
      client.POST('/api/contests/{id}/judges', { ...contest, body: { userId: user.id, ...body } }),
    );
    return { api: await organizer.login(username, `${username}-password`), userId: user.id };
  };
  for (let j = 0; j < JUDGES; j++)
    judges.push(await make(`judge${j + 1}`, { parts: ['practical'] }));
  const grader = await make('grader', { criteria: ['exam'] });
  const chief = (await make('chief', { chief: true })).api;

  const sheet = await timed(() =>
    ok(judges[0].api.client.GET('/api/contests/{id}/score-sheet', contest)),
  );
  record(
    `a judge's score sheet (${sheet.value.rows.length} rows × 3 criteria)`,
    `${sheet.ms.toFixed(0)} ms`,
  );
  const codes = sheet.value.rows.slice(0, contestants).map((r) => r.code);

  // What each judge enters: three practical criteria per contestant, or the exam mark.
  const practical = (judge: number) => (code: string, i: number) => [
    { code, criterionKey: 'dimension', points: ((i * 7 + judge) % 4000) / 100 },
    { code, criterionKey: 'finish', points: 20 + ((i + judge) % 10) },
    { code, criterionKey: 'safety', points: 2 },
  ];
  const sheets = [
    ...judges.map((judge, j) => ({ ...judge, entries: codes.flatMap(practical(j)) })),
    {
      ...grader,
      entries: codes.map((code, i): SheetEntry => ({
        code,
        criterionKey: 'exam',
        points: 50 + (i % 50),
      })),
    },
  ];
  const scores = sheets.reduce((n, s) => n + s.entries.length, 0);

  // The limit first, on the same rows, while the table is still empty (it leaves it empty).
  const registrationIds = new Map(
    (
      await dataSource.query<Array<{ id: number; code: string }>>(
        ...positional(
          dataSource,
          'SELECT id, blind_code AS code FROM registrations WHERE contest_id = ?',
          [contestId],
        ),
      )
    ).map((r) => [r.code, Number(r.id)]),
  );
  const criterionIds = new Map(
    (
      await dataSource.query<Array<{ id: number; key: string }>>(
        ...positional(dataSource, 'SELECT id, key FROM contest_criteria WHERE contest_id = ?', [
          contestId,
        ]),
      )
    ).map((r) => [r.key, Number(r.id)]),
  );
  const now = new Date().toISOString();
  const rows = sheets.flatMap(({ userId, entries }) =>
    entries.map((e): RawScoreRow => [
      contestId,
      registrationIds.get(e.code)!,
      criterionIds.get(e.criterionKey)!,
      userId,
      Math.round(e.points * 100),
      1,
      userId,
      now,
      now,
    ]),
  );
  const raw = await rawInsertRates(dataSource, rows, BATCH);

  const entered = await profiled('score-entry', () =>
    judgeClients({
      origin: BenchApi.originOf(organizer.base),
      contestId,
      batch: BATCH,
      sheets: sheets.map(({ api, entries }, j) => ({
        token: api.token,
        perCode: j < JUDGES ? 3 : 1,
        entries,
      })),
    }),
  );
  const latencies = entered.latencies;
  latencies.sort((a, b) => a - b);
  record(
    `enter ${scores} scores: ${sheets.length} judges at once, batches of ${BATCH}`,
    `${(entered.ms / 1000).toFixed(2)} s (${Math.round(scores / (entered.ms / 1000))} scores/s; ` +
      `batch p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms)`,
  );

  const rate = scores / (entered.ms / 1000);
  record(
    '  limit: the same score rows by raw multi-row INSERT into the scores table (same driver)',
    `${Math.round(raw.scoresTable)} rows/s`,
  );
  record(
    `  for information: the same, one transaction per ${BATCH} rows (the API's batches)`,
    `${Math.round(raw.scoresTableBatched)} rows/s`,
  );
  record(
    '  for information: the same rows into a bare table (no key, index or constraint)',
    `${Math.round(raw.bareTable)} rows/s`,
  );
  report.goal({
    goal: 'batch score entry through the API vs raw INSERT of the same rows',
    figure: `${Math.round(rate)} scores/s`,
    limit: `${Math.round(raw.scoresTable)} rows/s`,
    ratio: rate / raw.scoresTable,
    target: '≥ 0.15',
    met: rate / raw.scoresTable >= 0.15,
  });

  const status = await timed(() =>
    ok(chief.client.GET('/api/contests/{id}/scores/status', contest)),
  );
  record(
    `scores status over ${status.value.groups} groups (${status.value.ready} ready)`,
    `${status.ms.toFixed(0)} ms`,
  );
  const confirmed = await timed(() =>
    ok(chief.client.POST('/api/contests/{id}/scores/confirm', { ...contest, body: {} })),
  );
  record(
    `confirm ${confirmed.value.confirmed} groups (${confirmed.value.scores} scores)`,
    `${confirmed.ms.toFixed(0)} ms`,
  );
  const verified = await timed(() => ok(client.GET('/api/contests/{id}/audit/verify', contest)));
  record(
    `verify the audit chain (${verified.value.entries} entries, ok: ${verified.value.ok})`,
    `${verified.ms.toFixed(0)} ms`,
  );
}
