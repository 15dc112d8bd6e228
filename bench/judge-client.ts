/**
 * The judges' side of the score-entry stage, in its own process (as autocannon is for the read
 * load): the clients' JSON and HTTP work must not share the server's thread, or the figure would
 * count it against the server. Forked by bench/scoring.ts; receives the sheets, waits for 'go',
 * submits every judge's sheet at once in batches, and answers with the wall time and the latency
 * of every batch.
 */
import { apiClient, ok, type ScoreEntry, timed } from './api';
import { serveAsChild } from './child-plan';

/** One score of a judge's sheet, its points as a number (the benchmark also inserts them raw). */
export type SheetEntry = Pick<ScoreEntry, 'code' | 'criterionKey'> & { points: number };

export interface JudgePlan {
  /** The API's origin, e.g. http://127.0.0.1:3000 */
  origin: string;
  contestId: number;
  /** Entries per request. */
  batch: number;
  sheets: Array<{
    token: string;
    /** Entries per contestant: batches never split one contestant's scores. */
    perCode: number;
    entries: SheetEntry[];
  }>;
}

export interface JudgeRun {
  ms: number;
  latencies: number[];
}

async function run(plan: JudgePlan): Promise<JudgeRun> {
  const latencies: number[] = [];
  const { ms } = await timed(() =>
    Promise.all(
      plan.sheets.map(async ({ token, perCode, entries }) => {
        const client = apiClient(plan.origin, token);
        const contest = { params: { path: { id: plan.contestId } } };
        const perBatch = Math.floor(plan.batch / perCode) * perCode;
        for (let i = 0; i < entries.length; i += perBatch) {
          const batch = entries.slice(i, i + perBatch);
          const one = await timed(() =>
            ok(client.PUT('/api/contests/{id}/scores', { ...contest, body: { entries: batch } })),
          );
          latencies.push(one.ms);
        }
      }),
    ),
  );
  return { ms, latencies };
}

serveAsChild(run);
