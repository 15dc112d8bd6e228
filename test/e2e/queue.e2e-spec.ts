import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { eventually, startApp, type E2eApp } from '../support/e2e-app';
import { freePort, ThrowawayRedis } from '../support/redis-server';
import { databases } from '../support/e2e-databases';

interface JobBody {
  state: string;
  progress: unknown;
  result?: { database: string; walBytesBefore?: number; walBytesAfter?: number };
}

async function waitForJob(t: E2eApp, auth: string, jobId: string): Promise<JobBody> {
  return eventually(async () => {
    const res = await t.http.get(`/api/jobs/${jobId}`).set('authorization', auth);
    const body = res.body as JobBody;
    return res.status === 200 && body.state === 'completed' ? body : undefined;
  }, 15000);
}

describe.each(databases)('queue on %s: jobs run through Bull processors', (name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let t: E2eApp;
  let auth: string;
  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    t = await startApp(db.overrides);
    auth = await t.login();
  });
  afterAll(async () => {
    await t?.close();
    await dropDatabase();
  });

  it('runs a queued job in the API process and reports its state and result', async () => {
    const res = await t.http.post('/api/maintenance/optimize-database').set('authorization', auth);
    expect(res.status).toBe(202);
    const { jobId } = res.body as { jobId: string };
    expect(jobId).toMatch(/^maintenance:optimize-\d{12}$/);
    const job = await waitForJob(t, auth, jobId);
    expect(job.progress).toBe(100);
    // SQLite truncates its write-ahead log; PostgreSQL has no such file and only runs ANALYZE.
    expect(job.result).toEqual(
      name === 'sqlite'
        ? {
            database: 'sqlite',
            walBytesBefore: expect.any(Number),
            walBytesAfter: 0,
            ms: expect.any(Number),
          }
        : { database: 'postgres', ms: expect.any(Number) },
    );
  });

  it('treats a repeated request as the same job (deterministic job id)', async () => {
    const first = await t.http
      .post('/api/maintenance/optimize-database')
      .set('authorization', auth);
    const second = await t.http
      .post('/api/maintenance/optimize-database')
      .set('authorization', auth);
    // Both fall in the same minute unless the clock ticked over between them.
    const firstId = (first.body as { jobId: string }).jobId;
    const secondId = (second.body as { jobId: string }).jobId;
    if (firstId.slice(-12) === secondId.slice(-12)) expect(secondId).toBe(firstId);
    await waitForJob(t, auth, secondId);
  });

  it('answers 404 JOB_NOT_FOUND for an unknown or malformed job id', async () => {
    for (const id of ['maintenance:nope', 'nosuchqueue:x', 'garbage']) {
      const res = await t.http.get(`/api/jobs/${id}`).set('authorization', auth);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('JOB_NOT_FOUND');
    }
  });
});

describe.each(databases)('queue on %s: Redis down at start, then back', (name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let t: E2eApp;
  let redis: ThrowawayRedis;
  beforeAll(async () => {
    redis = new ThrowawayRedis(await freePort());
    const db = await database();
    dropDatabase = db.drop;
    t = await startApp({ ...db.overrides, REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await t?.close();
    await dropDatabase();
    await redis?.stop();
  });

  it('starts and serves without Redis, says so on /health and refuses queued work with 503', async () => {
    const health = await t.http.get('/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'error', db: 'up', redis: 'down' });

    const auth = await t.login();
    const units = await t.http
      .post('/api/units')
      .set('authorization', auth)
      .send({ code: 'FED', name: '市总工会' });
    expect(units.status).toBe(201);

    const queued = await t.http
      .post('/api/maintenance/optimize-database')
      .set('authorization', auth);
    expect(queued.status).toBe(503);
    expect(queued.body.code).toBe('QUEUE_UNAVAILABLE');
  });

  it('reconnects when Redis comes back, and queued work then completes', async () => {
    await redis.start();
    await eventually(
      async () => ((await t.http.get('/health')).status === 200 ? true : undefined),
      15000,
    );
    const auth = await t.login();
    const res = await t.http.post('/api/maintenance/optimize-database').set('authorization', auth);
    expect(res.status).toBe(202);
    const job = await waitForJob(t, auth, (res.body as { jobId: string }).jobId);
    expect(job.result?.database).toBe(name);
  });
});

describe.each(databases)('queue on %s: a separate job runner process', (name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let t: E2eApp;
  let runner: ChildProcess | undefined;
  let runnerOutput = '';
  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    t = await startApp({ ...db.overrides, QUEUE_PROCESSORS_IN_API: 'false' });
  });
  afterAll(async () => {
    if (runner && runner.exitCode === null) {
      const exited = new Promise((r) => runner?.once('exit', r));
      runner.kill('SIGTERM');
      await exited;
    }
    await t?.close();
    await dropDatabase();
  });

  it('leaves jobs waiting while no job runner runs, and a started job runner processes them', async () => {
    const auth = await t.login();
    const res = await t.http.post('/api/maintenance/optimize-database').set('authorization', auth);
    expect(res.status).toBe(202);
    const jobId = (res.body as { jobId: string }).jobId;
    await new Promise((r) => setTimeout(r, 500));
    const waiting = await t.http.get(`/api/jobs/${jobId}`).set('authorization', auth);
    expect(waiting.body.state).toBe('waiting');

    runner = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join('src', 'job-runner.ts')],
      {
        cwd: join(__dirname, '..', '..'),
        env: {
          ...process.env,
          DATA_DIR: t.env.DATA_DIR,
          DATABASE_URL: t.env.DATABASE_URL ?? '',
          REDIS_URL: t.env.REDIS_URL,
          QUEUE_PREFIX: t.env.QUEUE_PREFIX,
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    runner.stdout?.on('data', (c: Buffer) => (runnerOutput += c.toString()));
    runner.stderr?.on('data', (c: Buffer) => (runnerOutput += c.toString()));

    // A job runner starts from the sources through ts-node: ~8 s alone, far more on a busy machine.
    const job = await eventually(async () => {
      const r = await t.http.get(`/api/jobs/${jobId}`).set('authorization', auth);
      return r.body.state === 'completed' ? (r.body as JobBody) : undefined;
    }, 60000).catch((error: Error) => {
      throw new Error(`${error.message}\njob runner said:\n${runnerOutput}`);
    });
    expect(job.result?.database).toBe(name);
    expect(runnerOutput).toContain('Job runner ready');
  }, 90000);
});
