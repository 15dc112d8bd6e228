import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { runMigrationsExclusively } from '../../src/database/migrate';
import { MIGRATIONS } from '../../src/database/migrations';
import { idNumber } from '../factories/id-numbers';
import { personName } from '../factories/people';
import { freePort, ThrowawayRedis } from '../support/redis-server';
import { ADMIN, freshPostgresDatabase, postgresUrl } from '../support/test-environment';
import {
  call,
  clusterEnvironment,
  eventually,
  jobCompleted,
  type JobState,
  ProductProcess,
  signIn,
  startTogether,
  upload,
} from './support/cluster';

/*
 * Several processes against one PostgreSQL database and one Redis (issue 9, items 1–2): two API
 * processes (QUEUE_PROCESSORS_IN_API=false) started together on an empty database, two job-runner
 * processes, a competition run end to end with the requests spread over both APIs, then SIGTERM
 * to an API with requests in flight and to workers in the middle of a job.
 *
 * Contestants per contest: SCALE_OUT_CONTESTANTS (default 80; the participation certificates
 * of one contest are the "long" job the workers are stopped in the middle of).
 */

const CONTESTANTS = Number(process.env.SCALE_OUT_CONTESTANTS ?? 80);
/** Rows of the roster uploaded to an API just before it gets SIGTERM (imported inline). */
const ROSTER_ROWS = 2000;

const pgBase = postgresUrl();
if (!pgBase) {
  console.log(
    'scale-out system spec skipped: TEST_DATABASE_URL is not set (it needs a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/test)',
  );
}
const describeOnPostgres = pgBase ? describe : describe.skip;

const SCHEME = {
  parts: [
    {
      key: 'practical',
      name: '实操',
      weight: 100,
      criteria: [
        { key: 'task', name: '实操作业', maxPoints: 100, kind: 'MEASUREMENT', method: 'MEAN' },
      ],
    },
  ],
};

/** Points given by both judges to the i-th contestant: 50.00–99.75, most of them distinct. */
const pointsOf = (i: number): number => 50 + ((i * 37) % 50) + (i % 4) * 0.25;

type Certificate = {
  serial: string;
  code: string;
  kind: string;
  title: string | null;
  registrationId: number;
  status: string;
};

/** One API process, counting the requests sent to it. */
class Api {
  requests = 0;
  constructor(
    readonly name: string,
    readonly proc: ProductProcess,
  ) {}

  async req<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<{ status: number; body: T }> {
    this.requests++;
    return call<T>(this.proc.url, method, path, body, token);
  }

  /** A roster upload (multipart). */
  async upload<T = unknown>(path: string, content: Buffer, token: string) {
    this.requests++;
    return upload<T>(this.proc.url, path, content, 'roster.csv', token);
  }

  /** A request that must answer 2xx; returns the body. */
  async ok<T = unknown>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
    const res = await this.req<T>(method, path, body, token);
    if (res.status < 200 || res.status > 299)
      throw new Error(
        `${this.name}: ${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`,
      );
    return res.body;
  }
}

function rosterCsv(rows: number, name: (i: number) => string, id: (i: number) => string): Buffer {
  const lines = ['姓名,身份证号,单位代码'];
  for (let i = 0; i < rows; i++) lines.push(`${name(i)},${id(i)},SO-01`);
  return Buffer.from(lines.join('\n'));
}

/** Certificate files of a competition: serial → whether the file is a whole PDF. */
function pdfFiles(dataDir: string, competitionId: number): Map<string, boolean> {
  const dir = join(dataDir, 'certificates', String(competitionId));
  const files = new Map<string, boolean>();
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return files;
  }
  for (const name of names) {
    if (!name.endsWith('.pdf')) continue;
    const bytes = readFileSync(join(dir, name));
    const whole =
      bytes.subarray(0, 5).toString() === '%PDF-' &&
      bytes.subarray(-1024).toString('latin1').includes('%%EOF');
    files.set(name.slice(0, -'.pdf'.length), whole);
  }
  return files;
}

