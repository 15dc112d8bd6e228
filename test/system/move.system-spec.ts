import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { idNumber } from '../factories/id-numbers';
import { SINGLE_SCORE_SCHEME } from '../factories/published-contest';
import { personName } from '../factories/people';
import { freePort, ThrowawayRedis } from '../support/redis-server';
import { ADMIN, freshPostgresDatabase, postgresUrl } from '../support/test-environment';
import {
  call,
  clusterEnvironment,
  jobCompleted,
  ProductProcess,
  signIn,
  upload,
} from './support/cluster';

/*
 * `npm run db:move` (issue 9, item 1): a competition built through the API on SQLite (published,
 * with certificates, a correction that revoked and reissued some), the API stopped, the database
 * moved to PostgreSQL, an API started on it: the rankings, a certificate's verification and the
 * audit verification answer exactly as before, and nothing was lost (the command's own checks).
 */

const CONTESTANTS = 24;
const ROOT = join(__dirname, '..', '..');

const pgBase = postgresUrl();
if (!pgBase) {
  console.log(
    'move system spec skipped: TEST_DATABASE_URL is not set (it needs a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/test)',
  );
}
const describeOnPostgres = pgBase ? describe : describe.skip;

/** `npm run db:move -- …` (src/cli/main.ts, from the sources); its exit status and output. */
function dbMove(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const cli = ['-r', 'ts-node/register/transpile-only', join('src', 'cli', 'main.ts')];
    const child = spawn(process.execPath, [...cli, 'db:move', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

interface Observed {
  rankings: unknown;
  results: unknown;
  certificates: Array<{ serial: string; code: string; status: string }>;
  verifyIssued: unknown;
  verifyRevoked: unknown;
  audit: { ok: boolean; entries: number };
}

describeOnPostgres('Moving a competition from SQLite to PostgreSQL (npm run db:move)', () => {
  let redis: ThrowawayRedis;
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let databaseUrl = '';
  let env: Record<string, string> = {};
  const processes: ProductProcess[] = [];
  let competitionId = 0;
  let contestId = 0;
  let before: Observed;
  let postgresApi: ProductProcess;

  const get = async <T = unknown>(base: string, path: string, token?: string): Promise<T> => {
    const res = await call<T>(base, 'GET', path, undefined, token);
    if (res.status !== 200)
      throw new Error(`GET ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const send = async <T = unknown>(
    base: string,
    method: string,
    path: string,
    body: unknown,
    token: string,
  ): Promise<T> => {
    const res = await call<T>(base, method, path, body, token);
    if (res.status < 200 || res.status > 299)
      throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  /** What the public and the organizer see of the competition. */
  const observe = async (base: string, organizer: string): Promise<Observed> => {
    const certificates = await get<Observed['certificates']>(
      base,
      `/api/contests/${contestId}/certificates`,
      organizer,
    );
    const issued = certificates.find((c) => c.status === 'ISSUED')!;
    const revoked = certificates.find((c) => c.status === 'REVOKED')!;
    return {
      rankings: await get(
        base,
        `/api/public/competitions/${competitionId}/rankings?contestId=${contestId}`,
      ),
      results: await get(base, `/api/contests/${contestId}/results`, organizer),
      certificates,
      verifyIssued: await get(base, `/api/public/certificates/${issued.code}`),
      verifyRevoked: await get(base, `/api/public/certificates/${revoked.code}`),
      audit: await get(base, `/api/contests/${contestId}/audit/verify`, organizer),
    };
  };

  beforeAll(async () => {
    redis = new ThrowawayRedis(await freePort());
    await redis.start();
    const database = await freshPostgresDatabase();
    dropDatabase = database.drop;
    databaseUrl = database.url;
    env = clusterEnvironment(redis.url);
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await redis?.stop();
    await dropDatabase();
    if (env.DATA_DIR) rmSync(env.DATA_DIR, { recursive: true, force: true });
  });

  it('builds a published competition with certificates on SQLite, then stops the API', async () => {
    const api = await ProductProcess.api(env);
    processes.push(api);
    const base = api.url;
    const organizer = await signIn(base, ADMIN.username, ADMIN.password);
    // A unit tree (the units table refers to itself) and people.
    const city = await send<{ id: number }>(
      base,
      'POST',
      '/api/units',
      { code: 'MV', name: '阜新市总工会' },
      organizer,
    );
    const district = await send<{ id: number }>(
      base,
      'POST',
      '/api/units',
      { code: 'MV-HZ', name: '海州区总工会', parentId: city.id },
      organizer,
    );
    await send(
      base,
      'POST',
      '/api/units',
      { code: 'MV-HZ-01', name: '海州区第一机械厂工会', parentId: district.id },
      organizer,
    );
    const judgeId = (
      await send<{ id: number }>(
        base,
        'POST',
        '/api/users',
        { username: 'judge', password: 'judge-password', displayName: '裁判', role: 'JUDGE' },
        organizer,
      )
    ).id;
    const chiefId = (
      await send<{ id: number }>(
        base,
        'POST',
        '/api/users',
        { username: 'chief', password: 'chief-password', displayName: '裁判长', role: 'JUDGE' },
        organizer,
      )
    ).id;
    competitionId = (
      await send<{ id: number }>(
        base,
        'POST',
        '/api/competitions',
        {
          code: 'MV2017',
          name: '2017年阜新市职工职业技能大赛',
          year: 2017,
          issuingBody: '阜新市总工会',
        },
        organizer,
      )
    ).id;
    const trades = await get<Array<{ id: number; code: string }>>(base, '/api/trades', organizer);
    contestId = (
      await send<{ id: number }>(
        base,
        'POST',
        `/api/competitions/${competitionId}/contests`,
        { tradeId: trades.find((t) => t.code === 'LATHE')!.id, scheme: SINGLE_SCORE_SCHEME },
        organizer,
      )
    ).id;
    await send(base, 'PATCH', `/api/contests/${contestId}`, { status: 'REGISTRATION' }, organizer);
    const lines = ['姓名,身份证号,单位代码,手机'];
    for (let i = 0; i < CONTESTANTS; i++)
      lines.push(
        `${personName(i)},${idNumber(1 + i, '19880808')},MV-HZ-01,1380000${String(1000 + i)}`,
      );
    const roster = await upload<{ created: number }>(
      base,
      `/api/contests/${contestId}/registrations/import`,
      Buffer.from(lines.join('\n')),
      '报名表.csv',
      organizer,
    );
    expect(roster).toMatchObject({ status: 200, body: { created: CONTESTANTS } });
    await send(base, 'POST', `/api/contests/${contestId}/judges`, { userId: judgeId }, organizer);
    await send(
      base,
      'POST',
      `/api/contests/${contestId}/judges`,
      { userId: chiefId, chief: true },
      organizer,
    );
    await send(base, 'PATCH', `/api/contests/${contestId}`, { status: 'SCORING' }, organizer);
    await send(
      base,
      'POST',
      `/api/contests/${contestId}/registrations/decisions`,
      { status: 'APPROVED', allPending: true },
      organizer,
    );
    await send(base, 'POST', `/api/contests/${contestId}/draw`, {}, organizer);
    const rows = await get<Array<{ code: string; worker: { name: string } }>>(
      base,
      `/api/contests/${contestId}/registrations?sort=station`,
      organizer,
    );
    const judge = await signIn(base, 'judge', 'judge-password');
    const chief = await signIn(base, 'chief', 'chief-password');
    await send(
      base,
      'PUT',
      `/api/contests/${contestId}/scores`,
      {
        entries: rows.map((r, i) => ({
          code: r.code,
          criterionKey: 'task',
          points: 55 + ((i * 7) % 45) + 0.5,
        })),
      },
      judge,
    );
    await send(base, 'POST', `/api/contests/${contestId}/scores/confirm`, {}, chief);
    await send(base, 'PATCH', `/api/contests/${contestId}`, { status: 'REVIEW' }, organizer);
    const computeAndPublish = async () => {
      const { runId, jobId } = await send<{ runId: number; jobId: string }>(
        base,
        'POST',
        `/api/contests/${contestId}/results/compute`,
        undefined,
        organizer,
      );
      await jobCompleted(base, organizer, jobId);
      await send(base, 'POST', `/api/contests/${contestId}/results/publish`, { runId }, organizer);
      return runId;
    };
    await computeAndPublish();
    const { jobId } = await send<{ jobId: string }>(
      base,
      'POST',
      `/api/contests/${contestId}/certificates/issue`,
      { participation: true },
      organizer,
    );
    await jobCompleted(base, organizer, jobId);
    // A correction after publication, as the two-person rule allows it: the worker objects, the
    // organizer upholds it, the chief judge corrects and the organizer confirms the correction.
    // The new run's publication revokes and reissues the certificates it changes (the job is
    // queued by the publication).
    const index = Array.from({ length: CONTESTANTS }, (_, i) => i).find(
      (i) => personName(i) === rows[0].worker.name,
    )!;
    const objection = await send<{ objectionId: number }>(
      base,
      'POST',
      `/api/public/contests/${contestId}/objections`,
      {
        name: rows[0].worker.name,
        idNumber: idNumber(1 + index, '19880808'),
        text: '请复核实操成绩',
      },
      '',
    );
    await send(
      base,
      'PATCH',
      `/api/objections/${objection.objectionId}`,
      { decision: 'UPHELD', response: '复核更正' },
      organizer,
    );
    await send(
      base,
      'PUT',
      `/api/contests/${contestId}/scores`,
      {
        entries: [{ code: rows[0].code, criterionKey: 'task', points: 99.75, judgeId }],
        reason: '申诉复核',
      },
      chief,
    );
    await send(base, 'POST', `/api/contests/${contestId}/scores/confirm`, {}, organizer);
    const runId = await computeAndPublish();
    await jobCompleted(base, organizer, `certificates:certificates-${contestId}-run-${runId}-all`);

    before = await observe(base, organizer);
    expect(before.audit.ok).toBe(true);
    expect(before.certificates.filter((c) => c.status === 'REVOKED').length).toBeGreaterThan(0);
    expect(before.verifyRevoked).toMatchObject({ valid: false, status: 'REVOKED' });
    expect(await api.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });

  it('moves it with `npm run db:move`, verified table by table, and refuses to move onto it again', async () => {
    const from = join(env.DATA_DIR, 'contest.sqlite');
    const moved = await dbMove(['--from', from, '--to', databaseUrl]);
    expect(moved.output).toContain('moved and verified');
    expect(moved.code).toBe(0);
    // ID numbers and phones moved as ciphertexts, checked to open with the source's key.
    expect(moved.output).toMatch(
      new RegExp(
        `personal data: ${CONTESTANTS} workers' ID numbers and phones moved encrypted; they open with key [0-9a-f]{16}`,
      ),
    );
    // The command never prints the password of the URL it was given.
    const password = new URL(databaseUrl).password;
    if (password) expect(moved.output).not.toContain(password);
    const perTable = Object.fromEntries(
      [...moved.output.matchAll(/^(\w+)\s+(\d+)\s+\d+\s+([0-9a-f]{16}) = ([0-9a-f]{16})$/gm)].map(
        (m) => {
          expect(m[3]).toBe(m[4]);
          return [m[1], Number(m[2])];
        },
      ),
    );
    expect(perTable).toMatchObject({
      units: 3,
      registrations: CONTESTANTS,
      scores: CONTESTANTS,
      certificates: expect.any(Number),
      audit_log: expect.any(Number),
    });
    // Counted independently on the target: what the command says it moved is there.
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      for (const [table, rows] of Object.entries(perTable)) {
        const counted = await db.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${table}"`);
        expect([table, Number(counted.rows[0].n)]).toEqual([table, rows]);
      }
    } finally {
      await db.end();
    }
    console.log(
      `db:move figures: ${JSON.stringify({ tables: Object.keys(perTable).length, rows: Object.values(perTable).reduce((n, r) => n + r, 0), perTable })}`,
    );
    // The command's own report (rows per table, checksums), as the CI log should show it.
    console.log(`npm run db:move output:\n${moved.output.replace(databaseUrl, '<target>')}`);

    // The same command again refuses the now full target; meanwhile an API starts on it.
    const [again, api] = await Promise.all([
      dbMove(['--from', from, '--to', databaseUrl]),
      ProductProcess.api({ ...env, DATABASE_URL: databaseUrl }),
    ]);
    processes.push(api);
    postgresApi = api;
    expect(again.code).toBe(3);
    expect(again.output).toContain('refused (TARGET_NOT_EMPTY)');
  });

  it('answers the same on PostgreSQL: rankings, certificate verification, audit verification', async () => {
    const api = postgresApi;
    // The organizer's password hash moved with the users.
    const organizer = await signIn(api.url, ADMIN.username, ADMIN.password);
    const after = await observe(api.url, organizer);
    expect(after).toEqual(before);
    // The certificate PDFs stay in DATA_DIR: still served.
    const pdf = await fetch(`${api.url}/api/certificates/${before.certificates[0].serial}/pdf`, {
      headers: { authorization: `Bearer ${organizer}` },
    });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // New rows take fresh ids: the sequences continue after the moved rows.
    const unit = await send<{ id: number }>(
      api.url,
      'POST',
      '/api/units',
      { code: 'MV-XH', name: '细河区总工会' },
      organizer,
    );
    expect(unit.id).toBe(4);
    expect(await api.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });
});
