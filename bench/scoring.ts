import type { DataSource } from 'typeorm';
import { BenchApi, percentile, Record_, timed } from './api';
import { rawInsertRate } from './limits';
import { report } from './report';

const JUDGES = 3;
const BATCH = 200;

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
  const judges: BenchApi[] = [];
  const make = async (username: string, body: object) => {
    const user = await organizer.call<{ id: number }>('POST', '/users', {
      username,
      password: `${username}-password`,
      displayName: username,
      role: 'JUDGE',
    });
    await organizer.call('POST', `/contests/${contestId}/judges`, { userId: user.id, ...body });
    return organizer.login(username, `${username}-password`);
  };
  for (let j = 0; j < JUDGES; j++)
    judges.push(await make(`judge${j + 1}`, { parts: ['practical'] }));
  const grader = await make('grader', { criteria: ['exam'] });
  const chief = await make('chief', { chief: true });

  const sheet = await timed(() =>
    judges[0].call<{ rows: Array<{ code: string }> }>('GET', `/contests/${contestId}/score-sheet`),
  );
  record(
    `a judge's score sheet (${sheet.value.rows.length} rows × 3 criteria)`,
    `${sheet.ms.toFixed(0)} ms`,
  );
  const codes = sheet.value.rows.slice(0, contestants).map((r) => r.code);

  const latencies: number[] = [];
  const submitAll = async (api: BenchApi, entriesOf: (code: string, i: number) => object[]) => {
    const perBatch = Math.floor(BATCH / entriesOf('', 0).length);
    for (let i = 0; i < codes.length; i += perBatch) {
      const chunk = codes.slice(i, i + perBatch);
      const entries = chunk.flatMap((code, k) => entriesOf(code, i + k));
      const { ms } = await timed(() =>
        api.call('PUT', `/contests/${contestId}/scores`, { entries }),
      );
      latencies.push(ms);
    }
  };
  const practical = (judge: number) => (code: string, i: number) => [
    { code, criterionKey: 'dimension', points: ((i * 7 + judge) % 4000) / 100 },
    { code, criterionKey: 'finish', points: 20 + ((i + judge) % 10) },
    { code, criterionKey: 'safety', points: 2 },
  ];
  const entered = await timed(() =>
    Promise.all([
      ...judges.map((api, j) => submitAll(api, practical(j))),
      submitAll(grader, (code, i) => [{ code, criterionKey: 'exam', points: 50 + (i % 50) }]),
    ]),
  );
  const scores = codes.length * (JUDGES * 3 + 1);
  latencies.sort((a, b) => a - b);
  record(
    `enter ${scores} scores: ${JUDGES + 1} judges at once, batches of ${BATCH}`,
    `${(entered.ms / 1000).toFixed(2)} s (${Math.round(scores / (entered.ms / 1000))} scores/s; ` +
      `batch p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms)`,
  );

  const raw = await rawInsertRate(dataSource, scores);
  const rate = scores / (entered.ms / 1000);
  record(
    `  limit: the same number of rows by raw multi-row INSERT through the driver`,
    `${Math.round(raw)} rows/s`,
  );
  report.goal({
    goal: 'batch score entry through the API vs raw INSERT',
    figure: `${Math.round(rate)} scores/s`,
    limit: `${Math.round(raw)} rows/s`,
    ratio: rate / raw,
    target: '≥ 0.15',
    met: rate / raw >= 0.15,
  });

  const status = await timed(() =>
    chief.call<{ groups: number; ready: number }>('GET', `/contests/${contestId}/scores/status`),
  );
  record(
    `scores status over ${status.value.groups} groups (${status.value.ready} ready)`,
    `${status.ms.toFixed(0)} ms`,
  );
  const confirmed = await timed(() =>
    chief.call<{ confirmed: number; scores: number }>(
      'POST',
      `/contests/${contestId}/scores/confirm`,
      {},
    ),
  );
  record(
    `confirm ${confirmed.value.confirmed} groups (${confirmed.value.scores} scores)`,
    `${confirmed.ms.toFixed(0)} ms`,
  );
  const verified = await timed(() =>
    organizer.call<{ ok: boolean; entries: number }>('GET', `/contests/${contestId}/audit/verify`),
  );
  record(
    `verify the audit chain (${verified.value.entries} entries, ok: ${verified.value.ok})`,
    `${verified.ms.toFixed(0)} ms`,
  );
}
