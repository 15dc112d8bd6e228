import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { ResultsRepository } from '../../src/results/results.repository';
import { ResultsService } from '../../src/results/results.service';
import { PublicationSweeper } from '../../src/results/publication-sweeper';
import { femaleId, maleId } from '../factories/id-numbers';
import { register, setStatus } from '../factories/registration-api';
import { scheme30x70 } from '../factories/schemes';
import { SetupApi } from '../factories/setup-api';
import { eventually, startApp, type E2eApp } from '../support/e2e-app';
import { databases, tamper } from '../support/e2e-databases';
import { binary } from '../support/binary';

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
}

/** exam (0–100), accuracy (0–40), finish (0–30), safety mark (0–3) — the same from every judge. */
type Marks = [number, number, number, number];
const PEOPLE: Array<{
  key: string;
  name: string;
  marks: Marks | null;
  guest?: boolean;
  time?: number;
}> = [
  { key: 'A', name: '王建国', marks: [90, 38, 28, 3] }, // 0.3×90 + 0.7×96 = 94.20
  { key: 'B', name: '李秀英', marks: [80, 35, 25, 2], time: 3000 }, // 80.00, faster than C
  { key: 'C', name: '张伟', marks: [80, 35, 25, 2], time: 3600 }, // 80.00
  { key: 'D', name: '刘洋', marks: [70, 30, 20, 2] }, // 70.00
  { key: 'E', name: '陈静', marks: [50, 35, 25, 2] }, // 71.00, theory 50 < 60
  { key: 'F', name: '孙丽', marks: [100, 40, 30, 3], guest: true }, // 100.00, out of competition
  { key: 'G', name: '周强', marks: null }, // absent
];

