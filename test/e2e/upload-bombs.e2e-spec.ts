/**
 * Zip bombs and upload loops, played over HTTP against both upload routes (roster import and
 * score-file import), with the memory of this process (the app runs in it) measured throughout.
 */
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { idNumber } from '../factories/id-numbers';
import { register, setStatus } from '../factories/registration-api';
import { scheme30x70 } from '../factories/schemes';
import { SetupApi } from '../factories/setup-api';
import { BOMB_PARTS, xlsxBomb, type BombPart } from '../factories/xlsx-bombs';
import { startApp, type E2eApp } from '../support/e2e-app';
import { freePort } from '../support/redis-server';

const GiB = 1024 * 1024 * 1024;
const MB = 1000 * 1000;

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
}

/** The highest RSS seen while `work` runs, sampled every 10 ms, against the RSS before it. */
async function rssGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growth: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

/** A small real workbook with a roster header and a score-file header, one row each. */
async function smallWorkbook(header: string[], row: unknown[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('表').addRows([header, row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('Zip bombs over HTTP: refused with a code in seconds, memory flat, service healthy', () => {
  let e2e: E2eApp;
  let organizer: string;
  let rosterContest: number;
  let scoreContest: number;
  const routes: Record<'roster' | 'scores', { path: () => string; code: string; base: Buffer }> = {
    roster: {
      path: () => `/api/contests/${rosterContest}/registrations/import`,
      code: 'ROSTER_TOO_LARGE',
      base: Buffer.alloc(0),
    },
    scores: {
      path: () => `/api/contests/${scoreContest}/scores/import`,
      code: 'SCORE_FILE_TOO_LARGE',
      base: Buffer.alloc(0),
    },
  };

  beforeAll(async () => {
    e2e = await startApp();
    organizer = await e2e.login();
    const setup = new SetupApi(e2e.http, organizer);
    const unit = await setup.unit('FX', '阜新市总工会');
    const competition = await setup.competition();
    const contest = async (trade: string) =>
      (
        await setup.contest(competition.id, {
          tradeId: await setup.tradeId(trade),
          scheme: scheme30x70(),
        })
      ).id;
    rosterContest = await contest('ECOM');
    await setStatus(e2e.http, organizer, rosterContest, 'REGISTRATION');
    scoreContest = await contest('WELD');
    await setStatus(e2e.http, organizer, scoreContest, 'REGISTRATION');
    const grader = (await setup.user('grader', 'JUDGE')).id;
    await e2e.http
      .post(`/api/contests/${scoreContest}/judges`)
      .set('authorization', organizer)
      .send({ userId: grader, criteria: ['exam'] });
    await register(e2e.http, organizer, scoreContest, {
      name: '张三',
      idNumber: idNumber(1),
      unitId: unit.id,
    });
    await setStatus(e2e.http, organizer, scoreContest, 'SCORING');
    await e2e.http
      .post(`/api/contests/${scoreContest}/registrations/decisions`)
      .set('authorization', organizer)
      .send({ status: 'APPROVED', allPending: true });
    const draw = await e2e.http
      .post(`/api/contests/${scoreContest}/draw`)
      .set('authorization', organizer)
      .send({});
    expect(draw.status).toBeLessThan(300);
    routes.roster.base = await smallWorkbook(
      ['姓名', '身份证号', '单位代码'],
      ['李四', idNumber(2), 'FX'],
    );
    routes.scores.base = await smallWorkbook(['加密号', '理论成绩'], ['A001', 88]);
  });

  const measured: string[] = [];

  afterAll(async () => {
    if (measured.length > 0) console.log(`zip bombs (answer, RSS growth):\n${measured.join('\n')}`);
    await e2e?.close();
  });

  const cases = (['roster', 'scores'] as const).flatMap((route) =>
    (Object.keys(BOMB_PARTS) as BombPart[]).flatMap((part) =>
      [false, true].map(
        (lie) => [route, part, lie ? 'lying about its size' : 'declaring it'] as const,
      ),
    ),
  );

  it.each(cases)('%s: 1 GiB in %s, %s', async (route, part, how) => {
    const { path, code, base } = routes[route];
    const bomb = await xlsxBomb(base, part, GiB, how === 'lying about its size');
    expect(bomb.length).toBeLessThan(5 * MB);
    const started = Date.now();
    const cpuBefore = process.cpuUsage();
    const { result: res, growth } = await rssGrowth(() =>
      e2e.http.post(path()).set('authorization', organizer).attach('file', bomb, 'bomb.xlsx'),
    );
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const elapsed = Date.now() - started;
    measured.push(
      `  ${route} ${part} ${how}: ${res.status} in ${elapsed} ms (CPU ${Math.round(cpuMs)} ms), ` +
        `+${(growth / MB).toFixed(1)} MB`,
    );
    // Also a roster lying that its parts are small, which unpacks (as declared) beyond
    // ROSTER_INLINE_MAX_BYTES: it is refused before it is queued, not by its job.
    expectError(res, 413, code);
    expect(res.body.details).toMatchObject({ details: { part, limit: 'partBytes' } });
    // CPU time of this process (the API runs in it), not wall time, which a busy machine
    // stretches (13 s of it once, beside other suites): a lying sheet has at most its 32 MiB limit
    // inflated and parsed, the gigabyte 32 times that.
    expect(cpuMs).toBeLessThan(8_000);
    expect(growth).toBeLessThan(300 * 1024 * 1024);
    const health = await e2e.http.get('/health');
    expect(health.status).toBe(200);
  });

  it('still imports the real files afterwards', async () => {
    const res = await e2e.http
      .post(routes.roster.path())
      .set('authorization', organizer)
      .attach('file', routes.roster.base, 'r.xlsx');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ totalRows: 1, created: 1, rejected: [] });
  });
});

describe('Uploads are limited per account, across routes and API processes', () => {
  const prefix = `uploads_${process.pid}_${Date.now()}`;
  const settings = {
    UPLOAD_RATE_LIMIT: '3',
    UPLOAD_RATE_WINDOW_SECONDS: '60',
    // Both processes count in the same Redis under the same prefix and share the secret the
    // counters' keys are derived from, as a deployment's processes do.
    QUEUE_PREFIX: prefix,
    JWT_SECRET: 'Up7lQ2vX9kR4mZ8wN3bT6yH1cJ5dF0sG',
  };
  let first: E2eApp;
  let second: E2eApp;

  beforeAll(async () => {
    first = await startApp(settings);
    second = await startApp(settings);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('answers 429 TOO_MANY_UPLOADS with Retry-After once an account has used its uploads', async () => {
    // Two fresh databases: the administrator is user 1 in both, as one account behind two processes.
    const admin = await first.login();
    const adminThere = await second.login();
    const setup = new SetupApi(first.http, admin);
    await setup.user('other', 'ORGANIZER');
    const other = await first.login('other', 'other-password');
    const post = (app: E2eApp, auth: string, path: string) =>
      app.http.post(path).set('authorization', auth).attach('file', Buffer.from('x'), 'r.csv');

    // Refused uploads count too: looping bombs is what the limit is for.
    expect((await post(first, admin, '/api/contests/999/registrations/import')).status).toBe(404);
    expect((await post(first, admin, '/api/contests/999/scores/import')).status).toBe(404);
    expect((await post(second, adminThere, '/api/contests/999/scores/import')).status).toBe(404);
    for (const [app, path] of [
      [first, '/api/contests/999/registrations/import'],
      [second, '/api/contests/999/scores/import'],
    ] as const) {
      const res = await post(app, app === first ? admin : adminThere, path);
      expectError(res, 429, 'TOO_MANY_UPLOADS');
      const retryAfter = Number(res.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(res.body.details).toMatchObject({ limit: 3, windowSeconds: 60 });
    }
    // Another account has its own budget.
    expect((await post(first, other, '/api/contests/999/registrations/import')).status).toBe(404);
  });
});

describe('Uploads are limited per account while Redis is away', () => {
  let e2e: E2eApp;

  beforeAll(async () => {
    // Nothing listens on this port: every process counts on its own, and still counts.
    e2e = await startApp({
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      UPLOAD_RATE_LIMIT: '2',
    });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('counts in the process', async () => {
    const admin = await e2e.login();
    const post = () =>
      e2e.http
        .post('/api/contests/999/registrations/import')
        .set('authorization', admin)
        .attach('file', Buffer.from('x'), 'r.csv');
    expect((await post()).status).toBe(404);
    expect((await post()).status).toBe(404);
    const refused = await post();
    expectError(refused, 429, 'TOO_MANY_UPLOADS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