describeOnPostgres('Scale-out on PostgreSQL: two APIs, two workers, graceful shutdown', () => {
  let redis: ThrowawayRedis;
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let databaseUrl = '';
  let env: Record<string, string> = {};
  const processes: ProductProcess[] = [];
  let a: Api;
  let b: Api;
  let workers: ProductProcess[] = [];
  let db: Client;
  let organizer = '';
  let competitionId = 0;
  const contests: number[] = [];
  let rosterContest = 0;
  const figures: Record<string, unknown> = {};

  const track = (started: ProductProcess[]) => {
    processes.push(...started);
    return started;
  };

  const certificates = async (contestId: number) =>
    a.ok<Certificate[]>('GET', `/api/contests/${contestId}/certificates`, undefined, organizer);

  /** Every certificate of the contest once, serials 0001…n with no gap, codes unique. */
  const expectExactlyOnce = (list: Certificate[]) => {
    const issued = list.filter((c) => c.status === 'ISSUED');
    const keys = issued.map((c) => `${c.registrationId}:${c.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    const seqs = list.map((c) => Number(c.serial.split('-').pop())).sort((x, y) => x - y);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(new Set(list.map((c) => c.serial)).size).toBe(list.length);
    expect(new Set(list.map((c) => c.code)).size).toBe(list.length);
    return issued.length;
  };

  beforeAll(async () => {
    redis = new ThrowawayRedis(await freePort());
    await redis.start();
    const database = await freshPostgresDatabase();
    dropDatabase = database.drop;
    databaseUrl = database.url;
    env = clusterEnvironment(redis.url, {
      DATABASE_URL: databaseUrl,
      QUEUE_PROCESSORS_IN_API: 'false',
    });
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await db?.end();
    await redis?.stop();
    await dropDatabase();
    if (env.DATA_DIR) rmSync(env.DATA_DIR, { recursive: true, force: true });
    console.log(`scale-out figures: ${JSON.stringify(figures)}`);
  });

  it('migrates one empty database from two connections at once: with the lock both succeed', async () => {
    /** Two data sources on one fresh database, migrating at the same moment. */
    const race = async (migrate: (ds: DataSource) => Promise<unknown>) => {
      const database = await freshPostgresDatabase();
      const sources = [0, 1].map(
        () =>
          new DataSource({
            ...buildDataSourceOptions({
              DATABASE_URL: database.url,
              DATA_DIR: env.DATA_DIR,
              SQLITE_BUSY_TIMEOUT_MS: 5000,
            }),
            logging: false,
          }),
      );
      try {
        await Promise.all(sources.map((ds) => ds.initialize()));
        const outcomes = await Promise.allSettled(sources.map((ds) => migrate(ds)));
        const names = await sources[0].query<Array<{ name: string }>>(
          'SELECT name FROM migrations ORDER BY id',
        );
        return {
          failed: outcomes.filter((o) => o.status === 'rejected').length,
          applied: names.map((n) => n.name),
        };
      } finally {
        await Promise.all(sources.map((ds) => ds.destroy()));
        await database.drop();
      }
    };
    const locked = await race((ds) => runMigrationsExclusively(ds));
    expect(locked).toEqual({ failed: 0, applied: MIGRATIONS.map((m) => new m().name) });
    // For comparison, TypeORM alone (what the API did before): one of the two usually fails.
    const unlocked = await race((ds) => ds.runMigrations({ transaction: 'all' }));
    figures.migrationRace = { lockedFailures: locked.failed, unlockedFailures: unlocked.failed };
  });

  it('starts two API processes together on an empty database: one migrates, the other waits', async () => {
    const started = Date.now();
    const [first, second] = track(
      await startTogether([() => ProductProcess.api(env), () => ProductProcess.api(env)]),
    );
    a = new Api('api-1', first);
    b = new Api('api-2', second);
    const applied = await db.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    expect(applied.rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    // Both answer, and the first organizer exists once, whichever API created it.
    for (const api of [a, b]) expect((await api.req('GET', '/health')).status).toBe(200);
    const admins = await db.query('SELECT id FROM users WHERE username = $1', [ADMIN.username]);
    expect(admins.rowCount).toBe(1);
    // The workers: one stops with the default grace, one sends its jobs back after 100 ms.
    workers = track(
      await startTogether([
        () => ProductProcess.jobRunner(env),
        () => ProductProcess.jobRunner({ ...env, SHUTDOWN_GRACE_MS: '100' }),
      ]),
    );
    figures.processes = { api: 2, worker: 2, startMs: Date.now() - started };
  });

  it('runs a competition end to end over both APIs with no duplicate job effects', async () => {
    organizer = await signIn(a.proc.url, ADMIN.username, ADMIN.password);
    // A token from one API is good on the other (one JWT secret in the shared DATA_DIR).
    const organizerOnB = await signIn(b.proc.url, ADMIN.username, ADMIN.password);
    expect((await a.req('GET', '/api/units', undefined, organizerOnB)).status).toBe(200);

    await a.ok<{ id: number }>(
      'POST',
      '/api/units',
      { code: 'SO-01', name: '阜新市第一机械厂' },
      organizer,
    );
    const users: Record<string, number> = {};
    for (const [i, username] of ['judge-1', 'judge-2', 'chief'].entries()) {
      const api = i % 2 ? a : b;
      users[username] = (
        await api.ok<{ id: number }>(
          'POST',
          '/api/users',
          {
            username,
            password: `${username}-password`,
            displayName: username,
            role: 'JUDGE',
          },
          organizer,
        )
      ).id;
    }
    competitionId = (
      await b.ok<{ id: number }>(
        'POST',
        '/api/competitions',
        {
          code: 'SO2017',
          name: '2017年阜新市职工职业技能大赛',
          year: 2017,
          issuingBody: '阜新市总工会',
        },
        organizer,
      )
    ).id;
    const trades = await a.ok<Array<{ id: number; code: string }>>(
      'GET',
      '/api/trades',
      undefined,
      organizer,
    );
    const tradeId = (code: string) => trades.find((t) => t.code === code)!.id;
    for (const [i, code] of ['LATHE', 'WELD', 'ELEC'].entries()) {
      const api = i % 2 ? b : a;
      const contest = await api.ok<{ id: number }>(
        'POST',
        `/api/competitions/${competitionId}/contests`,
        { tradeId: tradeId(code), scheme: SCHEME },
        organizer,
      );
      await api.ok('PATCH', `/api/contests/${contest.id}`, { status: 'REGISTRATION' }, organizer);
      if (i < 2) contests.push(contest.id);
      else rosterContest = contest.id;
    }

    // Registration: each contest's roster through a different API, both at once.
    const rosters = await Promise.all(
      contests.map((contestId, k) =>
        (k ? b : a).upload<{ created: number; rejected: unknown[] }>(
          `/api/contests/${contestId}/registrations/import`,
          rosterCsv(
            CONTESTANTS,
            (i) => personName(k * 1000 + i),
            (i) => idNumber(1 + i, `1990010${k + 1}`),
          ),
          organizer,
        ),
      ),
    );
    for (const r of rosters)
      expect(r).toMatchObject({ status: 200, body: { created: CONTESTANTS, rejected: [] } });

    const judges = {
      one: await signIn(a.proc.url, 'judge-1', 'judge-1-password'),
      two: await signIn(b.proc.url, 'judge-2', 'judge-2-password'),
      chief: await signIn(a.proc.url, 'chief', 'chief-password'),
    };
    for (const [k, contestId] of contests.entries()) {
      const api = k ? b : a;
      const other = k ? a : b;
      await api.ok(
        'POST',
        `/api/contests/${contestId}/judges`,
        { userId: users['judge-1'] },
        organizer,
      );
      await other.ok(
        'POST',
        `/api/contests/${contestId}/judges`,
        { userId: users['judge-2'] },
        organizer,
      );
      await api.ok(
        'POST',
        `/api/contests/${contestId}/judges`,
        { userId: users.chief, chief: true },
        organizer,
      );
      await other.ok('PATCH', `/api/contests/${contestId}`, { status: 'SCORING' }, organizer);
      await api.ok(
        'POST',
        `/api/contests/${contestId}/registrations/decisions`,
        { status: 'APPROVED', allPending: true },
        organizer,
      );
      await other.ok('POST', `/api/contests/${contestId}/draw`, {}, organizer);
    }

    // Two judges score at once, in batches of 30 sent alternately to both APIs: the score writes
    // and audit appends of one contest come from two processes at the same time.
    let batches = 0;
    const scoreContest = async (contestId: number) => {
      const rows = await a.ok<Array<{ code: string }>>(
        'GET',
        `/api/contests/${contestId}/registrations?sort=station`,
        undefined,
        organizer,
      );
      const sends: Array<Promise<unknown>> = [];
      for (const [j, token] of [judges.one, judges.two].entries()) {
        for (let start = 0; start < rows.length; start += 30) {
          const api = (start / 30 + j) % 2 ? b : a;
          const entries = rows.slice(start, start + 30).map((r, i) => ({
            code: r.code,
            criterionKey: 'task',
            points: pointsOf(start + i),
          }));
          batches++;
          sends.push(api.ok('PUT', `/api/contests/${contestId}/scores`, { entries }, token));
        }
      }
      await Promise.all(sends);
    };
    await Promise.all(contests.map(scoreContest));
    for (const [k, contestId] of contests.entries()) {
      const confirm = await (k ? b : a).ok<{ confirmed: number }>(
        'POST',
        `/api/contests/${contestId}/scores/confirm`,
        {},
        judges.chief,
      );
      expect(confirm.confirmed).toBe(CONTESTANTS);
      await (k ? a : b).ok('PATCH', `/api/contests/${contestId}`, { status: 'REVIEW' }, organizer);
    }

    // Compute, asked on both APIs at once (a double click that reaches two processes): one run.
    const runs: number[] = [];
    for (const contestId of contests) {
      const asked = await Promise.all(
        [a, b, a, b].map((api) =>
          api.req<{ runId: number; jobId: string }>(
            'POST',
            `/api/contests/${contestId}/results/compute`,
            undefined,
            organizer,
          ),
        ),
      );
      for (const res of asked) expect(res.status).toBe(202);
      expect(new Set(asked.map((r) => r.body.runId)).size).toBe(1);
      expect(new Set(asked.map((r) => r.body.jobId)).size).toBe(1);
      await jobCompleted(b.proc.url, organizer, asked[0].body.jobId);
      runs.push(asked[0].body.runId);
    }
    for (const [k, contestId] of contests.entries()) {
      await (k ? b : a).ok(
        'POST',
        `/api/contests/${contestId}/results/publish`,
        { runId: runs[k] },
        organizer,
      );
    }

    // Certificates, asked twice at once through both APIs (one job), then again (a second job
    // that finds nothing to do).
    for (const contestId of contests) {
      const asked = await Promise.all(
        [a, b].map((api) =>
          api.ok<{ jobId: string }>(
            'POST',
            `/api/contests/${contestId}/certificates/issue`,
            {},
            organizer,
          ),
        ),
      );
      expect(asked[0].jobId).toBe(asked[1].jobId);
      await jobCompleted(a.proc.url, organizer, asked[0].jobId);
      const again = await b.ok<{ jobId: string }>(
        'POST',
        `/api/contests/${contestId}/certificates/issue`,
        {},
        organizer,
      );
      const report = await jobCompleted(b.proc.url, organizer, again.jobId);
      expect(report.result).toMatchObject({ issued: 0, revoked: 0, drawn: 0 });
    }

    // What the jobs left: one run per contest with one row per contestant, one certificate per
    // title, serials without gaps, and an audit chain that verifies on either API.
    let titles = 0;
    for (const [k, contestId] of contests.entries()) {
      const runRows = await db.query<{ n: string }>(
        'SELECT COUNT(*) AS n FROM result_runs WHERE contest_id = $1',
        [contestId],
      );
      expect(Number(runRows.rows[0].n)).toBe(1);
      const results = await a.ok<Array<{ registrationId: number; title: string | null }>>(
        'GET',
        `/api/contests/${contestId}/results?runId=${runs[k]}`,
        undefined,
        organizer,
      );
      expect(results).toHaveLength(CONTESTANTS);
      expect(new Set(results.map((r) => r.registrationId)).size).toBe(CONTESTANTS);
      const list = await certificates(contestId);
      const issued = expectExactlyOnce(list);
      const titled = results.filter((r) => r.title !== null);
      expect(issued).toBe(titled.length);
      expect(new Set(list.map((c) => c.registrationId))).toEqual(
        new Set(titled.map((r) => r.registrationId)),
      );
      titles += issued;
      for (const api of [a, b]) {
        const verify = await api.ok<{ ok: boolean; entries: number }>(
          'GET',
          `/api/contests/${contestId}/audit/verify`,
          undefined,
          organizer,
        );
        expect(verify.ok).toBe(true);
        expect(verify.entries).toBeGreaterThanOrEqual(2 * CONTESTANTS);
      }
    }
    const duplicates = await db.query<{ n: string }>(
      `SELECT COUNT(*) AS n FROM (SELECT registration_id, kind FROM certificates
         WHERE status = 'ISSUED' GROUP BY registration_id, kind HAVING COUNT(*) > 1) d`,
    );
    expect(Number(duplicates.rows[0].n)).toBe(0);
    // Each job runner logs JSON lines (src/common/logger.ts): count its jobs' closing lines.
    const logged = (log: string, context: string, msg: RegExp) =>
      log
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { context?: string; msg?: string })
        .filter((line) => line.context === context && msg.test(line.msg ?? '')).length;
    const jobsByWorker = workers.map((w) => ({
      results: logged(w.log, 'Results', /rows in/),
      certificates: logged(w.log, 'Certificates', /^contest \d+:/),
    }));
    expect(jobsByWorker.reduce((n, w) => n + w.results, 0)).toBe(contests.length);
    expect(jobsByWorker.reduce((n, w) => n + w.certificates, 0)).toBe(2 * contests.length);
    Object.assign(figures, {
      contests: contests.length,
      contestants: CONTESTANTS * contests.length,
      scoreBatches: batches,
      requests: { 'api-1': a.requests, 'api-2': b.requests },
      resultRuns: contests.length,
      titleCertificates: titles,
      jobsByWorker,
      duplicates: 0,
    });
  });

  it('SIGTERM to an API: the requests in flight are answered, then it exits 0', async () => {
    const roster = rosterCsv(
      ROSTER_ROWS,
      (i) => personName(5000 + i),
      (i) => idNumber(1 + (i % 999), `1991030${1 + Math.floor(i / 999)}`),
    );
    const inFlight = [
      upload<{ created: number }>(
        b.proc.url,
        `/api/contests/${rosterContest}/registrations/import`,
        roster,
        'big-roster.csv',
        organizer,
      ).then((res) => ({ ...res, at: Date.now() })),
      ...Array.from({ length: 10 }, () =>
        call(b.proc.url, 'GET', `/api/contests/${contests[0]}/results`, undefined, organizer).then(
          (res) => ({ ...res, at: Date.now() }),
        ),
      ),
    ];
    b.requests += inFlight.length;
    await new Promise((r) => setTimeout(r, 150));
    const termAt = Date.now();
    b.proc.child.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    const exit = await b.proc.exited;
    const exitMs = Date.now() - termAt;
    expect(answers[0]).toMatchObject({ status: 200, body: { created: ROSTER_ROWS } });
    // The import was still running when SIGTERM came: it was answered all the same.
    expect(answers[0].at).toBeGreaterThan(termAt);
    for (const answer of answers.slice(1)) expect(answer.status).toBe(200);
    expect(exit).toEqual({ code: 0, signal: null });
    await expect(fetch(`${b.proc.url}/health`)).rejects.toThrow();
    // Nothing of the import is missing, read through the other API and in the database.
    const registered = await a.ok<unknown[]>(
      'GET',
      `/api/contests/${rosterContest}/registrations`,
      undefined,
      organizer,
    );
    expect(registered).toHaveLength(ROSTER_ROWS);
    const count = await db.query<{ n: string }>(
      'SELECT COUNT(*) AS n FROM registrations WHERE contest_id = $1',
      [rosterContest],
    );
    expect(Number(count.rows[0].n)).toBe(ROSTER_ROWS);
    figures.apiShutdown = {
      inFlight: inFlight.length,
      answered: answers.filter((x) => x.status === 200).length,
      importAnsweredMsAfterSigterm: answers[0].at - termAt,
      exitCode: exit.code,
      exitMs,
    };
  });

  /** Queues participation certificates and waits until the job is drawing PDFs. */
  const startDrawing = async (contestId: number): Promise<string> => {
    const { jobId } = await a.ok<{ jobId: string }>(
      'POST',
      `/api/contests/${contestId}/certificates/issue`,
      { participation: true },
      organizer,
    );
    await eventually(
      async () =>
        (await call<JobState>(a.proc.url, 'GET', `/api/jobs/${jobId}`, undefined, organizer)).body,
      (job) => job.state === 'active' && Number(job.progress) >= 25,
      60000,
      25,
    );
    return jobId;
  };

  it('SIGTERM to a job runner whose job outlasts its grace: the job goes back to the queue and another job runner completes it, once', async () => {
    const [patient, hasty] = workers;
    // An idle job runner stops at once.
    const idleAt = Date.now();
    expect(await patient.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    const idleStopMs = Date.now() - idleAt;
    expect(patient.log).toContain('Job runner stopped: 0 job(s) in hand finished');

    const contestId = contests[0];
    const jobId = await startDrawing(contestId);
    expect(await hasty.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(hasty.log).toContain('sent back to their queue');
    // No job runner is left: the job waits in its queue, its records issued, part of its PDFs drawn.
    const waiting = (
      await call<JobState>(a.proc.url, 'GET', `/api/jobs/${jobId}`, undefined, organizer)
    ).body;
    expect(['delayed', 'waiting']).toContain(waiting.state);
    const before = pdfFiles(env.DATA_DIR, competitionId);
    const list = await certificates(contestId);
    const issued = expectExactlyOnce(list);

    const [relief] = track([await ProductProcess.jobRunner(env)]);
    workers = [relief];
    const done = await jobCompleted(a.proc.url, organizer, jobId);
    const report = done.result as { issued: number; unchanged: number; drawn: number };
    // The records were issued by the first attempt; the second issues nothing and draws the rest.
    expect(report.issued).toBe(0);
    expect(report.unchanged).toBe(issued);
    const after = pdfFiles(env.DATA_DIR, competitionId);
    const current = await certificates(contestId);
    expect(current).toEqual(list);
    for (const c of current) expect(after.get(c.serial)).toBe(true);
    const drawnBefore = list.filter((c) => before.get(c.serial)).length;
    expect(drawnBefore + report.drawn).toBe(issued);
    expect(list.filter((c) => c.kind === 'PARTICIPATION')).toHaveLength(CONTESTANTS);
    figures.workerReturnedJob = {
      idleStopMs,
      certificates: issued,
      drawnBeforeStop: drawnBefore,
      drawnByOtherWorker: report.drawn,
      attempts: done.attempts,
      duplicates: 0,
    };
  });

  it('SIGTERM to a job runner in the middle of a job within its grace: the job finishes, then it exits 0', async () => {
    const [worker] = workers;
    const contestId = contests[1];
    const jobId = await startDrawing(contestId);
    const termAt = Date.now();
    expect(await worker.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    const stopMs = Date.now() - termAt;
    expect(worker.log).toContain('Job runner stopped: 1 job(s) in hand finished');
    // No job runner is left, and the job is complete: it finished before the process exited.
    const job = (
      await call<JobState>(a.proc.url, 'GET', `/api/jobs/${jobId}`, undefined, organizer)
    ).body;
    expect(job.state).toBe('completed');
    const list = await certificates(contestId);
    const issued = expectExactlyOnce(list);
    const files = pdfFiles(env.DATA_DIR, competitionId);
    for (const c of list) expect(files.get(c.serial)).toBe(true);
    figures.workerFinishedJob = {
      certificates: issued,
      stopMs,
      drawn: (job.result as { drawn: number }).drawn,
    };
  });
});
