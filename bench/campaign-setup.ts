import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { personalDataCipherOf } from '../src/database/personal-data-options';
import { positional } from '../src/database/positional';
import type { ResultRow } from '../src/results/results.entities';
import { RESULT_ROW_COLUMNS, resultRowValues } from '../src/results/results.repository';
import { BenchApi, ok, type Schemas } from './api';
import { insertApprovedRegistrations, insertWorkers } from './competition';
import { insertRows } from './limits';
import { type PreliminaryEntrant, resultRows } from './campaign-rows';
import { benchIdNumber, benchName, seeded } from './roster';

/** The campaign's sizes: at full scale 34 trades, 200 preliminaries, 40,000 entries. */
export interface CampaignSize {
  trades: number;
  preliminaries: number;
  entries: number;
  /** TOP_N_PER_FEEDER's n: 6 at full scale (200 × 6 = 1,200 finalists). */
  perFeeder: number;
}

/** What the set-up made: the competition, each trade's final and the finals' feeders. */
export interface Campaign {
  competitionId: number;
  finals: Array<{ contestId: number; tradeId: number; feederIds: number[] }>;
  preliminaryIds: number[];
  /** The admin the runs are published by. */
  userId: number;
}

const SCHEME: Schemas['SchemeDto'] = {
  parts: [
    {
      key: 'theory',
      name: '理论',
      weight: 30,
      criteria: [
        { key: 'exam', name: '笔试', maxPoints: 100, kind: 'MEASUREMENT', method: 'SINGLE' },
      ],
    },
    {
      key: 'practical',
      name: '实操',
      weight: 70,
      criteria: [{ key: 'task', name: '实操任务', maxPoints: 100, kind: 'MEASUREMENT' }],
    },
  ],
};

/**
 * A campaign (docs/performance.md "The campaign"): per trade a final (round 2) and preliminaries
 * hosted by enterprises, every preliminary with a published result run, the finals' feeders and
 * rule set through PUT /api/contests/:id/feeders. The structure goes through the API; workers,
 * registrations and the result runs and rows go straight into the tables, in the shape the results
 * module writes them (what a run holds is what computing results is measured on elsewhere).
 */
export async function setUpCampaign(
  api: BenchApi,
  dataSource: DataSource,
  size: CampaignSize,
): Promise<Campaign> {
  const { client } = api;
  const tag = randomBytes(2).toString('hex').toUpperCase();
  const root = await ok(
    client.POST('/api/units', { body: { code: `CAMP${tag}`, name: '选拔赛基准市总工会' } }),
  );
  const enterprises: Array<{ id: number; name: string }> = [];
  for (let d = 0; d < 6; d++) {
    const district = await ok(
      client.POST('/api/units', {
        body: { code: `CAMP${tag}D${d}`, name: `选拔第${d + 1}区总工会`, parentId: root.id },
      }),
    );
    for (let e = 0; e < 5; e++) {
      const name = `选拔第${d + 1}区第${e + 1}企业工会`;
      const unit = await ok(
        client.POST('/api/units', {
          body: { code: `CAMP${tag}D${d}E${e}`, name, parentId: district.id },
        }),
      );
      enterprises.push({ id: unit.id, name });
    }
  }
  const competition = await ok(
    client.POST('/api/competitions', {
      body: { code: `CAMP${tag}`, name: '选拔赛与决赛基准', year: 2026 },
    }),
  );
  const trades = await ok(client.GET('/api/trades'));
  for (let i = trades.length; i < size.trades; i++) {
    trades.push(
      await ok(
        client.POST('/api/trades', { body: { code: `CT${tag}${i}`, name: `选拔工种${i}` } }),
      ),
    );
  }

  // Preliminary p is of trade p % trades, hosted by an enterprise no other preliminary of its
  // trade has (a trade has at most one contest per round and host unit).
  const preliminaries: Array<{ id: number; host: (typeof enterprises)[number] }> = [];
  const byTrade = new Map<number, number[]>();
  for (let p = 0; p < size.preliminaries; p++) {
    const t = p % size.trades;
    const k = Math.floor(p / size.trades);
    const host = enterprises[(t * 7 + k) % enterprises.length];
    const contest = await ok(
      client.POST('/api/competitions/{id}/contests', {
        params: { path: { id: competition.id } },
        body: { tradeId: trades[t].id, scheme: SCHEME, round: 1, hostUnitId: host.id },
      }),
    );
    preliminaries.push({ id: contest.id, host });
    byTrade.set(t, [...(byTrade.get(t) ?? []), contest.id]);
  }
  const finals: Campaign['finals'] = [];
  for (let t = 0; t < size.trades; t++) {
    const final = await ok(
      client.POST('/api/competitions/{id}/contests', {
        params: { path: { id: competition.id } },
        body: { tradeId: trades[t].id, scheme: SCHEME, round: 2 },
      }),
    );
    const feederIds = byTrade.get(t) ?? [];
    await ok(
      client.PUT('/api/contests/{id}/feeders', {
        params: { path: { id: final.id } },
        body: {
          feederContestIds: feederIds,
          rule: { mode: 'TOP_N_PER_FEEDER', n: size.perFeeder },
        },
      }),
    );
    finals.push({ contestId: final.id, tradeId: trades[t].id, feederIds });
  }

  const { userId } = await ok(client.GET('/api/auth/me'));
  await seedEntries(dataSource, competition.id, preliminaries, size.entries, userId);
  return {
    competitionId: competition.id,
    finals,
    preliminaryIds: preliminaries.map((p) => p.id),
    userId,
  };
}

