import type { DataSource } from 'typeorm';
import { positional } from '../src/database/positional';
import { BenchApi, ok, profiled, type Record_, timed } from './api';
import { type Campaign, type CampaignSize, setUpCampaign } from './campaign-setup';
import { report } from './report';

/** The goal of the advancement line (issue 17: "in a few seconds"). */
const ADVANCEMENT_GOAL_MS = 5000;

/**
 * The limit for advancement: the same selection written as one SQL query — each preliminary's
 * published rows that may advance (no guest, present, ranked), ranked by the official rank with
 * RANK() so that a full tie at the cut goes along (INCLUDE_ALL), the best n of every feeder of
 * every final — inserted as the finals' registrations in the same statement, in a transaction
 * that is rolled back. Milliseconds, and the feeder registrations it selected per final.
 */
export async function referenceAdvancement(
  dataSource: DataSource,
  campaign: Campaign,
  n: number,
): Promise<{ ms: number; selected: Map<number, Set<number>> }> {
  const finals = campaign.finals.map((f) => f.contestId).join(',');
  const now = new Date().toISOString();
  const sql = `INSERT INTO registrations (contest_id, competition_id, worker_id, unit_id, status,
        out_of_competition, attendance, feeder_registration_id, carried_total_centi,
        self_registered, created_at, updated_at)
      SELECT f.contest_id, final.competition_id, r.worker_id, ranked.unit_id, 'APPROVED',
        FALSE, 'PRESENT', ranked.registration_id, ranked.total_centi, FALSE, ?, ?
      FROM (SELECT rr.contest_id, rr.registration_id, rr.unit_id, rr.total_centi,
              RANK() OVER (PARTITION BY rr.contest_id ORDER BY rr."rank") AS place
            FROM contest_feeders cf
            JOIN contests c ON c.id = cf.feeder_contest_id
            JOIN result_rows rr ON rr.run_id = c.published_run_id
            WHERE cf.contest_id IN (${finals})
              AND NOT rr.guest AND rr.attendance = 'PRESENT' AND rr."rank" IS NOT NULL) ranked
      JOIN contest_feeders f ON f.feeder_contest_id = ranked.contest_id
      JOIN contests final ON final.id = f.contest_id
      JOIN registrations r ON r.id = ranked.registration_id
      WHERE ranked.place <= ?`;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const { ms } = await timed(() => runner.query(...positional(dataSource, sql, [now, now, n])));
    const rows = await runner.manager.query<Array<{ contest_id: number; feeder: number }>>(
      `SELECT contest_id, feeder_registration_id AS feeder FROM registrations WHERE contest_id IN (${finals})`,
    );
    await runner.rollbackTransaction();
    const selected = new Map<number, Set<number>>();
    for (const r of rows) {
      const final = Number(r.contest_id);
      selected.set(final, (selected.get(final) ?? new Set()).add(Number(r.feeder)));
    }
    return { ms, selected };
  } finally {
    await runner.release();
  }
}

/**
 * The campaign at the scale of issue 17: 34 trades, 200 hosted preliminaries of 40,000 entries,
 * 1,200 finalists under TOP_N_PER_FEEDER n = 6. Advancement for every trade through the HTTP API
 * (compute the list, then apply it) against the same selection and insert as one SQL statement.
 */
export async function benchCampaign(
  api: BenchApi,
  dataSource: DataSource,
  size: CampaignSize,
  record: Record_,
): Promise<void> {
  const { client } = api;
  const setUp = await timed(() => setUpCampaign(api, dataSource, size));
  const campaign = setUp.value;
  record(
    `set up a campaign: ${size.trades} trades, ${size.preliminaries} hosted preliminaries ` +
      `(published runs, SQL) of ${size.entries} entries, finals with feeders (API)`,
    `${(setUp.ms / 1000).toFixed(1)} s`,
  );

  const limit = await referenceAdvancement(dataSource, campaign, size.perFeeder);
  const limitCount = [...limit.selected.values()].reduce((s, set) => s + set.size, 0);
  record(
    `  limit: one SQL statement selecting every feeder's best ${size.perFeeder} (RANK() OVER) ` +
      `and inserting the ${limitCount} finalists (rolled back)`,
    `${limit.ms.toFixed(0)} ms`,
  );

  let computeMs = 0;
  let slowest = 0;
  const advanced = new Map<number, Set<number>>();
  const measured = await timed(() =>
    profiled('advancement', async () => {
      for (const final of campaign.finals) {
        const path = { params: { path: { id: final.contestId } } };
        const computed = await timed(() => ok(client.POST('/api/contests/{id}/advancement', path)));
        computeMs += computed.ms;
        slowest = Math.max(slowest, computed.ms);
        advanced.set(
          final.contestId,
          new Set(
            computed.value.entries
              .filter((e) => e.status === 'ADVANCED')
              .map((e) => e.registrationId),
          ),
        );
      }
    }),
  );
  const count = [...advanced.values()].reduce((s, set) => s + set.size, 0);
  record(
    `advancement of all ${size.trades} trades through the API: compute (${count} advanced)`,
    `${(measured.ms / 1000).toFixed(2)} s (slowest trade ${slowest.toFixed(0)} ms)`,
  );
  // The API and the SQL statement must have chosen the same people, final by final.
  for (const final of campaign.finals) {
    const api = [...(advanced.get(final.contestId) ?? [])].sort((a, b) => a - b);
    const sql = [...(limit.selected.get(final.contestId) ?? [])].sort((a, b) => a - b);
    if (api.join(',') !== sql.join(',')) {
      throw new Error(
        `final ${final.contestId}: the API advanced ${api.length}, the SQL statement selected ${sql.length} (not the same)`,
      );
    }
  }
  report.goal({
    goal: `advancement of ${size.trades} trades (${size.entries} entries, ${count} finalists) within 5 s; ratio to one SQL statement`,
    figure: `${(measured.ms / 1000).toFixed(2)} s`,
    limit: `${(limit.ms / 1000).toFixed(2)} s`,
    ratio: measured.ms / limit.ms,
    target: `≤ ${ADVANCEMENT_GOAL_MS / 1000} s`,
    met: measured.ms <= ADVANCEMENT_GOAL_MS,
  });
  void computeMs;
}