describe.each(databases)(
  'Results over HTTP on %s: compute, review, publish, rankings, objections',
  (_name, database) => {
    let e2e: E2eApp;
    let dropDatabase: () => Promise<void> = () => Promise.resolve();
    let organizer: string;
    let chief: string;
    let contestId: number;
    let competitionId: number;
    const judge: string[] = [];
    const codeOf = new Map<string, string>();
    const idOf = new Map<string, string>();

    const compute = () =>
      e2e.http.post(`/api/contests/${contestId}/results/compute`).set('authorization', organizer);
    const waitForJob = (jobId: string) =>
      eventually(async () => {
        const res = await e2e.http.get(`/api/jobs/${jobId}`).set('authorization', organizer);
        const body = res.body as { state: string; result?: unknown };
        return body.state === 'completed' ? body : undefined;
      }, 15000);
    const results = async (runId: number) =>
      (
        await e2e.http
          .get(`/api/contests/${contestId}/results?runId=${runId}`)
          .set('authorization', organizer)
      ).body as Array<{
        name: string;
        rank: number | null;
        tied: boolean;
        guest: boolean;
        total: string | null;
        title: string | null;
        titleReason: string;
        titleDetail: string;
        attendance: string;
        parts: Array<{ key: string; score: string; passed: boolean | null }>;
      }>;
    const rankings = async (query = '') =>
      (await e2e.http.get(`/api/public/competitions/${competitionId}/rankings${query}`)).body as {
        items: Array<{
          name: string;
          rank: number | null;
          total: string | null;
          title: string | null;
          titleName: string | null;
        }>;
        total: number;
      };

    beforeAll(async () => {
      const db = await database();
      dropDatabase = db.drop;
      e2e = await startApp(db.overrides);
      organizer = await e2e.login();
      const setup = new SetupApi(e2e.http, organizer);
      const unit = await setup.unit('FX001', '阜新市第一机械厂');
      competitionId = (await setup.competition()).id;
      contestId = (
        await setup.contest(competitionId, {
          tradeId: await setup.tradeId('LATHE'),
          scheme: scheme30x70(),
        })
      ).id;
      await setStatus(e2e.http, organizer, contestId, 'REGISTRATION');
      const registered = new Map<number, string>();
      for (const [i, p] of PEOPLE.entries()) {
        const idNumber = i % 2 ? femaleId(400 + i) : maleId(400 + i);
        idOf.set(p.key, idNumber);
        const r = await register(e2e.http, organizer, contestId, {
          name: p.name,
          idNumber,
          unitId: unit.id,
        });
        registered.set(r.id, p.key);
        if (p.guest) {
          await e2e.http
            .patch(`/api/registrations/${r.id}`)
            .set('authorization', organizer)
            .send({ outOfCompetition: true });
        }
      }
      const users: Record<string, number> = {};
      for (const name of ['grader', 'prac1', 'prac2', 'prac3', 'chief']) {
        users[name] = (await setup.user(name, 'JUDGE')).id;
      }
      const assign = (userId: number, body: object) =>
        e2e.http
          .post(`/api/contests/${contestId}/judges`)
          .set('authorization', organizer)
          .send({ userId, ...body });
      await assign(users.grader, { criteria: ['exam'] });
      for (const j of ['prac1', 'prac2', 'prac3']) await assign(users[j], { parts: ['practical'] });
      await assign(users.chief, { chief: true });
      for (const j of ['grader', 'prac1', 'prac2', 'prac3'])
        judge.push(await e2e.login(j, `${j}-password`));
      chief = await e2e.login('chief', 'chief-password');
      await setStatus(e2e.http, organizer, contestId, 'SCORING');
      await e2e.http
        .post(`/api/contests/${contestId}/registrations/decisions`)
        .set('authorization', organizer)
        .send({ status: 'APPROVED', allPending: true });
      await e2e.http
        .post(`/api/contests/${contestId}/draw`)
        .set('authorization', organizer)
        .send({});
      const rows = (
        await e2e.http
          .get(`/api/contests/${contestId}/registrations`)
          .set('authorization', organizer)
      ).body as Array<{
        id: number;
        code: string;
      }>;
      for (const r of rows) codeOf.set(registered.get(r.id)!, r.code);

      await e2e.http
        .put(`/api/contests/${contestId}/attendance`)
        .set('authorization', chief)
        .send({ entries: [{ code: codeOf.get('G'), attendance: 'ABSENT' }] });
      const scored = PEOPLE.filter((p) => p.marks);
      await e2e.http
        .put(`/api/contests/${contestId}/scores`)
        .set('authorization', judge[0])
        .send({
          entries: scored.map((p) => ({
            code: codeOf.get(p.key),
            criterionKey: 'exam',
            points: p.marks![0],
          })),
        });
      for (const j of judge.slice(1)) {
        const res = await e2e.http
          .put(`/api/contests/${contestId}/scores`)
          .set('authorization', j)
          .send({
            entries: scored.flatMap((p) => [
              { code: codeOf.get(p.key), criterionKey: 'accuracy', points: p.marks![1] },
              { code: codeOf.get(p.key), criterionKey: 'finish', points: p.marks![2] },
              { code: codeOf.get(p.key), criterionKey: 'safety', points: p.marks![3] },
            ]),
          });
        expect(res.status).toBe(200);
      }
      await e2e.http
        .put(`/api/contests/${contestId}/times`)
        .set('authorization', judge[1])
        .send({
          entries: PEOPLE.filter((p) => p.time).map((p) => ({
            code: codeOf.get(p.key),
            seconds: p.time,
          })),
        });
    });

    afterAll(async () => {
      await e2e?.close();
      await dropDatabase();
    });

    it('refuses to compute while scores are unconfirmed, with the exact counts', async () => {
      const res = await compute();
      expectError(res, 409, 'RESULTS_NOT_READY');
      expect(res.body.details).toMatchObject({
        unconfirmed: 24,
        groups: 24,
        missing: { count: 0 },
        flagged: { count: 0 },
      });
    });

    describe('once the chief judge has confirmed every score', () => {
      let runId: number;
      let jobId: string;

      beforeAll(async () => {
        const confirmed = await e2e.http
          .post(`/api/contests/${contestId}/scores/confirm`)
          .set('authorization', chief)
          .send({});
        expect(confirmed.body).toMatchObject({ confirmed: 24 });
        const res = await compute();
        expect(res.status).toBe(202);
        ({ runId, jobId } = res.body as { runId: number; jobId: string });
      });

      it('answers a double click with the same run and job', async () => {
        const again = await compute();
        expect(again.status).toBe(202);
        expect(again.body).toMatchObject({ runId, jobId });
        await waitForJob(jobId);
        const third = await compute();
        expect(third.body).toMatchObject({ runId, status: 'DONE' });
      });

      it('ranks on the exact total with the tie-break chain, and explains every title', async () => {
        await waitForJob(jobId);
        const rows = await results(runId);
        const byName = new Map(rows.map((r) => [r.name, r]));
        const line = (key: string) => {
          const r = byName.get(PEOPLE.find((p) => p.key === key)!.name)!;
          return [r.total, r.rank, r.tied, r.title, r.titleReason];
        };
        expect(line('A')).toEqual(['94.20', 1, false, 'CHAMPION', 'AWARDED']);
        expect(line('B')).toEqual(['80.00', 2, false, 'PACESETTER', 'AWARDED']);
        expect(line('C')).toEqual(['80.00', 3, false, 'PACESETTER', 'AWARDED']);
        expect(line('E')).toEqual(['71.00', 4, false, null, 'PART_NOT_PASSED']);
        expect(line('D')).toEqual(['70.00', 5, false, 'EXPERT', 'AWARDED']);
        expect(line('F')[0]).toBe('100.00');
        expect(line('F')[3]).toBeNull();
        expect(line('F')[4]).toBe('GUEST');
        expect(line('G')).toEqual([null, null, false, null, 'NOT_RANKED']);
        expect(byName.get('陈静')!.titleDetail).toMatch(/rank 4/);
        expect(byName.get('陈静')!.titleDetail).toMatch(/theory|理论/);
        expect(byName.get('陈静')!.parts).toEqual([
          { key: 'theory', name: '理论', score: '50.00', passed: false },
          { key: 'practical', name: '实操', score: '80.00', passed: true },
        ]);
        expect(rows[rows.length - 1].attendance).toBe('ABSENT');
      });

      it('leaves no half run when the job crashes part-way, and a retry writes the whole run', async () => {
        const repository = e2e.app.get(ResultsRepository);
        const service = e2e.app.get(ResultsService);
        const manager = repository.manager;
        const run = await e2e.app.get(UnitOfWork).run((m) =>
          repository.insertRun(m, {
            contestId,
            fingerprint: 'crash-test',
            requestedBy: 1,
            requestedAt: new Date(),
          }),
        );
        // On the class, not an instance: another module (rounds) has a ResultsRepository of its own.
        const real = ResultsRepository.prototype.insertRows;
        const spy = jest
          .spyOn(ResultsRepository.prototype, 'insertRows')
          .mockImplementation(async function (this: ResultsRepository, m, rows) {
            await real.call(this, m, rows.slice(0, 3)); // some rows are written…
            throw new Error('worker killed'); // …then the process dies inside the transaction
          });
        await expect(service.computeRun(run.id)).rejects.toThrow('worker killed');
        spy.mockRestore();
        const count = async () =>
          Number(
            (
              await manager.query<Array<{ n: number }>>(
                `SELECT COUNT(*) AS n FROM result_rows WHERE run_id = ${run.id}`,
              )
            )[0].n,
          );
        expect(await count()).toBe(0);
        expect((await repository.findRun(run.id))?.status).toBe('RUNNING');
        await service.computeRun(run.id);
        expect(await count()).toBe(PEOPLE.length);
        expect((await repository.findRun(run.id))?.status).toBe('DONE');
      });

      it('shows the public nothing until a run is published', async () => {
        expect(await rankings()).toMatchObject({ items: [], total: 0 });
        expectError(
          await e2e.http
            .post(`/api/contests/${contestId}/results/publish`)
            .set('authorization', organizer)
            .send({ runId }),
          409,
          'RESULTS_PUBLISH_WRONG_STAGE',
        );
      });

      describe('published', () => {
        beforeAll(async () => {
          // The chief judge closes scoring: every score is confirmed, so SCORING → REVIEW.
          const closed = await e2e.http
            .post(`/api/contests/${contestId}/scores/close`)
            .set('authorization', chief);
          expect(closed.status).toBe(200);
          expect(closed.body).toMatchObject({ contestId, status: 'REVIEW', confirmed: 24 });
          // The run computed before stays current (closing changes nothing a result depends on):
          // it is published as it is.
          const res = await e2e.http
            .post(`/api/contests/${contestId}/results/publish`)
            .set('authorization', organizer)
            .send({ runId });
          expect(res.status).toBe(200);
          expect(res.body.status).toBe('PUBLISHED');
          const days = (Date.parse(res.body.publicationEndsAt as string) - Date.now()) / 86_400_000;
          expect(days).toBeGreaterThan(4.99);
          expect(days).toBeLessThanOrEqual(5);
          const publication = await e2e.http
            .get(`/api/contests/${contestId}/results/publication`)
            .set('authorization', organizer);
          expect(publication.body).toEqual({
            contestId,
            status: 'PUBLISHED',
            publishedRunId: runId,
            publicationEndsAt: res.body.publicationEndsAt,
          });
        });

        it('records the chief judge closing scoring in the audit log, and takes no score after', async () => {
          const log = (
            await e2e.http
              .get(`/api/contests/${contestId}/audit?limit=5000`)
              .set('authorization', chief)
          ).body as Array<{ action: string; newValue: unknown }>;
          expect(log.filter((e) => e.action === 'SCORING_CLOSED')).toEqual([
            expect.objectContaining({
              newValue: { status: 'REVIEW', groups: 24, confirmed: 24 },
            }),
          ]);
          const late = await e2e.http
            .put(`/api/contests/${contestId}/scores`)
            .set('authorization', judge[0])
            .send({ entries: [{ code: codeOf.get('A'), criterionKey: 'exam', points: 1 }] });
          expect({ status: late.status, code: late.body.code }).toEqual({
            status: 409,
            code: 'SCORING_NOT_OPEN',
          });
        });

        it('serves the public rankings from the published run, without ID numbers', async () => {
          const all = await rankings();
          expect(all.total).toBe(7);
          expect(all.items[0]).toMatchObject({ name: '孙丽', total: '100.00', title: null });
          expect(all.items.find((i) => i.name === '王建国')).toMatchObject({
            rank: 1,
            title: 'CHAMPION',
            titleName: '技术状元',
          });
          const text = JSON.stringify(all);
          for (const id of idOf.values()) expect(text).not.toContain(id);
          for (const code of codeOf.values()) expect(text).not.toContain(code);
          expect((await rankings('?q=张伟')).items.map((i) => i.name)).toEqual(['张伟']);
          expect((await rankings('?q=第一机械厂&pageSize=2&page=2')).items).toHaveLength(2);
          const units = (await e2e.http.get(`/api/public/competitions/${competitionId}/units`))
            .body as Array<{
            unit: string;
            participants: number;
            titles: Record<string, number>;
          }>;
          expect(units).toEqual([
            {
              unit: '阜新市第一机械厂',
              participants: 7,
              titles: { CHAMPION: 1, PACESETTER: 2, EXPERT: 1 },
            },
          ]);
        });

        it('exports the posted (公示) layout per contest and for the competition', async () => {
          const load = async (path: string) => {
            const res = await e2e.http
              .get(path)
              .set('authorization', organizer)
              .buffer(true)
              .parse(binary);
            expect(res.status).toBe(200);
            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.load(res.body as ExcelJS.Buffer);
            return workbook;
          };
          const contest = await load(`/api/contests/${contestId}/results/export`);
          const sheet = contest.worksheets[0];
          expect(sheet.getRow(1).getCell(1).text).toMatch(/成绩公示$/);
          expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
            '名次',
            '姓名',
            '单位',
            '理论成绩',
            '实操成绩',
            '总成绩',
            // The tie-break's time used, shown because some contestants have one.
            '用时',
            '称号',
            '备注',
          ]);
          const lines = new Map<string, string[]>();
          sheet.eachRow((row, n) => {
            if (n > 2)
              lines.set(
                row.getCell(2).text,
                [1, 4, 5, 6, 7, 8, 9].map((c) => row.getCell(c).text),
              );
          });
          expect(lines.get('王建国')).toEqual(['1', '90.00', '96.00', '94.20', '', '技术状元', '']);
          // Equal totals, ranked by time used: 50:00 before 1:00:00.
          const rankTotalTime = (name: string) => [0, 3, 4].map((i) => lines.get(name)![i]);
          expect(rankTotalTime('李秀英')).toEqual(['2', '80.00', '50:00']);
          expect(rankTotalTime('张伟')).toEqual(['3', '80.00', '1:00:00']);
          expect(lines.get('陈静')![6]).toMatch(/理论/);
          expect(lines.get('周强')).toEqual(['', '', '', '', '', '', '缺考']);
          const all = await load(`/api/competitions/${competitionId}/results/export`);
          expect(all.worksheets.map((w) => w.name)).toEqual(['单位汇总', '车工']);
        });

        it('lets a worker see their own breakdown by name and ID number, and no one else’s', async () => {
          const own = await e2e.http
            .post('/api/public/results/lookup')
            .send({ name: '陈静', idNumber: idOf.get('E') });
          expect(own.status).toBe(200);
          expect(own.body[0]).toMatchObject({
            name: '陈静',
            rank: 4,
            total: '71.00',
            parts: [
              { name: '理论', score: '50.00', passed: false },
              { name: '实操', score: '80.00', passed: true },
            ],
          });
          // Why the title (here: why none), in Chinese first and in English for the switch.
          expect(own.body[0].titleDetail).toMatch(/理论/);
          expect(own.body[0].titleDetailEn).toMatch(/^[\x20-\x7e]+$/);
          expect(own.body[0].titleDetailEn).toMatch(/theory|pass/i);
          expectError(
            await e2e.http
              .post('/api/public/results/lookup')
              .send({ name: '张伟', idNumber: idOf.get('E') }),
            404,
            'CONTESTANT_NOT_FOUND',
          );
        });

        it('takes an objection, and a correction makes a new run without touching the published one', async () => {
          const objection = await e2e.http
            .post(`/api/public/contests/${contestId}/objections`)
            .send({ name: '刘洋', idNumber: idOf.get('D'), text: '实操尺寸精度评分有误，请复核' });
          expect(objection.status).toBe(201);
          expectError(
            await e2e.http
              .post(`/api/contests/${contestId}/results/finalize`)
              .set('authorization', organizer),
            409,
            'PUBLICATION_WINDOW_OPEN',
          );
          const decided = await e2e.http
            .patch(`/api/objections/${objection.body.objectionId}`)
            .set('authorization', organizer)
            .send({ decision: 'UPHELD', response: '经复核，尺寸精度改为 34 分' });
          expect(decided.body).toMatchObject({ status: 'UPHELD' });
          // The chief judge corrects the three judges' accuracy scores for D, with a reason.
          const users = (
            await e2e.http.get(`/api/contests/${contestId}/judges`).set('authorization', organizer)
          ).body as Array<{
            userId: number;
            criteria: string[];
          }>;
          const practical = users
            .filter((u) => u.criteria.includes('accuracy'))
            .map((u) => u.userId);
          const fix = await e2e.http
            .put(`/api/contests/${contestId}/scores`)
            .set('authorization', chief)
            .send({
              entries: practical.map((judgeId) => ({
                code: codeOf.get('D'),
                criterionKey: 'accuracy',
                points: 34,
                judgeId,
              })),
              reason: '申诉复核',
            });
          expect(fix.status).toBe(200);
          // The correction undid the confirmation: no run until someone other than the chief
          // judge who corrected confirms it (two people for every score that counts).
          expectError(await compute(), 409, 'RESULTS_NOT_READY');
          const byChief = await e2e.http
            .post(`/api/contests/${contestId}/scores/confirm`)
            .set('authorization', chief)
            .send({});
          expect(byChief.body).toMatchObject({
            confirmed: 0,
            ownScores: [{ code: codeOf.get('D') }],
          });
          const byOrganizer = await e2e.http
            .post(`/api/contests/${contestId}/scores/confirm`)
            .set('authorization', organizer)
            .send({});
          expect(byOrganizer.body).toMatchObject({ confirmed: 1, scores: practical.length });
          const next = await compute();
          expect(next.status).toBe(202);
          expect(next.body.runId).not.toBe(runId);
          await waitForJob(next.body.jobId as string);
          const newRows = await results(next.body.runId as number);
          expect(newRows.find((r) => r.name === '刘洋')).toMatchObject({
            total: '72.80',
            rank: 4,
            title: 'EXPERT',
          });
          // 0.3×70 + 0.7×(34+20+20) = 21 + 51.8 = 72.80, now ahead of 陈静's 71.00.
          expect((await results(runId)).find((r) => r.name === '刘洋')).toMatchObject({
            total: '70.00',
            rank: 5,
          });
          expect((await rankings('?q=刘洋')).items[0]).toMatchObject({ total: '70.00' });
          await e2e.http
            .post(`/api/contests/${contestId}/results/publish`)
            .set('authorization', organizer)
            .send({ runId: next.body.runId });
          expect((await rankings('?q=刘洋')).items[0]).toMatchObject({ total: '72.80', rank: 4 });
        });

        it('becomes FINAL once the window has closed with no objection open', async () => {
          await tamper(
            e2e.env,
            `UPDATE contests SET publication_ends_at = '2020-01-01T00:00:00.000Z' WHERE id = ${contestId}`,
          );
          expectError(
            await e2e.http
              .post(`/api/public/contests/${contestId}/objections`)
              .send({ name: '刘洋', idNumber: idOf.get('D'), text: '再次申诉的内容' }),
            409,
            'OBJECTION_WINDOW_CLOSED',
          );
          const status = async () =>
            (
              (await e2e.http.get(`/api/contests/${contestId}`).set('authorization', organizer))
                .body as { status: string }
            ).status;
          // An objection still open holds the results back, by the sweep and by hand.
          await tamper(
            e2e.env,
            `UPDATE objections SET status = 'OPEN' WHERE contest_id = ${contestId}`,
          );
          const sweeper = e2e.app.get(PublicationSweeper);
          expect(await sweeper.sweep()).toEqual([]);
          expect(await status()).toBe('PUBLISHED');
          expectError(
            await e2e.http
              .post(`/api/contests/${contestId}/results/finalize`)
              .set('authorization', organizer),
            409,
            'OBJECTIONS_OPEN',
          );
          await tamper(
            e2e.env,
            `UPDATE objections SET status = 'UPHELD' WHERE contest_id = ${contestId}`,
          );
          // The periodic sweep makes the results final once the window has closed.
          expect(await sweeper.sweep()).toEqual([contestId]);
          expect(await status()).toBe('FINAL');
          expectError(
            await e2e.http
              .post(`/api/contests/${contestId}/results/finalize`)
              .set('authorization', organizer),
            404,
            'RESULTS_NOT_PUBLISHED',
          );
        });
      });
    });
  },
);

describe('Public look-ups are rate-limited per address', () => {
  let e2e: E2eApp;
  beforeAll(async () => {
    e2e = await startApp({ PUBLIC_LOOKUP_RATE_LIMIT: '3' });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('answers 429 TOO_MANY_LOOKUPS after the limit, while rankings stay open', async () => {
    const lookup = () =>
      e2e.http.post('/api/public/results/lookup').send({ name: '张三', idNumber: maleId(1) });
    for (let i = 0; i < 3; i++) expectError(await lookup(), 404, 'CONTESTANT_NOT_FOUND');
    expectError(await lookup(), 429, 'TOO_MANY_LOOKUPS');
    // The rankings answer past the look-up limit (there is no competition here: 404, not 429).
    expectError(
      await e2e.http.get('/api/public/competitions/1/rankings'),
      404,
      'COMPETITION_NOT_FOUND',
    );
    // Staff logins are counted apart.
    expect(
      (
        await e2e.http
          .post('/api/auth/login')
          .send({ username: 'admin', password: 'admin-password-1' })
      ).status,
    ).toBe(200);
  });
});
