import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, ThrowawayRedis } from '../support/redis-server';
import { ADMIN } from '../support/test-environment';
import { call, clusterEnvironment, eventually, ProductProcess } from './support/cluster';
import {
  competitionWithUnit,
  csvRoster,
  FaultFigures,
  resultRows,
  rosterRows,
  runsOf,
  scoreEveryone,
  ScoringContest,
  scoringContest,
  Session,
  SINGLE_SCORE_SCHEME,
  sleep,
  SqliteProbe,
  TWO_CRITERIA_SCHEME,
  type ResultRowView,
} from './support/fault-kit';
import { ScoreWriters } from './support/score-writers';

/**
 * Faults of the job queue, over real processes: an API that runs no job processors
 * (QUEUE_PROCESSORS_IN_API=false), worker processes, and a throwaway Redis.
 *
 * Redis is stopped with SIGKILL and restarted. It keeps nothing on disk, so it comes back EMPTY:
 * the harshest case, and what the README's Redis settings give.
 * 1. During score entry: judges keep saving, /health says Redis is down, a compute asked for
 *    meanwhile is refused with 503 QUEUE_UNAVAILABLE and leaves nothing behind, and a compute
 *    and a roster import queued before Redis went down (their jobs lost with Redis) still
 *    complete after it returns.
 * 2. During a compute: the run in flight completes, with the same results as a clean run.
 * 3. A worker is killed with SIGKILL while it issues a contest's certificates (a title
 *    certificate for each of 15 title holders, a participation certificate for every ranked
 *    contestant: hundreds of PDFs). Another worker takes the job over once its lock expires
 *    (QUEUE_LOCK_MS, QUEUE_STALLED_MS, short here) and completes it: every certificate exists
 *    exactly once, serials are unique and contiguous, and every PDF is there and whole.
 */

const BIG = 1000; // contestants of the contest whose results are computed
const ROSTER_ROWS = 2000; // a roster large enough to be imported by a job
/** How long Redis stays down during score entry (FAULT_REDIS_DOWN_MS for a longer run by hand). */
const REDIS_DOWN_MS = Number(process.env.FAULT_REDIS_DOWN_MS ?? 3000);
const CERTIFIED = 200; // contestants of the contest whose certificates are issued
const TITLES = 15;
const CERTIFICATES = CERTIFIED + TITLES;

interface Certificate {
  serial: string;
  code: string;
  kind: 'TITLE' | 'PARTICIPATION';
  registrationId: number;
  status: 'ISSUED' | 'REVOKED';
}
const LADDER = ['CHAMPION', 'PACESETTER', 'PACESETTER', ...Array(7).fill('EXPERT')];

/** Contestant i of the big contest scores 40.00 + 0.05 i: all distinct, so ranks are known. */
const bigPoints = (i: number): string => ((4000 + 5 * i) / 100).toFixed(2);

/** The results a correct computation gives for the big contest, worked out here independently. */
function expectedBigResults(contest: ScoringContest): Map<number, object> {
  const expected = new Map<number, object>();
  contest.contestants.forEach((c, i) => {
    const rank = BIG - i;
    const title = rank <= 10 ? LADDER[rank - 1] : rank <= 15 ? 'EXCELLENT' : null;
    expected.set(c.registrationId, {
      name: c.name,
      total: bigPoints(i),
      rank,
      tied: false,
      title,
    });
  });
  return expected;
}

const essentials = (r: ResultRowView) => ({
  name: r.name,
  total: r.total,
  rank: r.rank,
  tied: r.tied,
  title: r.title,
});