/**
 * Workers and their registrations (entry i in preliminary i % preliminaries, of its host
 * enterprise), then one DONE and published run per preliminary with its rows, the contests
 * PUBLISHED. About 1 % guests, 2 % absent and 0.5 % disqualified; totals in half points, so that
 * ties (broken by the practical part, then the time) happen now and then.
 */
async function seedEntries(
  dataSource: DataSource,
  competitionId: number,
  preliminaries: Array<{ id: number; host: { id: number; name: string } }>,
  entries: number,
  userId: number,
): Promise<void> {
  const now = new Date().toISOString();
  const cipher = personalDataCipherOf(dataSource.options);
  const offset = 2_000_000; // ID numbers apart from the roster's and the competition's
  const hostOf = (i: number) => preliminaries[i % preliminaries.length].host;
  await insertWorkers(
    dataSource,
    entries,
    offset,
    (i) => benchName(offset + i),
    (i) => hostOf(i).id,
    now,
  );
  const hashes = new Map(
    Array.from({ length: entries }, (_, i) => [
      cipher.hash('id_number', benchIdNumber(offset + i)),
      i,
    ]),
  );
  const workers = await dataSource.query<Array<{ id: number; id_number_hash: string }>>(
    `SELECT id, id_number_hash FROM workers WHERE unit_id IN (${[
      ...new Set(preliminaries.map((p) => p.host.id)),
    ].join(',')})`,
  );
  const workerOf = new Array<number>(entries);
  for (const w of workers) {
    const i = hashes.get(w.id_number_hash);
    if (i !== undefined) workerOf[i] = Number(w.id);
  }

  const random = seeded(20261207);
  // By the entry's place in its preliminary, so that every preliminary has a few of each.
  const place = (i: number) => Math.floor(i / preliminaries.length);
  const attendanceOf = (i: number) =>
    place(i) % 200 === 7 ? 'DISQUALIFIED' : place(i) % 50 === 3 ? 'ABSENT' : 'PRESENT';
  await insertApprovedRegistrations(
    dataSource,
    Array.from({ length: entries }, (_, i) => ({
      contestId: preliminaries[i % preliminaries.length].id,
      competitionId,
      workerId: workerOf[i],
      unitId: hostOf(i).id,
      outOfCompetition: place(i) % 100 === 11,
      stationNo: place(i) + 1,
      blindCode: `P${(place(i) + 1).toString(36).toUpperCase().padStart(5, '0')}`,
      attendance: attendanceOf(i),
      timeSeconds: attendanceOf(i) === 'PRESENT' ? 60 * (30 + Math.floor(random() * 30)) : null,
    })),
    now,
  );

  const ids = preliminaries.map((p) => p.id).join(',');
  await insertRows(
    dataSource,
    'result_runs',
    [
      'contest_id',
      'run_no',
      'fingerprint',
      'status',
      'requested_by',
      'requested_at',
      'finished_at',
      'published_at',
      'published_by',
    ],
    preliminaries.map((p) => [p.id, 1, `bench-${p.id}`, 'DONE', userId, now, now, now, userId]),
  );
  const runs = new Map(
    (
      await dataSource.query<Array<{ id: number; contest_id: number }>>(
        `SELECT id, contest_id FROM result_runs WHERE contest_id IN (${ids})`,
      )
    ).map((r) => [Number(r.contest_id), Number(r.id)]),
  );
  const registrations = await dataSource.query<Array<PreliminaryEntrant & { contest_id: number }>>(
    'SELECT r.id, r.contest_id, r.unit_id, w.name, r.out_of_competition, r.attendance, ' +
      'r.time_seconds, r.blind_code FROM registrations r JOIN workers w ON w.id = r.worker_id ' +
      `WHERE r.contest_id IN (${ids}) ORDER BY r.id`,
  );
  const unitNames = new Map(preliminaries.map((p) => [p.host.id, p.host.name]));
  const byContest = new Map<number, typeof registrations>();
  for (const r of registrations) {
    const contestId = Number(r.contest_id);
    const list = byContest.get(contestId) ?? [];
    list.push(r);
    byContest.set(contestId, list);
  }
  const rows: Array<Omit<ResultRow, 'id'>> = [];
  for (const [contestId, entrants] of byContest) {
    rows.push(...resultRows(runs.get(contestId)!, contestId, entrants, unitNames, random));
  }
  await insertRows(dataSource, 'result_rows', RESULT_ROW_COLUMNS, rows.map(resultRowValues));
  const ends = new Date(Date.now() + 7 * 86_400_000).toISOString();
  await dataSource.query(
    ...positional(
      dataSource,
      "UPDATE contests SET status = 'PUBLISHED', drawn_at = ?, draw_round = 1, " +
        'scoring_started_at = ?, publication_ends_at = ?, version = version + 1, ' +
        'published_run_id = (SELECT rr.id FROM result_runs rr WHERE rr.contest_id = contests.id) ' +
        `WHERE id IN (${ids})`,
      [now, now, ends],
    ),
  );
}
