import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { personalDataCipherOf } from '../src/database/personal-data-options';
import { positional } from '../src/database/positional';
import { BenchApi, ok, profiled, Record_, setStatus, size, timed } from './api';
import { barePdfRate, insertRows, load, referenceRankingMs } from './limits';
import { report } from './report';
import { benchIdNumber, benchName, seeded } from './roster';

const CONTESTS = 34;
const CRITERIA = [
  { key: 'exam1', part: 'theory', kind: 'MEASUREMENT', method: 'MEAN', max: 50 },
  { key: 'exam2', part: 'theory', kind: 'MEASUREMENT', method: 'MEAN', max: 50 },
  { key: 'p1', part: 'practical', kind: 'MEASUREMENT', method: 'MEAN', max: 15 },
  { key: 'p2', part: 'practical', kind: 'MEASUREMENT', method: 'TRIMMED_MEAN', max: 15 },
  { key: 'p3', part: 'practical', kind: 'MEASUREMENT', method: 'MEDIAN', max: 15 },
  { key: 'p4', part: 'practical', kind: 'MEASUREMENT', method: 'MEAN', max: 10 },
  { key: 'p5', part: 'practical', kind: 'MEASUREMENT', method: 'TRIMMED_MEAN', max: 10 },
  { key: 'p6', part: 'practical', kind: 'MEASUREMENT', method: 'MEAN', max: 15 },
  { key: 'j1', part: 'practical', kind: 'JUDGEMENT', method: 'MEAN', max: 10 },
  { key: 'j2', part: 'practical', kind: 'JUDGEMENT', method: 'MEDIAN', max: 10 },
] as const;

const SCHEME = {
  parts: ['theory', 'practical'].map((part) => ({
    key: part,
    name: part === 'theory' ? '理论' : '实操',
    weight: part === 'theory' ? 30 : 70,
    criteria: CRITERIA.filter((c) => c.part === part).map((c) => ({
      key: c.key,
      name: c.key,
      maxPoints: c.max,
      kind: c.kind,
      method: c.method,
      tolerance: c.kind === 'JUDGEMENT' ? 3 : null,
    })),
  })),
};

/**
 * A whole competition at the scale of docs/performance.md: 34 contests, `registrations` contestants, 10
 * criteria × 3–5 judges each, every score confirmed. Set-up goes straight into the database (entering
 * 1.2 million scores through the API is measured separately); then all 34 result runs are requested
 * through the API and computed by the Bull job, and the wall time until the last is DONE is reported.
 */