describe('faults: Redis stopped and restarted, a worker killed', () => {
  const figures = new FaultFigures('Redis stopped and restarted (score entry, computes)');
  const workerFigures = new FaultFigures('worker SIGKILLed during certificate issuing');
  let redis: ThrowawayRedis;
  let env: Record<string, string>;
  let api: ProductProcess;
  const workers: ProductProcess[] = [];
  let organizer: Session;
  let scoring: ScoringContest; // judges keep writing here
  let big: ScoringContest; // its results are computed during the faults
  let small: ScoringContest; // asked to compute while Redis is down
  let certified: ScoringContest; // its certificates are issued when a worker is killed
  let registering: number; // a contest whose roster import is queued when Redis goes down
  let roster: Buffer;

  beforeAll(async () => {
    redis = new ThrowawayRedis(await freePort());
    await redis.start();
    env = clusterEnvironment(redis.url, {
      QUEUE_PROCESSORS_IN_API: 'false',
      QUEUE_LOCK_MS: '5000',
      QUEUE_STALLED_MS: '1000',
      // The test holds SQLite's write lock for a moment to catch a job in flight.
      SQLITE_BUSY_TIMEOUT_MS: '60000',
      // Rosters over 64 KB are imported by a job (the set-up's smaller ones in the request).
      ROSTER_INLINE_MAX_BYTES: String(64 * 1024),
    });
    api = await ProductProcess.api(env);
    organizer = await Session.signIn(api.url, ADMIN.username, ADMIN.password);
    const { competitionId, unitCode } = await competitionWithUnit(organizer, 'REDIS26');
    scoring = await scoringContest(organizer, {
      competitionId,
      tradeCode: 'WELD',
      unitCode,
      people: rosterRows(0, 40, unitCode),
      judges: 3,
      scheme: TWO_CRITERIA_SCHEME,
    });
    big = await scoringContest(organizer, {
      competitionId,
      tradeCode: 'LATHE',
      unitCode,
      people: rosterRows(100, BIG, unitCode),
      judges: 1,
      scheme: SINGLE_SCORE_SCHEME,
    });
    await scoreEveryone(big, 'task', bigPoints);
    await big.chief.ok('POST', `/api/contests/${big.contestId}/scores/confirm`, {});
    small = await scoringContest(organizer, {
      competitionId,
      tradeCode: 'ELEC',
      unitCode,
      people: rosterRows(3000, 12, unitCode),
      judges: 1,
      scheme: SINGLE_SCORE_SCHEME,
    });
    await scoreEveryone(small, 'task', (i) => (70 + i).toFixed(2));
    await small.chief.ok('POST', `/api/contests/${small.contestId}/scores/confirm`, {});
    const trades = await organizer.ok<Array<{ id: number; code: string }>>('GET', '/api/trades');
    registering = (
      await organizer.ok<{ id: number }>('POST', `/api/competitions/${competitionId}/contests`, {
        tradeId: trades.find((t) => t.code === 'COOK')!.id,
        scheme: SINGLE_SCORE_SCHEME,
      })
    ).id;
    await organizer.ok('PATCH', `/api/contests/${registering}`, { status: 'REGISTRATION' });
    roster = csvRoster(rosterRows(5000, ROSTER_ROWS, unitCode));
    certified = await scoringContest(organizer, {
      competitionId,
      tradeCode: 'CNC',
      unitCode,
      people: rosterRows(8000, CERTIFIED, unitCode),
      judges: 1,
      scheme: SINGLE_SCORE_SCHEME,
    });
    // All different, so the ladder gives exactly 15 titles.
    await scoreEveryone(certified, 'task', (i) => (60 + i / 10).toFixed(2));
    await certified.chief.ok('POST', `/api/contests/${certified.contestId}/scores/confirm`, {});
    await organizer.ok('PATCH', `/api/contests/${certified.contestId}`, { status: 'REVIEW' });
  });

  afterAll(async () => {
    figures.print();
    workerFigures.print();
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await api?.stop('SIGKILL');
    await redis?.stop();
    if (env) rmSync(env.DATA_DIR, { recursive: true, force: true });
  });

  it('keeps accepting scores while Redis is down; queued work completes after it returns', async () => {
    // Asked for while no worker runs: the job waits in Redis, and is lost with it.
    const queued = await organizer.request<{ runId: number; jobId: string }>(
      'POST',
      `/api/contests/${big.contestId}/results/compute`,
    );
    expect(queued.status).toBe(202);
    const upload = await organizer.upload<{ importId: number }>(
      `/api/contests/${registering}/registrations/import`,
      'roster.csv',
      roster,
    );
    expect(upload.status).toBe(202);

    const writers = new ScoreWriters(scoring, [
      { key: 'accuracy', maxPoints: 60 },
      { key: 'finish', maxPoints: 40 },
    ]);
    writers.start();
    await sleep(700);

    await redis.stop();
    writers.phase = 'redis down';
    figures.add('faults injected');
    const downSince = Date.now();

    const health = await eventually(
      () => call(api.url, 'GET', '/health'),
      (h) => h.status === 503,
      10000,
      100,
    );
    expect(health.body).toEqual({ status: 'error', db: 'up', redis: 'down' });

    // Queued work asked for now is refused with a code, and no run is left that nothing would compute.
    const refused = await organizer.request<{ code: string }>(
      'POST',
      `/api/contests/${small.contestId}/results/compute`,
    );
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('QUEUE_UNAVAILABLE');
    expect(await runsOf(organizer, small.contestId)).toEqual([]);
    figures.set('compute asked for while Redis was down', '503 QUEUE_UNAVAILABLE, no run left');

    // A worker started while Redis is down waits for it.
    const workerStarting = ProductProcess.jobRunner(env);
    await sleep(Math.max(0, REDIS_DOWN_MS - (Date.now() - downSince)));
    await redis.start();
    writers.phase = 'after';
    figures.set('Redis down for (ms)', Date.now() - downSince);
    await eventually(
      () => call(api.url, 'GET', '/health'),
      (h) => h.status === 200,
      20000,
      100,
    );
    workers.push(await workerStarting);
    await sleep(500);
    await writers.stop();

    const down = writers.count('redis down');
    figures.set('score requests while Redis was down', down.requests);
    figures.set('score requests accepted while Redis was down', down.accepted);
    figures.set('score requests in all', writers.totals.requests);
    figures.set('score requests accepted in all', writers.totals.accepted);
    expect(writers.failures).toEqual([]);
    expect(down.requests).toBeGreaterThanOrEqual(5);
    expect(down.accepted).toBe(down.requests);

    // Every accepted write is what the judges' sheets hold now.
    const lost = await writers.lostWrites();
    figures.set('accepted score writes', writers.acceptedWrites);
    figures.set('lost score writes', lost.length);
    expect(lost).toEqual([]);
    const audit = await organizer.ok<{ ok: boolean; entries: number }>(
      'GET',
      `/api/contests/${scoring.contestId}/audit/verify`,
    );
    expect(audit.ok).toBe(true);

    // The compute queued before the fault completes (its job came back from the database).
    const runs = await eventually(
      () => runsOf(organizer, big.contestId),
      (r) => r.some((run) => run.runId === queued.body.runId && run.status === 'DONE'),
      60000,
    );
    expect(runs.filter((r) => r.status !== 'DONE')).toEqual([]);
    const rows = await resultRows(organizer, big.contestId, queued.body.runId);
    const expected = expectedBigResults(big);
    expect(rows).toHaveLength(BIG);
    for (const row of rows) expect(essentials(row)).toEqual(expected.get(row.registrationId));
    figures.set('run queued before the fault', `DONE, ${rows.length} rows as expected`);
    // Redis came back empty: the worker put the queued work back from the database.
    expect(workers[0].log).toMatch(/job\(s\) recorded in the database but missing from Redis/);
    const imported = await eventually(
      () =>
        organizer.request<{ status: string; result: { created: number } | null }>(
          'GET',
          `/api/contests/${registering}/registrations/imports/${upload.body.importId}`,
        ),
      (i) => i.body.status === 'DONE' || i.body.status === 'FAILED',
      60000,
    );
    expect(imported.body.status).toBe('DONE');
    expect(imported.body.result?.created).toBe(ROSTER_ROWS);
    figures.set('roster import queued before the fault', `DONE, ${ROSTER_ROWS} created`);

    // And the one refused during the fault is accepted and computed now.
    const again = await organizer.request<{ runId: number }>(
      'POST',
      `/api/contests/${small.contestId}/results/compute`,
    );
    expect(again.status).toBe(202);
    await eventually(
      () => runsOf(organizer, small.contestId),
      (r) => r.length === 1 && r[0].status === 'DONE',
      30000,
    );
  });

  it('completes a results run that was being computed when Redis went down', async () => {
    // A time used changes the run's fingerprint (so this is a new run) but no rank: all differ.
    await organizer.ok('PUT', `/api/contests/${big.contestId}/times`, {
      entries: [{ code: big.contestants[0].code, seconds: 1234 }],
    });
    const clean = (await runsOf(organizer, big.contestId)).find((r) => r.status === 'DONE')!;
    const asked = await organizer.request<{ runId: number; jobId: string }>(
      'POST',
      `/api/contests/${big.contestId}/results/compute`,
    );
    expect(asked.status).toBe(202);
    expect(asked.body.runId).not.toBe(clean.runId);

    // Hold SQLite's write lock: the job stops at its next write, in flight.
    const probe = await SqliteProbe.open(join(env.DATA_DIR, 'contest.sqlite'));
    try {
      await probe.exec('BEGIN IMMEDIATE');
      const [run] = await probe.all<{ status: string }>(
        'SELECT status FROM result_runs WHERE id = ?',
        [asked.body.runId],
      );
      expect(['QUEUED', 'RUNNING']).toContain(run.status);
      await eventually(
        () => organizer.request<{ state: string }>('GET', `/api/jobs/${asked.body.jobId}`),
        (j) => j.body.state === 'active',
        20000,
        100,
      );
      await redis.stop();
      figures.add('faults injected');
      figures.set('run in flight when Redis stopped', `${asked.body.runId} (${run.status})`);
      await sleep(1000);
      await probe.exec('COMMIT');
    } finally {
      await probe.close();
    }
    // The job goes on with Redis down; then Redis returns, empty.
    await sleep(1500);
    await redis.start();

    await eventually(
      () => runsOf(organizer, big.contestId),
      (r) => r.some((run) => run.runId === asked.body.runId && run.status === 'DONE'),
      60000,
    );
    const faulted = await resultRows(organizer, big.contestId, asked.body.runId);
    const reference = await resultRows(organizer, big.contestId, clean.runId);
    expect(faulted).toHaveLength(BIG);
    expect(faulted.map(essentials)).toEqual(reference.map(essentials));
    const expected = expectedBigResults(big);
    for (const row of faulted) expect(essentials(row)).toEqual(expected.get(row.registrationId));
    figures.set(
      'run in flight during the fault',
      `DONE, ${faulted.length} rows equal to a clean run`,
    );
    figures.set('lost runs', 0);
    // The API, too, is connected again (until then it answers 503 QUEUE_UNAVAILABLE).
    await eventually(
      () => call(api.url, 'GET', '/health'),
      (h) => h.status === 200,
      20000,
      100,
    );
  });

  it('completes certificate issuing in another worker when one is killed, each exactly once', async () => {
    const contest = certified;
    const { runId } = await organizer.ok<{ runId: number }>(
      'POST',
      `/api/contests/${contest.contestId}/results/compute`,
    );
    await eventually(
      () => runsOf(organizer, contest.contestId),
      (runs) => runs.some((r) => r.runId === runId && r.status === 'DONE'),
      60000,
    );
    await organizer.ok('POST', `/api/contests/${contest.contestId}/results/publish`, { runId });
    const dir = join(env.DATA_DIR, 'certificates', String(contest.competitionId));
    const files = (suffix: string): string[] => {
      try {
        return readdirSync(dir).filter((f) => f.endsWith(suffix));
      } catch {
        return [];
      }
    };
    const { jobId } = await organizer.ok<{ jobId: string }>(
      'POST',
      `/api/contests/${contest.contestId}/certificates/issue`,
      { participation: true },
    );

    // Kill the worker once part of the PDFs are drawn.
    await eventually(
      () => Promise.resolve(files('.pdf').length),
      (n) => n >= 20,
      60000,
      50,
    );
    const killed = await workers[workers.length - 1].stop('SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    workerFigures.add('faults injected');
    const drawnAtKill = files('.pdf').length;
    workerFigures.set('PDFs drawn when the worker was killed', `${drawnAtKill} of ${CERTIFICATES}`);
    expect(drawnAtKill).toBeLessThan(CERTIFICATES);
    const probe = await SqliteProbe.open(join(env.DATA_DIR, 'contest.sqlite'));
    try {
      // The issue step is one transaction: all the records, or none.
      const issued = await probe.count(
        "SELECT count(*) AS n FROM certificates WHERE contest_id = ? AND status = 'ISSUED'",
        [contest.contestId],
      );
      expect([0, CERTIFICATES]).toContain(issued);
      workerFigures.set('certificate records when killed', issued);
    } finally {
      await probe.close();
    }

    const killedAt = Date.now();
    workers.push(await ProductProcess.jobRunner(env));
    const job = await eventually(
      () => organizer.request<{ state: string; result?: unknown }>('GET', `/api/jobs/${jobId}`),
      (j) => j.body.state === 'completed' || j.body.state === 'failed',
      90000,
    );
    expect(job.body).toMatchObject({ state: 'completed' });
    workerFigures.set('taken over and completed after (ms)', Date.now() - killedAt);
    workerFigures.set('second attempt reported', JSON.stringify(job.body.result));

    const certificates = await organizer.ok<Certificate[]>(
      'GET',
      `/api/contests/${contest.contestId}/certificates`,
    );
    const valid = certificates.filter((c) => c.status === 'ISSUED');
    expect(certificates).toHaveLength(CERTIFICATES); // nothing revoked, nothing twice
    expect(valid.filter((c) => c.kind === 'TITLE')).toHaveLength(TITLES);
    expect(valid.filter((c) => c.kind === 'PARTICIPATION')).toHaveLength(CERTIFIED);
    // One valid certificate per registration and kind.
    expect(new Set(valid.map((c) => `${c.registrationId}:${c.kind}`)).size).toBe(CERTIFICATES);
    expect(new Set(valid.map((c) => c.code)).size).toBe(CERTIFICATES);
    // Serials unique and contiguous: REDIS26-CNC-0001 … -0215.
    const numbers = valid
      .map((c) => {
        expect(c.serial).toMatch(/^REDIS26-CNC-\d{4}$/);
        return Number(c.serial.slice(-4));
      })
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: CERTIFICATES }, (_, i) => i + 1));

    // Every PDF is on disk and whole (a killed write leaves only a .part file, never a torn PDF).
    const pdfs = new Set(files('.pdf'));
    for (const c of valid) {
      expect(pdfs.has(`${c.serial}.pdf`)).toBe(true);
      const pdf = readFileSync(join(dir, `${c.serial}.pdf`));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.subarray(-16).toString()).toContain('%%EOF');
    }
    workerFigures.set(
      'certificates',
      `${valid.length} valid, serials 1–${numbers.length} contiguous`,
    );
    workerFigures.set('PDFs present and whole', pdfs.size);
    workerFigures.set('partial files left by the killed worker', files('.part').length);
    workerFigures.set('lost or duplicated certificates', 0);
  });
  it('issues certificates asked for before Redis came back empty: the request is kept in the database', async () => {
    const contest = small; // computed in the first test
    const [run] = await runsOf(organizer, contest.contestId);
    expect(run.status).toBe('DONE');
    await organizer.ok('PATCH', `/api/contests/${contest.contestId}`, { status: 'REVIEW' });
    await organizer.ok('POST', `/api/contests/${contest.contestId}/results/publish`, {
      runId: run.runId,
    });
    const titles = (await resultRows(organizer, contest.contestId, run.runId)).filter(
      (r) => r.title !== null,
    ).length;
    expect(titles).toBeGreaterThan(0);

    // No worker runs: the job waits in Redis, and Redis loses it.
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGTERM')));
    const { jobId } = await organizer.ok<{ jobId: string }>(
      'POST',
      `/api/contests/${contest.contestId}/certificates/issue`,
      {},
    );
    const waiting = await organizer.ok<{ state: string }>('GET', `/api/jobs/${jobId}`);
    expect(waiting.state).toBe('waiting');
    await redis.stop();
    await redis.start();
    await eventually(
      () => call(api.url, 'GET', '/health'),
      (h) => h.status === 200,
      20000,
      100,
    );
    const gone = await organizer.request<{ code: string }>('GET', `/api/jobs/${jobId}`);
    expect([gone.status, gone.body.code]).toEqual([404, 'JOB_NOT_FOUND']);
    figures.set('certificate job lost with Redis before it ran', 'yes (404 JOB_NOT_FOUND)');

    // A worker starting puts the request back under the same job id, and issues them once.
    const worker = await ProductProcess.jobRunner(env);
    workers.push(worker);
    const job = await eventually(
      () => organizer.request<{ state: string }>('GET', `/api/jobs/${jobId}`),
      (j) => j.body.state === 'completed' || j.body.state === 'failed',
      60000,
    );
    expect(job.body.state).toBe('completed');
    const certificates = await organizer.ok<Certificate[]>(
      'GET',
      `/api/contests/${contest.contestId}/certificates`,
    );
    expect(certificates.filter((c) => c.kind === 'TITLE' && c.status === 'ISSUED')).toHaveLength(
      titles,
    );
    expect(certificates).toHaveLength(titles);
    expect(worker.log).toMatch(/job\(s\) recorded in the database but missing from Redis/);
    figures.set('certificates issued after Redis returned empty', `${titles} of ${titles}`);
  });
});
