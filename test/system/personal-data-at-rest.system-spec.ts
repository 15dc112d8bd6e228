import { ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { maleId, femaleId, withWrongCheckDigit } from '../factories/id-numbers';
import { publishedContest } from '../factories/published-contest';
import { register, setStatus } from '../factories/registration-api';
import { scheme30x70 } from '../factories/schemes';
import { SetupApi } from '../factories/setup-api';
import { freePort, ThrowawayRedis } from '../support/redis-server';
import { ADMIN } from '../support/test-environment';
import { call, clusterEnvironment, jobCompleted, signIn } from './support/cluster';
import { cliRun } from './support/fault-kit';

/*
 * Issue 15, item 6: personal data at rest, played through real processes (the API and a worker
 * from the sources, at LOG_LEVEL=info, every line of their output kept) and the data directory:
 * registrations with ID numbers and phones, searches by ID-number digits and by phone in query
 * strings, an ID number in a path, the public look-ups, an objection, a roster import with bad
 * rows, certificates drawn by the worker, `npm run backup`, and `npm run restore` of a backup
 * without its report (refused, then forced). Then:
 * - no ID number or phone of the test data, and no search term, appears in any log line;
 * - every file under DATA_DIR is 0600 and every folder 0700, though the test left DATA_DIR 0755
 *   and a file in it 0644 before the start (and the test runner's umask is the usual 022).
 */

const ROOT = join(__dirname, '..', '..');
const PHONE = '13912345678';
const ROSTER_PHONE = '13698765432';
const BAD_ROW_PHONE = '15011112222';

/** A product process whose whole output is kept (the tests read every line). */
class LoggedProcess {
  output = '';
  readonly exited: Promise<number | null>;

  constructor(
    readonly child: ChildProcess,
    readonly port: number | null,
  ) {
    const keep = (chunk: Buffer) => (this.output += chunk.toString());
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(
    entry: 'main.ts' | 'job-runner.ts',
    env: Record<string, string>,
    port: number | null,
  ) {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join('src', entry)],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '/tmp',
          ...env,
          ...(port ? { PORT: String(port) } : {}),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return new LoggedProcess(child, port);
  }

  async waitUntil(ready: () => Promise<boolean>, what: string, timeoutMs = 120000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.child.exitCode !== null) throw new Error(`exited while starting:\n${this.output}`);
      if (await ready().catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${what} not ready in ${timeoutMs} ms:\n${this.output}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Every file and folder under `dir` (links included as themselves), with its mode. */
function walk(dir: string): Array<{ path: string; folder: boolean; mode: number }> {
  const found: Array<{ path: string; folder: boolean; mode: number }> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    found.push({ path, folder: stat.isDirectory(), mode: stat.mode & 0o777 });
    if (stat.isDirectory()) found.push(...walk(path));
  }
  return found;
}

describe('Personal data at rest: logs and file modes (issue 15, item 6)', () => {
  let redis: ThrowawayRedis;
  let env: Record<string, string>;
  let api: LoggedProcess;
  let worker: LoggedProcess;
  /** What the commands printed (backup, restore). */
  let commandOutput = '';
  /** Every ID number and phone the test handed to the service. */
  const secrets: string[] = [PHONE, ROSTER_PHONE, BAD_ROW_PHONE];

  beforeAll(async () => {
    redis = new ThrowawayRedis(await freePort());
    await redis.start();
    env = clusterEnvironment(redis.url, {
      LOG_LEVEL: 'info',
      // The worker draws the certificates and runs the jobs, so its files and logs are checked too.
      QUEUE_PROCESSORS_IN_API: 'false',
      PUBLIC_LOOKUP_RATE_LIMIT: '1000',
    });
    // As an older version or a careless copy may have left them.
    chmodSync(env.DATA_DIR, 0o755);
    writeFileSync(join(env.DATA_DIR, 'notes.txt'), 'left open', { mode: 0o644 });
    chmodSync(join(env.DATA_DIR, 'notes.txt'), 0o644);

    api = LoggedProcess.start('main.ts', env, await freePort());
    const base = `http://127.0.0.1:${api.port}`;
    await api.waitUntil(async () => (await fetch(`${base}/health`)).status < 600, 'API');
    worker = LoggedProcess.start('job-runner.ts', env, null);
    await worker.waitUntil(
      () => Promise.resolve(worker.output.includes('Job runner ready')),
      'job runner',
    );
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
    await redis?.stop();
    if (env?.DATA_DIR) rmSync(env.DATA_DIR, { recursive: true, force: true });
  });

  it('handles ID numbers and phones through every path that might log them', async () => {
    const base = `http://127.0.0.1:${api.port}`;
    const http = request(base);
    const organizer = `Bearer ${await signIn(base, ADMIN.username, ADMIN.password)}`;
    const login = async (username: string, password: string) =>
      `Bearer ${await signIn(base, username, password)}`;

    // A published contest (registrations, scores, results) whose people have ID numbers.
    const published = await publishedContest(
      http,
      organizer,
      login,
      [
        ['王五', 90],
        ['赵六', 80],
      ],
      { competitionCode: 'PD2026' },
    );
    for (const { idNumber } of published.people.values()) secrets.push(idNumber);

    // A contest open for registration: one worker with a phone, entered by hand.
    const setup = new SetupApi(http, organizer);
    const unit = await setup.unit('PD-U2', '个人信息测试单位');
    const open = (
      await setup.contest(published.competitionId, {
        tradeId: await setup.tradeId('ECOM'),
        scheme: scheme30x70(),
      })
    ).id;
    await setStatus(http, organizer, open, 'REGISTRATION');
    const sun = maleId(451);
    secrets.push(sun);
    await register(http, organizer, open, {
      name: '孙七',
      idNumber: sun,
      phone: PHONE,
      unitId: unit.id,
    });

    // Staff searches in the query string: ID-number digits, a whole ID number, a phone.
    for (const q of [sun.slice(-6), sun, PHONE, '孙七']) {
      const res = await http
        .get(`/api/contests/${open}/registrations?q=${encodeURIComponent(q)}&page=1`)
        .set('authorization', organizer);
      expect(res.status).toBe(200);
    }
    // An ID number where an id belongs (a mistake, or a probe).
    const probe = await http.get(`/api/registrations/${sun}`).set('authorization', organizer);
    expect(probe.status).toBeGreaterThanOrEqual(400);

    // The public look-ups, and an objection with a wrong ID number.
    const [wang] = [...published.people.values()];
    for (const path of ['/api/public/results/lookup', '/api/public/certificates/lookup']) {
      const res = await call(base, 'POST', path, { name: '王五', idNumber: wang.idNumber });
      // Found or not (the look-up's own rules are tested elsewhere): the ID number travelled.
      expect([200, 404]).toContain(res.status);
    }
    const wrongId = femaleId(452);
    secrets.push(wrongId);
    const objection = await call(
      base,
      'POST',
      `/api/public/contests/${published.contestId}/objections`,
      { name: '王五', idNumber: wrongId, text: '我的成绩有误，请复核' },
    );
    expect(objection.status).toBeGreaterThanOrEqual(400);
    expect(objection.status).toBeLessThan(500);

    // A roster with a good row and bad ones (wrong check digit; unknown unit), phones in them.
    const good = maleId(453);
    const bad = withWrongCheckDigit(maleId(454));
    const unknownUnit = femaleId(455);
    secrets.push(good, bad, unknownUnit);
    const roster = [
      '姓名,身份证号,手机,单位代码',
      `周八,${good},${ROSTER_PHONE},PD-U2`,
      `吴九,${bad},${BAD_ROW_PHONE},PD-U2`,
      `郑十,${unknownUnit},,NO-SUCH-UNIT`,
    ].join('\n');
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(`${roster}\n`, 'utf8')]), 'roster.csv');
    const imported = await fetch(`${base}/api/contests/${open}/registrations/import`, {
      method: 'POST',
      headers: { authorization: organizer },
      body: form,
    });
    const report = (await imported.json()) as { created?: number; rejected?: unknown[] };
    expect({ status: imported.status, created: report.created }).toEqual({
      status: 200,
      created: 1,
    });
    expect(report.rejected).toHaveLength(2);

    // Certificates drawn by the worker.
    const issue = await http
      .post(`/api/contests/${published.contestId}/certificates/issue`)
      .set('authorization', organizer)
      .send({ participation: true });
    expect(issue.status).toBe(202);
    await jobCompleted(
      base,
      organizer.slice('Bearer '.length),
      (issue.body as { jobId: string }).jobId,
    );
    const pdfs = readdirSync(
      join(env.DATA_DIR, 'certificates', String(published.competitionId)),
    ).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(2);
  });

  it('backs up; refuses to restore a backup without its report unless --force', async () => {
    const backup = await cliRun('backup', [], env);
    commandOutput += backup.stdout + backup.stderr;
    expect({ code: backup.code, stderr: backup.stderr }).toEqual({ code: 0, stderr: '' });
    const dir = join(env.DATA_DIR, 'backups');
    const [name] = readdirSync(dir).filter((f) => /^contest-.*\.sqlite$/.test(f));
    const unreported = join(dir, 'without-report.sqlite');
    copyFileSync(join(dir, name), unreported);

    const refused = await cliRun('restore', [unreported], env);
    commandOutput += refused.stdout + refused.stderr;
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('has no report beside it');
    expect(refused.stderr).toContain('--force');

    // Forced: with the service stopped, as a restore needs.
    await worker.stop();
    await api.stop();
    const forced = await cliRun('restore', [unreported, '--force'], env);
    commandOutput += forced.stdout + forced.stderr;
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('restoring it unchecked (--force)');
    expect(forced.stdout).toContain("row counts equal the backup's report: no report found");
  });

  it('kept no ID number, phone or search term in any log line', () => {
    const logs = `${api.output}\n${worker.output}\n${commandOutput}`;
    // The logs are there (LOG_LEVEL=info): a line per request, the job runner's jobs.
    expect(api.output).toContain('request completed');
    expect(api.output).toContain('/registrations?q=[redacted]&page=1');
    expect(worker.output).toContain('Job runner ready');
    for (const secret of secrets) {
      expect({ secret, inLogs: logs.includes(secret) }).toEqual({ secret, inLogs: false });
    }
    // Whatever the search was (six digits of an ID number, a name), its value is masked.
    expect(logs).not.toMatch(/[?&]q=(?!\[redacted\])/);
    expect(logs).not.toContain('孙七');
  });

  it('left every file under DATA_DIR 0600 and every folder 0700', () => {
    expect(statSync(env.DATA_DIR).mode & 0o777).toBe(0o700);
    const entries = walk(env.DATA_DIR);
    // The database (and its -wal/-shm while it was open), the JWT secret, the backups with their
    // reports and the kept file, the certificate PDFs and their folders.
    const names = entries.map((e) => e.path.slice(env.DATA_DIR.length + 1));
    expect(names).toEqual(
      expect.arrayContaining([
        'contest.sqlite',
        'jwt-secret',
        'backups',
        'certificates',
        'notes.txt',
        expect.stringMatching(/^backups\/contest-.*\.sqlite\.json$/),
        expect.stringMatching(/^backups\/before-restore-.*\.sqlite$/),
        expect.stringMatching(/^certificates\/\d+\/.*\.pdf$/),
      ]),
    );
    const loose = entries
      .filter((e) => e.mode !== (e.folder ? 0o700 : 0o600))
      .map((e) => `${e.path} ${e.mode.toString(8)}`);
    expect(loose).toEqual([]);
    expect(api.output).toMatch(/made owner-only.*notes\.txt \(was 0644\)/);
  });
});