export async function benchCompetition(
  api: BenchApi,
  dataSource: DataSource,
  base: string,
  registrations: number,
  record: Record_,
): Promise<void> {
  // A three-level unit tree: the federation, 6 districts, 5 enterprises in each.
  const { client } = api;
  const root = await ok(
    client.POST('/api/units', { body: { code: 'COMP', name: '大赛基准市总工会' } }),
  );
  const districts: number[] = [];
  const enterprises: Array<{ id: number; district: number }> = [];
  for (let d = 0; d < 6; d++) {
    const district = await ok(
      client.POST('/api/units', {
        body: { code: `COMP-D${d}`, name: `基准第${d + 1}区总工会`, parentId: root.id },
      }),
    );
    districts.push(district.id);
    for (let e = 0; e < 5; e++) {
      const enterprise = await ok(
        client.POST('/api/units', {
          body: {
            code: `COMP-D${d}-E${e}`,
            name: `基准第${d + 1}区第${e + 1}企业工会`,
            parentId: district.id,
          },
        }),
      );
      enterprises.push({ id: enterprise.id, district: d });
    }
  }
  const competition = await ok(
    client.POST('/api/competitions', {
      body: {
        code: `FULL${randomBytes(2).toString('hex').toUpperCase()}`,
        name: '全市大赛基准',
        year: 2026,
      },
    }),
  );
  const trades = await ok(client.GET('/api/trades'));
  const extra = CONTESTS - trades.length;
  for (let i = 0; i < extra; i++) {
    trades.push(
      await ok(client.POST('/api/trades', { body: { code: `T${i}`, name: `工种${i}` } })),
    );
  }
  // Judges: five from districts 0–4 (each is kept off the workers of their district) and three
  // from outside the tree. A contest has 3–5 of them, never fewer than 3 unconflicted.
  const judge = async (name: string, unitId?: number) =>
    (
      await ok(
        client.POST('/api/users', {
          body: {
            username: name,
            password: 'full-judge-password',
            displayName: name,
            role: 'JUDGE',
            unitId,
          },
        }),
      )
    ).id;
  const districtJudges: Array<{ id: number; district: number }> = [];
  for (let d = 0; d < 5; d++)
    districtJudges.push({ id: await judge(`fulld${d}`, districts[d]), district: d });
  const outsideJudges: number[] = [];
  for (let k = 0; k < 3; k++) outsideJudges.push(await judge(`fullo${k}`));
  const chiefId = await judge('fullchief');
  const contests: number[] = [];
  const panels = new Map<number, Array<{ id: number; district: number | null }>>();
  for (let c = 0; c < CONTESTS; c++) {
    const contest = await ok(
      client.POST('/api/competitions/{id}/contests', {
        params: { path: { id: competition.id } },
        body: { tradeId: trades[c].id, scheme: SCHEME },
      }),
    );
    const fromDistricts = c % 3; // 0, 1 or 2 district judges beside the 3 from outside
    const panel = [
      ...outsideJudges.map((id) => ({ id, district: null })),
      ...Array.from(
        { length: fromDistricts },
        (_, k) => districtJudges[(c + k) % districtJudges.length],
      ),
    ];
    const judges = { params: { path: { id: contest.id } } };
    for (const { id } of panel)
      await ok(client.POST('/api/contests/{id}/judges', { ...judges, body: { userId: id } }));
    await ok(
      client.POST('/api/contests/{id}/judges', {
        ...judges,
        body: { userId: chiefId, chief: true },
      }),
    );
    contests.push(contest.id);
    panels.set(contest.id, panel);
  }
  const random = seeded(20261125);

  const seededRows = await timed(async () => {
    const now = new Date().toISOString();
    const offset = 1_000_000; // ID numbers apart from the roster benchmark's
    const enterpriseOf = (i: number) => enterprises[i % enterprises.length];
    await insertWorkers(
      dataSource,
      registrations,
      offset,
      benchName,
      (i) => enterpriseOf(i).id,
      now,
    );
    const workers: Array<{ id: number; unit_id: number }> = await dataSource.query(
      `SELECT id, unit_id FROM workers WHERE unit_id IN (${enterprises.map((e) => e.id).join(',')}) ORDER BY id`,
    );
    const districtOfUnit = new Map(enterprises.map((e) => [e.id, e.district]));
    await insertApprovedRegistrations(
      dataSource,
      workers.map((w, i) => ({
        contestId: contests[i % CONTESTS],
        competitionId: competition.id,
        workerId: Number(w.id),
        unitId: Number(w.unit_id),
        outOfCompetition: false,
        stationNo: Math.floor(i / CONTESTS) + 1,
        blindCode: `Z${(Math.floor(i / CONTESTS) + 1).toString(36).toUpperCase().padStart(5, '0')}`,
        attendance: 'PRESENT',
        timeSeconds: null,
      })),
      now,
    );
    for (const contestId of contests) {
      await dataSource.query(
        ...positional(
          dataSource,
          `UPDATE contests SET status = 'SCORING', drawn_at = ?, draw_round = 1, scoring_started_at = ?, version = version + 1 WHERE id = ?`,
          [now, now, contestId],
        ),
      );
    }
    const criteria: Array<{
      id: number;
      contest_id: number;
      kind: string;
      max_points_centi: number;
    }> = await dataSource.query(
      `SELECT id, contest_id, kind, max_points_centi FROM contest_criteria WHERE contest_id IN (${contests.join(',')})`,
    );
    const regs: Array<{ id: number; contest_id: number; unit_id: number }> = await dataSource.query(
      `SELECT id, contest_id, unit_id FROM registrations WHERE contest_id IN (${contests.join(',')})`,
    );
    const byContest = new Map<number, typeof criteria>();
    for (const c of criteria) {
      byContest.set(Number(c.contest_id), [...(byContest.get(Number(c.contest_id)) ?? []), c]);
    }
    const scores: unknown[][] = [];
    for (const r of regs) {
      // Each worker has a skill; judges mark around it in half points (so totals tie now and then),
      // and a judge never scores a worker of their own district.
      const skill = 0.35 + 0.6 * random();
      const district = districtOfUnit.get(Number(r.unit_id));
      const panel = panels.get(Number(r.contest_id))!.filter((j) => j.district !== district);
      for (const c of byContest.get(Number(r.contest_id))!) {
        for (const judge of panel) {
          const noisy = Math.min(1, Math.max(0, skill + (random() - 0.5) * 0.12));
          const value =
            c.kind === 'JUDGEMENT'
              ? 100 * Math.min(3, Math.max(0, Math.round(noisy * 3)))
              : Math.round((Number(c.max_points_centi) * noisy) / 50) * 50;
          scores.push([
            Number(r.contest_id),
            Number(r.id),
            Number(c.id),
            judge.id,
            value,
            1,
            judge.id,
            chiefId,
            now,
            now,
            now,
          ]);
        }
      }
    }
    await insertRows(
      dataSource,
      'scores',
      [
        'contest_id',
        'registration_id',
        'criterion_id',
        'judge_id',
        'value_centi',
        'version',
        'entered_by',
        'confirmed_by',
        'confirmed_at',
        'created_at',
        'updated_at',
      ],
      scores,
    );
    return scores.length;
  });
  record(
    `seed a competition (seeded): ${CONTESTS} contests, ${registrations} contestants in 30 units, ` +
      `3–5 judges with conflicts, ${seededRows.value} confirmed scores (SQL)`,
    `${(seededRows.ms / 1000).toFixed(1)} s`,
  );

  const referenceMs = await referenceRankingMs(dataSource, contests);
  record(
    '  limit: the reference ranking query in SQL (totals and RANK() over every score)',
    `${referenceMs.toFixed(0)} ms`,
  );

  let requestedMs = 0;
  const started = performance.now();
  const computed = await timed(() =>
    profiled('results', async () => {
      const runs = await Promise.all(
        contests.map((id) =>
          ok(client.POST('/api/contests/{id}/results/compute', { params: { path: { id } } })),
        ),
      );
      requestedMs = performance.now() - started;
      for (const [i, contestId] of contests.entries()) {
        for (;;) {
          const list = await ok(
            client.GET('/api/contests/{id}/results/runs', { params: { path: { id: contestId } } }),
          );
          const run = list.find((r) => r.runId === runs[i].runId)!;
          if (run.status === 'DONE') break;
          if (run.status === 'FAILED') throw new Error(`run failed: ${JSON.stringify(run.error)}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }),
  );
  record(
    `compute results of all ${CONTESTS} contests (request → every run DONE, Bull job)`,
    `${(computed.ms / 1000).toFixed(2)} s`,
  );
  report.goal({
    goal: 'full-competition results vs the reference SQL query',
    figure: `${(computed.ms / 1000).toFixed(2)} s`,
    limit: `${(referenceMs / 1000).toFixed(2)} s`,
    ratio: computed.ms / referenceMs,
    target: '≤ 2',
    met: computed.ms / referenceMs <= 2,
  });
  record(
    `  of which the ${CONTESTS} requests (readiness check, run and job created)`,
    `${requestedMs.toFixed(0)} ms`,
  );
  let jobMs = 0;
  let slowest = 0;
  for (const contestId of contests) {
    const [run] = await ok(
      client.GET('/api/contests/{id}/results/runs', { params: { path: { id: contestId } } }),
    );
    const ms = run.summary?.ms ?? 0; // a run without a summary has not finished
    jobMs += ms;
    slowest = Math.max(slowest, ms);
  }
  record('  of which inside the jobs (sum over runs; slowest run)', `${jobMs} ms; ${slowest} ms`);
  const published = await timed(async () => {
    for (const contestId of contests) {
      const contest = { params: { path: { id: contestId } } };
      const [run] = await ok(client.GET('/api/contests/{id}/results/runs', contest));
      await setStatus(client, contestId, 'REVIEW');
      await ok(
        client.POST('/api/contests/{id}/results/publish', {
          ...contest,
          body: { runId: run.runId },
        }),
      );
    }
  });
  record(`publish all ${CONTESTS} runs`, `${(published.ms / 1000).toFixed(2)} s`);
  const waitJob = async (jobId: string) => {
    for (;;) {
      const job = await ok(client.GET('/api/jobs/{jobId}', { params: { path: { jobId } } }));
      if (job.state === 'completed') return;
      if (job.state === 'failed') throw new Error(`job failed: ${job.error}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const certificates = async (contestIds: number[], participation: boolean) => {
    const { ms } = await timed(async () => {
      const jobs = await Promise.all(
        contestIds.map((id) =>
          ok(
            client.POST('/api/contests/{id}/certificates/issue', {
              params: { path: { id } },
              body: { participation },
            }),
          ),
        ),
      );
      for (const { jobId } of jobs) await waitJob(jobId);
    });
    let count = 0;
    for (const id of contestIds) {
      count += (
        await ok(client.GET('/api/contests/{id}/certificates', { params: { path: { id } } }))
      ).length;
    }
    return { ms, count };
  };
  const titles = await certificates(contests, false);
  record(
    `issue title certificates for all ${CONTESTS} contests (${titles.count} PDFs, Bull jobs)`,
    `${(titles.ms / 1000).toFixed(2)} s (${Math.round(titles.count / (titles.ms / 1000))} certificates/s)`,
  );
  const bare = await barePdfRate(200);
  record(
    '  limit: pdfkit drawing the same certificate, no server',
    `${Math.round(bare)} certificates/s`,
  );
  const one = await certificates([contests[0]], true);
  const added =
    one.count -
    (
      await ok(
        client.GET('/api/contests/{id}/certificates', { params: { path: { id: contests[0] } } }),
      )
    ).filter((c) => c.kind === 'TITLE').length;
  record(
    `participation certificates for one contest (${added} PDFs)`,
    `${(one.ms / 1000).toFixed(2)} s (${Math.round(added / (one.ms / 1000))} certificates/s)`,
  );
  const jobRate = added / (one.ms / 1000);
  report.goal({
    goal: 'certificates through the Bull job vs bare pdfkit',
    figure: `${Math.round(jobRate)}/s`,
    limit: `${Math.round(bare)}/s`,
    ratio: jobRate / bare,
    target: '≥ 0.7',
    met: jobRate / bare >= 0.7,
  });
  const zip = await timed(() =>
    size(
      client.GET('/api/contests/{id}/certificates/zip', {
        params: { path: { id: contests[0] } },
        parseAs: 'arrayBuffer',
      }),
    ),
  );
  record(
    `download that contest's certificates as one .zip`,
    `${zip.ms.toFixed(0)} ms, ${(zip.value / 1024 / 1024).toFixed(1)} MB`,
  );
  const url = `${base}/public/competitions/${competition.id}/rankings?contestId=${contests[1]}&page=1&pageSize=50`;
  const reads = await load(url, 100, 5);
  const bareRoute = await load(`${base}/ping`, 100, 5);
  record(
    'public rankings page under 100 connections (autocannon, 5 s)',
    `${Math.round(reads.requestsPerSecond)} req/s, p50 ${reads.p50} ms, p99 ${reads.p99} ms, errors ${reads.errors}`,
  );
  record(
    '  limit: a bare route of the same server (GET /api/ping), same load',
    `${Math.round(bareRoute.requestsPerSecond)} req/s, p50 ${bareRoute.p50} ms, p99 ${bareRoute.p99} ms`,
  );
  const readRatio = reads.requestsPerSecond / bareRoute.requestsPerSecond;
  report.goal({
    goal: 'public ranking reads vs the bare route, 100 connections (and p99 < 50 ms)',
    figure: `${Math.round(reads.requestsPerSecond)} req/s, p99 ${reads.p99} ms`,
    limit: `${Math.round(bareRoute.requestsPerSecond)} req/s`,
    ratio: readRatio,
    target: '≥ 0.5 and p99 < 50 ms',
    met: readRatio >= 0.5 && reads.p99 < 50 && reads.errors === 0,
  });
  for (const [label, query] of [
    ['public rankings, whole competition, page 1 of 50', { page: 1, pageSize: 50 }],
    ['public rankings, page 400 of 50', { page: 400, pageSize: 50 }],
    ['public rankings, one contest, page 10', { contestId: contests[5], page: 10, pageSize: 50 }],
    ['public rankings, search by name', { q: benchName(777) }],
  ] as const) {
    const page = await timed(() =>
      ok(
        client.GET('/api/public/competitions/{id}/rankings', {
          params: { path: { id: competition.id }, query },
        }),
      ),
    );
    record(`${label} (${page.value.total} matching)`, `${page.ms.toFixed(1)} ms`);
  }
}

/**
 * Inserts `count` bench workers as the app stores them (ID number benchIdNumber(offset + i),
 * hashed and encrypted by the personal-data cipher; born 1980-01-01, no phone): worker i named
 * `name(i)` in unit `unitId(i)`. Shared by this benchmark and the campaign's (bench/campaign-setup.ts).
 */
export async function insertWorkers(
  dataSource: DataSource,
  count: number,
  offset: number,
  name: (i: number) => string,
  unitId: (i: number) => number,
  now: string,
): Promise<void> {
  const cipher = personalDataCipherOf(dataSource.options);
  await insertRows(
    dataSource,
    'workers',
    [
      'id_number_hash',
      'id_number_tail',
      'id_number_enc',
      'name',
      'gender',
      'birth_date',
      'phone_enc',
      'unit_id',
      'created_at',
      'updated_at',
    ],
    Array.from({ length: count }, (_, i) => {
      const id = benchIdNumber(offset + i);
      return [
        cipher.hash('id_number', id),
        cipher.hash('id_number_tail', id.slice(-4)),
        cipher.encrypt('id_number', id),
        name(i),
        Number(id[16]) % 2 ? 'M' : 'F',
        '1980-01-01',
        null,
        unitId(i),
        now,
        now,
      ];
    }),
  );
}

/** A drawn, APPROVED registration as the benchmarks seed it. */
export interface SeededRegistration {
  contestId: number;
  competitionId: number;
  workerId: number;
  unitId: number;
  outOfCompetition: boolean;
  stationNo: number;
  blindCode: string;
  attendance: string;
  timeSeconds: number | null;
}

/** Inserts drawn, APPROVED registrations (this benchmark's and the campaign's). */
export async function insertApprovedRegistrations(
  dataSource: DataSource,
  registrations: SeededRegistration[],
  now: string,
): Promise<void> {
  await insertRows(
    dataSource,
    'registrations',
    [
      'contest_id',
      'competition_id',
      'worker_id',
      'unit_id',
      'status',
      'out_of_competition',
      'station_no',
      'blind_code',
      'attendance',
      'time_seconds',
      'created_at',
      'updated_at',
    ],
    registrations.map((r) => [
      r.contestId,
      r.competitionId,
      r.workerId,
      r.unitId,
      'APPROVED',
      r.outOfCompetition,
      r.stationNo,
      r.blindCode,
      r.attendance,
      r.timeSeconds,
      now,
      now,
    ]),
  );
}
