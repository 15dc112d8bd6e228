import type { DataSource } from 'typeorm';
import { BenchApi, ok, percentile, profiled, type Record_, timed } from './api';
import { type CampaignSize, setUpCampaign } from './campaign-setup';
import { referenceAdvancement, referenceStatisticsMs } from './campaign-limits';
import { report } from './report';

/** The goal of the advancement line (issue 17: "in a few seconds"). */
const ADVANCEMENT_GOAL_MS = 5000;
/** The goal of the statistics line ("well under a second"), for the slowest of the calls (p99). */
const STATISTICS_GOAL_MS = 500;
/** Calls of the statistics route (and of its SQL) the percentiles are taken over. */
const STATISTICS_CALLS = 20;

/** What the campaign stage found, for the system spec that runs it small. */
export interface CampaignFigures {
  /** Advanced through the API, over every final. */
  advanced: number;
  /** The finalists' registrations the API created. */
  created: number;
  /** Chosen by the one SQL statement. */
  selected: number;
  advancementMs: number;
  limitMs: number;
  /** The statistics' participants (each worker once) and ranked entries of the preliminaries. */
  participants: number;
  statisticsP99Ms: number;
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
): Promise<CampaignFigures> {
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
  let created = 0;
  let slowest = 0;
  const advanced = new Map<number, Set<number>>();
  const measured = await timed(() =>
    profiled('advancement', async () => {
      for (const final of campaign.finals) {
        const path = { params: { path: { id: final.contestId } } };
        const trade = await timed(async () => {
          const computed = await timed(() =>
            ok(client.POST('/api/contests/{id}/advancement', path)),
          );
          computeMs += computed.ms;
          advanced.set(
            final.contestId,
            new Set(
              computed.value.entries
                .filter((e) => e.status === 'ADVANCED')
                .map((e) => e.registrationId),
            ),
          );
          created += (await ok(client.POST('/api/contests/{id}/advancement/apply', path))).created;
        });
        slowest = Math.max(slowest, trade.ms);
      }
    }),
  );
  const count = [...advanced.values()].reduce((s, set) => s + set.size, 0);
  record(
    `advancement of all ${size.trades} trades through the API: compute, then apply ` +
      `(${count} advanced, ${created} finalists' registrations created)`,
    `${(measured.ms / 1000).toFixed(2)} s (compute ${(computeMs / 1000).toFixed(2)} s; ` +
      `slowest trade ${slowest.toFixed(0)} ms)`,
  );
  // The API and the SQL statement must have chosen the same people, final by final, and the
  // finals must now hold exactly them.
  const finalIds = campaign.finals.map((f) => f.contestId);
  const registered = new Map<number, Set<number>>();
  for (const r of await dataSource.query<Array<{ contest_id: number; feeder: number }>>(
    `SELECT contest_id, feeder_registration_id AS feeder FROM registrations
      WHERE contest_id IN (${finalIds.join(',')}) AND status = 'APPROVED'`,
  )) {
    const final = Number(r.contest_id);
    registered.set(final, (registered.get(final) ?? new Set()).add(Number(r.feeder)));
  }
  const listed = (set: Set<number> | undefined) => [...(set ?? [])].sort((a, b) => a - b).join(',');
  for (const id of finalIds) {
    const sql = listed(limit.selected.get(id));
    if (listed(advanced.get(id)) !== sql || listed(registered.get(id)) !== sql) {
      throw new Error(
        `final ${id}: the SQL statement selected ${limit.selected.get(id)?.size ?? 0}, the API ` +
          `advanced ${advanced.get(id)?.size ?? 0} and registered ${registered.get(id)?.size ?? 0} (not the same)`,
      );
    }
  }
  const again = await timed(async () => {
    let unchanged = 0;
    for (const id of finalIds) {
      const path = { params: { path: { id } } };
      await ok(client.POST('/api/contests/{id}/advancement', path));
      unchanged += (await ok(client.POST('/api/contests/{id}/advancement/apply', path))).unchanged;
    }
    return unchanged;
  });
  record(
    `  the same again (same version, ${again.value} registrations unchanged)`,
    `${(again.ms / 1000).toFixed(2)} s`,
  );
  report.goal({
    goal: `advancement of ${size.trades} trades (${size.entries} entries, ${count} finalists) within 5 s; ratio to one SQL statement`,
    figure: `${(measured.ms / 1000).toFixed(2)} s`,
    limit: `${limit.ms.toFixed(0)} ms`,
    ratio: measured.ms / limit.ms,
    target: `≤ ${ADVANCEMENT_GOAL_MS / 1000} s`,
    met: measured.ms <= ADVANCEMENT_GOAL_MS,
  });

  const statistics = await benchStatistics(api, dataSource, campaign.competitionId, record);
  return {
    advanced: count,
    created,
    selected: limitCount,
    advancementMs: measured.ms,
    limitMs: limit.ms,
    participants: statistics.participants,
    statisticsP99Ms: statistics.p99,
  };
}

/**
 * GET /api/competitions/:id/statistics for the whole competition, STATISTICS_CALLS times after
 * one call to warm up, against the same figures as plain SQL, as many times.
 */
async function benchStatistics(
  api: BenchApi,
  dataSource: DataSource,
  competitionId: number,
  record: Record_,
): Promise<{ participants: number; p99: number }> {
  const path = { params: { path: { id: competitionId } } };
  const first = await ok(api.client.GET('/api/competitions/{id}/statistics', path));
  const calls: number[] = [];
  for (let i = 0; i < STATISTICS_CALLS; i++) {
    calls.push(
      (await timed(() => ok(api.client.GET('/api/competitions/{id}/statistics', path)))).ms,
    );
  }
  const sql: number[] = [];
  await referenceStatisticsMs(dataSource, competitionId);
  for (let i = 0; i < STATISTICS_CALLS; i++)
    sql.push(await referenceStatisticsMs(dataSource, competitionId));
  calls.sort((a, b) => a - b);
  sql.sort((a, b) => a - b);
  const [p50, p99, sqlP50, sqlP99] = [
    percentile(calls, 50),
    percentile(calls, 99),
    percentile(sql, 50),
    percentile(sql, 99),
  ];
  const contests = first.contests.byRound
    .map((r) => `${r.contests} in round ${r.round}`)
    .join(', ');
  record(
    `statistics of the whole competition (${first.participants} participants, ${first.trades} trades, ` +
      `contests ${contests}, ${first.titles.total} titles), ${STATISTICS_CALLS} calls`,
    `p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms`,
  );
  record(
    '  limit: the same figures as plain SQL (6 aggregate queries)',
    `p50 ${sqlP50.toFixed(0)} ms, p99 ${sqlP99.toFixed(0)} ms`,
  );
  report.goal({
    goal: `statistics of the whole competition (${first.participants} participants) under ${STATISTICS_GOAL_MS} ms (p99); ratio of p50s to plain SQL`,
    figure: `p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms`,
    limit: `p50 ${sqlP50.toFixed(0)} ms`,
    ratio: p50 / sqlP50,
    target: `p99 < ${STATISTICS_GOAL_MS} ms`,
    met: p99 < STATISTICS_GOAL_MS,
  });
  return { participants: first.participants, p99 };
}
