import type { Response } from 'supertest';
import { maleId, femaleId } from '../factories/id-numbers';
import { register, setStatus } from '../factories/registration-api';
import { scheme30x70 } from '../factories/schemes';
import { SetupApi } from '../factories/setup-api';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases, tamper } from '../support/e2e-databases';

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(typeof res.body.message).toBe('string');
}

type Sheet = {
  timeUsed: boolean;
  criteria: Array<{ key: string }>;
  rows: Array<{
    code: string;
    timeSeconds: number | null;
    scores: Record<string, { points: string; version: number; confirmed: boolean } | null>;
  }>;
};

describe.each(databases)(
  'Judging over HTTP on %s: a panel of four judges from four units',
  (_name, database) => {
    let e2e: E2eApp;
    let dropDatabase: () => Promise<void> = () => Promise.resolve();
    let organizer: string;
    let contestId: number;
    const judge: Record<string, string> = {};
    const userId: Record<string, number> = {};
    /** Blind code → the unit (U1…U4) of the worker behind it, as the organizer's list shows. */
    const unitOfCode = new Map<string, string>();
    const idNumberOfCode = new Map<string, string>();
    let codes: string[];

    const put = (who: string, body: object) =>
      e2e.http.put(`/api/contests/${contestId}/scores`).set('authorization', judge[who]).send(body);
    const sheet = async (who: string): Promise<Sheet> =>
      (
        await e2e.http
          .get(`/api/contests/${contestId}/score-sheet`)
          .set('authorization', judge[who])
      ).body as Sheet;
    const status = async (who: string) =>
      e2e.http.get(`/api/contests/${contestId}/scores/status`).set('authorization', judge[who]);
    const confirm = (who: string) =>
      e2e.http
        .post(`/api/contests/${contestId}/scores/confirm`)
        .set('authorization', judge[who])
        .send({});

    beforeAll(async () => {
      const db = await database();
      dropDatabase = db.drop;
      e2e = await startApp(db.overrides);
      organizer = await e2e.login();
      const setup = new SetupApi(e2e.http, organizer);
      const city = await setup.unit('FX', '阜新市总工会');
      const units: Record<string, number> = {};
      for (const u of ['U1', 'U2', 'U3', 'U4'])
        units[u] = (await setup.unit(u, `第${u}工会`, city.id)).id;
      for (const [name, unit] of [
        ['j1', 'U1'],
        ['j2', 'U2'],
        ['j3', 'U3'],
        ['j4', 'U4'],
        ['c1', undefined],
        ['c2', undefined],
      ] as const) {
        userId[name] = (await setup.user(`judge-${name}`, 'JUDGE', unit && units[unit])).id;
        judge[name] = await e2e.login(`judge-${name}`, `judge-${name}-password`);
      }
      const competition = await setup.competition();
      contestId = (
        await setup.contest(competition.id, {
          tradeId: await setup.tradeId('LATHE'),
          scheme: scheme30x70(),
        })
      ).id;
      await setStatus(e2e.http, organizer, contestId, 'REGISTRATION');
      let n = 0;
      const idOf = new Map<number, string>();
      const unitOfRegistration = new Map<number, string>();
      for (const u of ['U1', 'U2', 'U3', 'U4']) {
        for (let k = 0; k < 2; k++) {
          const idNumber = n % 2 ? femaleId(100 + n) : maleId(100 + n);
          const r = await register(e2e.http, organizer, contestId, {
            name: `选手${'甲乙丙丁戊己庚辛'[n]}`,
            idNumber,
            unitId: units[u],
          });
          idOf.set(r.id, idNumber);
          unitOfRegistration.set(r.id, u);
          n++;
        }
      }
      // Judges are assigned before the draw: j1–j4 score the practical part, c2 (a chief) the theory exam.
      for (const j of ['j1', 'j2', 'j3', 'j4']) {
        const res = await e2e.http
          .post(`/api/contests/${contestId}/judges`)
          .set('authorization', organizer)
          .send({ userId: userId[j], parts: ['practical'] });
        expect(res.status).toBe(201);
      }
      await e2e.http
        .post(`/api/contests/${contestId}/judges`)
        .set('authorization', organizer)
        .send({ userId: userId.c1, chief: true });
      await e2e.http
        .post(`/api/contests/${contestId}/judges`)
        .set('authorization', organizer)
        .send({ userId: userId.c2, chief: true, criteria: ['exam'] });
      await setStatus(e2e.http, organizer, contestId, 'SCORING');
      await e2e.http
        .post(`/api/contests/${contestId}/registrations/decisions`)
        .set('authorization', organizer)
        .send({ status: 'APPROVED', allPending: true });
      // Before the draw there are no codes to score by.
      expectError(
        await put('j1', { entries: [{ code: 'AAAAAA', criterionKey: 'accuracy', points: 1 }] }),
        409,
        'SCORING_NOT_OPEN',
      );
      expect(
        (
          await e2e.http
            .post(`/api/contests/${contestId}/draw`)
            .set('authorization', organizer)
            .send({})
        ).status,
      ).toBe(201);
      const rows = (
        await e2e.http
          .get(`/api/contests/${contestId}/registrations`)
          .set('authorization', organizer)
      ).body as Array<{ id: number; code: string }>;
      for (const r of rows) {
        unitOfCode.set(r.code, unitOfRegistration.get(r.id)!);
        idNumberOfCode.set(r.code, idOf.get(r.id)!);
      }
      codes = rows.map((r) => r.code).sort();
    });

    afterAll(async () => {
      await e2e?.close();
      await dropDatabase();
    });

    it('keeps each judge off the workers of their own unit, reported by code', async () => {
      const judges = (
        await e2e.http.get(`/api/contests/${contestId}/judges`).set('authorization', organizer)
      ).body as Array<{
        userId: number;
        conflicts: { count: number; codes: string[] };
      }>;
      const j1 = judges.find((j) => j.userId === userId.j1)!;
      // Judges see the panel, but not which codes belong to whose unit.
      const asJudge = (
        await e2e.http.get(`/api/contests/${contestId}/judges`).set('authorization', judge.j2)
      ).body as Array<Record<string, unknown>>;
      expect(asJudge).toHaveLength(6);
      for (const j of asJudge) expect(j).not.toHaveProperty('conflicts');
      expect(j1.conflicts.count).toBe(2);
      expect(j1.conflicts.codes.map((c) => unitOfCode.get(c))).toEqual(['U1', 'U1']);
      const s = await sheet('j1');
      expect(s.rows).toHaveLength(6);
      expect(s.rows.every((r) => unitOfCode.get(r.code) !== 'U1')).toBe(true);
      expect(s.criteria.map((c) => c.key)).toEqual(['accuracy', 'finish', 'safety']);
    });

    it('refuses an assignment under REFUSE when the judge’s unit has workers entered', async () => {
      const setup = new SetupApi(e2e.http, organizer);
      const units = (await e2e.http.get('/api/units').set('authorization', organizer))
        .body as Array<{
        id: number;
        code: string;
      }>;
      const extra = await setup.user('judge-j5', 'JUDGE', units.find((u) => u.code === 'U2')!.id);
      const res = await e2e.http
        .post(`/api/contests/${contestId}/judges`)
        .set('authorization', organizer)
        .send({ userId: extra.id, onConflict: 'REFUSE' });
      expectError(res, 409, 'JUDGE_CONFLICT_OF_INTEREST');
      expect(res.body.details.count).toBe(2);
      expect((res.body.details.codes as string[]).map((c) => unitOfCode.get(c))).toEqual([
        'U2',
        'U2',
      ]);
      expect(JSON.stringify(res.body)).not.toMatch(/选手/);
    });

    it('shows judges codes only: no names, units or ID numbers in the score sheet', async () => {
      const text = JSON.stringify(await sheet('j2'));
      expect(text).not.toMatch(/选手|工会|"U[1-4]"/);
      for (const id of idNumberOfCode.values()) expect(text).not.toContain(id);
    });

    it('refuses a batch with any bad entry, saving none of it, and names every problem', async () => {
      const mine = (await sheet('j1')).rows.map((r) => r.code);
      const own = codes.find((c) => unitOfCode.get(c) === 'U1')!;
      const cases: Array<[object, number, string]> = [
        [{ code: own, criterionKey: 'accuracy', points: 30 }, 403, 'SCORE_CONFLICT_OF_INTEREST'],
        [{ code: mine[0], criterionKey: 'accuracy', points: 40.01 }, 400, 'SCORE_OUT_OF_RANGE'],
        [{ code: mine[0], criterionKey: 'accuracy', points: 12.345 }, 400, 'SCORE_TOO_PRECISE'],
        [{ code: mine[0], criterionKey: 'safety', points: 2.5 }, 400, 'SCORE_MARK_INVALID'],
        [{ code: 'ZZZZZZ', criterionKey: 'accuracy', points: 1 }, 400, 'SCORE_UNKNOWN_CODE'],
        [{ code: mine[0], criterionKey: 'nope', points: 1 }, 400, 'SCORE_UNKNOWN_CRITERION'],
        [{ code: mine[0], criterionKey: 'exam', points: 80 }, 403, 'SCORE_NOT_ASSIGNED'],
      ];
      for (const [bad, statusCode, code] of cases) {
        const res = await put('j1', {
          entries: [{ code: mine[1], criterionKey: 'accuracy', points: 35 }, bad],
        });
        expectError(res, statusCode, code);
        expect(res.body.details.issues[0]).toMatchObject({ index: 1, code });
      }
      expect((await sheet('j1')).rows.every((r) => r.scores.accuracy === null)).toBe(true);
      expectError(
        await put('j1', { entries: [{ code: mine[0], criterionKey: 'accuracy', points: '3O' }] }),
        400,
        'SCORE_NOT_A_NUMBER',
      );
      expectError(await put('j1', { entries: [] }), 400, 'VALIDATION_FAILED');
      expectError(
        await e2e.http
          .put(`/api/contests/${contestId}/scores`)
          .set('authorization', organizer)
          .send({ entries: [] }),
        403,
        'ROLE_NOT_ALLOWED',
      );
    });

    describe('entering, confirming and correcting', () => {
      /** Everyone scores everything they may; one safety group gets marks 1, 3, 3 (spread 2 > 1). */
      let flaggedCode: string;
      beforeAll(async () => {
        flaggedCode = codes.find((c) => unitOfCode.get(c) === 'U4')!;
        for (const j of ['j1', 'j2', 'j3', 'j4']) {
          const s = await sheet(j);
          const entries = s.rows.flatMap((r, i) => [
            { code: r.code, criterionKey: 'accuracy', points: 30 + i },
            { code: r.code, criterionKey: 'finish', points: '20.5' },
            {
              code: r.code,
              criterionKey: 'safety',
              points: r.code === flaggedCode && j === 'j1' ? 1 : r.code === flaggedCode ? 3 : 2,
            },
          ]);
          const res = await put(j, { entries });
          expect(res.status).toBe(200);
          expect(res.body.saved).toBe(entries.length);
        }
        const exam = (await sheet('c2')).rows.map((r, i) => ({
          code: r.code,
          criterionKey: 'exam',
          points: 60 + i,
        }));
        expect(exam).toHaveLength(8);
        expect((await put('c2', { entries: exam })).status).toBe(200);
      });

      it('flags a spread beyond tolerance and reports nothing missing', async () => {
        const res = await status('c1');
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          contestants: 8,
          groups: 32,
          confirmed: 0,
          ready: 31,
          missing: { count: 0 },
        });
        expect(res.body.flagged).toEqual({
          count: 1,
          items: [
            {
              code: flaggedCode,
              criterionKey: 'safety',
              reason: 'SPREAD',
              spreadCenti: 200,
              toleranceCenti: 100,
            },
          ],
        });
        expectError(await status('j1'), 403, 'NOT_ORGANIZER_OR_CHIEF');
      });

      it('shows a chief judge one group judge by judge, by code only', async () => {
        const group = (who: string, code: string, criterionKey: string) =>
          e2e.http
            .get(`/api/contests/${contestId}/scores/group`)
            .query({ code, criterionKey })
            .set('authorization', judge[who]);
        const res = await group('c1', flaggedCode.toLowerCase(), 'safety');
        expect(res.status).toBe(200);
        // j4 is of the worker's unit (U4): not required, and no score of theirs.
        expect(res.body).toEqual({
          code: flaggedCode,
          criterionKey: 'safety',
          attendance: 'PRESENT',
          state: { state: 'FLAGGED', reason: 'SPREAD', spreadCenti: 200, toleranceCenti: 100 },
          missingScores: 0,
          judges: ['j1', 'j2', 'j3'].map((j) => ({
            judgeId: userId[j],
            required: true,
            score: { points: j === 'j1' ? '1' : '3', version: 1, confirmed: false },
          })),
        });
        expect(JSON.stringify(res.body)).not.toMatch(/选手|工会/);
        expectError(await group('j1', flaggedCode, 'safety'), 403, 'NOT_ORGANIZER_OR_CHIEF');
        expectError(await group('c1', 'ZZZZZZ', 'safety'), 404, 'SCORE_UNKNOWN_CODE');
        expectError(await group('c1', flaggedCode, 'nope'), 400, 'UNKNOWN_CRITERION');
        expectError(
          await e2e.http
            .get(`/api/contests/${contestId}/scores/group`)
            .query({ code: flaggedCode })
            .set('authorization', judge.c1),
          400,
          'VALIDATION_FAILED',
        );
      });

      it('lets no chief judge confirm scores they entered, and confirms the rest', async () => {
        expectError(await confirm('j1'), 403, 'NOT_CHIEF_JUDGE');
        // An absent contestant's groups are left as they are, as the status answer counts them.
        const absentCode = codes.find((c) => c !== flaggedCode)!;
        const attendance = (to: string) =>
          e2e.http
            .put(`/api/contests/${contestId}/attendance`)
            .set('authorization', judge.c1)
            .send({ entries: [{ code: absentCode, attendance: to }] });
        expect((await attendance('ABSENT')).status).toBe(200);
        expect((await status('c2')).body).toMatchObject({ contestants: 7, groups: 28, ready: 27 });
        const byC2 = await confirm('c2');
        expect(byC2.status).toBe(200);
        expect(byC2.body).toMatchObject({ confirmed: 20, flagged: 1, missing: 0 });
        expect(byC2.body.ownScores).toHaveLength(7);
        expect(
          new Set(
            (byC2.body.ownScores as Array<{ criterionKey: string }>).map((o) => o.criterionKey),
          ),
        ).toEqual(new Set(['exam']));
        expect(byC2.body.ownScores).not.toContainEqual(
          expect.objectContaining({ code: absentCode }),
        );
        expect((await status('c2')).body).toMatchObject({ confirmed: 20, ready: 7 });
        // Present again: that contestant's groups are confirmed with the rest.
        expect((await attendance('PRESENT')).status).toBe(200);
        const byC1 = await confirm('c1');
        expect(byC1.body).toMatchObject({
          confirmed: 11,
          alreadyConfirmed: 20,
          flagged: 1,
          ownScores: [],
        });
      });

      it('blocks confirmation of a flagged group until the judges re-mark', async () => {
        // Nor can scoring close while a group is flagged.
        const refused = await e2e.http
          .post(`/api/contests/${contestId}/scores/close`)
          .set('authorization', judge.c1);
        expectError(refused, 409, 'SCORING_INCOMPLETE');
        expect(refused.body.details).toEqual({ missing: 0, flagged: 1, unconfirmed: 0 });
        const res = await put('j1', {
          entries: [{ code: flaggedCode, criterionKey: 'safety', points: 2 }],
        });
        expect(res.status).toBe(200);
        const after = await confirm('c1');
        expect(after.body).toMatchObject({ confirmed: 1, flagged: 0 });
        expect((await status('c1')).body).toMatchObject({ confirmed: 32, ready: 0 });
      });

      it('after confirmation, only a chief judge corrects, and only with a reason', async () => {
        const code = (await sheet('j2')).rows[0].code;
        expectError(
          await put('j2', { entries: [{ code, criterionKey: 'finish', points: 25 }] }),
          409,
          'SCORE_CONFIRMED',
        );
        const entry = { code, criterionKey: 'finish', points: 25, judgeId: userId.j2 };
        expectError(await put('c1', { entries: [entry] }), 400, 'CORRECTION_REASON_REQUIRED');
        const ok = await put('c1', { entries: [entry], reason: '复核：裁判笔误' });
        expect(ok.status).toBe(200);
        expect(ok.body.entries[0]).toMatchObject({
          points: '25.00',
          version: 2,
          outcome: 'updated',
        });
        const log = (
          await e2e.http
            .get(`/api/contests/${contestId}/audit?limit=5000`)
            .set('authorization', organizer)
        ).body as Array<{
          action: string;
          reason: string | null;
          actorId: number;
          judgeId: number;
          oldValue: { valueCenti: number };
          newValue: { valueCenti: number };
        }>;
        const last = log[log.length - 1];
        expect(last).toMatchObject({
          action: 'SCORE_CORRECTED',
          reason: '复核：裁判笔误',
          actorId: userId.c1,
          judgeId: userId.j2,
          oldValue: { valueCenti: 2050 },
          newValue: { valueCenti: 2500 },
        });
      });
    });

    describe('concurrency', () => {
      let code: string;
      beforeAll(async () => {
        // Everything is confirmed by now, so these are a chief judge's corrections (with a reason).
        code = (await sheet('j3')).rows[0].code;
      });

      it('100 concurrent corrections of one score: one final value, 100 audit entries, the chain intact', async () => {
        const before = (
          await e2e.http
            .get(`/api/contests/${contestId}/audit/verify`)
            .set('authorization', organizer)
        ).body as {
          entries: number;
        };
        const values = Array.from({ length: 100 }, (_, i) => (i + 1) / 4); // 0.25 … 25.00, all distinct
        const results = await Promise.all(
          values.map((points) =>
            put('c1', {
              entries: [{ code, criterionKey: 'finish', points, judgeId: userId.j3 }],
              reason: '并发测试',
            }),
          ),
        );
        expect(results.map((r) => r.status)).toEqual(values.map(() => 200));
        const after = (
          await e2e.http
            .get(`/api/contests/${contestId}/audit/verify`)
            .set('authorization', organizer)
        ).body as {
          ok: boolean;
          entries: number;
        };
        expect(after.ok).toBe(true);
        expect(after.entries - before.entries).toBe(100);
        const versions = results
          .map((r) => (r.body.entries[0] as { version: number }).version)
          .sort((a, b) => a - b);
        expect(new Set(versions).size).toBe(100);
        const final = (await sheet('j3')).rows.find((r) => r.code === code)!.scores.finish!;
        expect(final.version).toBe(versions[99]);
        const winner = results.find((r) => r.body.entries[0].version === versions[99])!;
        expect(final.points).toBe(winner.body.entries[0].points);
      });

      it('of writes that name the same version, exactly one wins and the others get 409', async () => {
        const current = (await sheet('j3')).rows.find((r) => r.code === code)!.scores.finish!;
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            put('c1', {
              entries: [
                {
                  code,
                  criterionKey: 'finish',
                  points: 10 + i,
                  judgeId: userId.j3,
                  version: current.version,
                },
              ],
              reason: '并发测试',
            }),
          ),
        );
        const won = results.filter((r) => r.status === 200);
        expect(won).toHaveLength(1);
        const refused = results.filter((r) => r.status === 409);
        expect(refused).toHaveLength(19);
        // Each refusal carries the score as it now stands: the winner's value and version.
        for (const r of refused) {
          expect(r.body.code).toBe('STALE_SCORE');
          expect(r.body.details.issues).toEqual([
            expect.objectContaining({
              index: 0,
              code: 'STALE_SCORE',
              entry: { code, criterionKey: 'finish' },
              current: { points: won[0].body.entries[0].points, version: current.version + 1 },
            }),
          ]);
        }
        // The same through If-Match, for a batch of one.
        const now = (await sheet('j3')).rows.find((r) => r.code === code)!.scores.finish!;
        const stale = await e2e.http
          .put(`/api/contests/${contestId}/scores`)
          .set('authorization', judge.c1)
          .set('If-Match', `"${now.version - 1}"`)
          .send({
            entries: [{ code, criterionKey: 'finish', points: 1, judgeId: userId.j3 }],
            reason: '并发测试',
          });
        expectError(stale, 409, 'STALE_SCORE');
        expect(stale.body.details.issues[0].current).toEqual({
          points: now.points,
          version: now.version,
        });
      });
    });

    it('takes declared conflicts: the judge no longer sees that worker', async () => {
      const target = (await sheet('j2')).rows[0].code;
      const res = await e2e.http
        .post(`/api/contests/${contestId}/conflicts`)
        .set('authorization', judge.j2)
        .send({ idNumber: idNumberOfCode.get(target), reason: '亲属' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ declared: true });
      expect((await sheet('j2')).rows.map((r) => r.code)).not.toContain(target);
      // Someone who is not entered gets the same answer: the route tells nothing.
      const stranger = await e2e.http
        .post(`/api/contests/${contestId}/conflicts`)
        .set('authorization', judge.j2)
        .send({ idNumber: maleId(499) });
      expect(stranger.body).toEqual({ declared: true });
    });

    it('records times used, and refuses a redraw once scoring has started', async () => {
      // The default tie-break ends with time used, so the sheet asks for it.
      const before = await sheet('j1');
      expect(before.timeUsed).toBe(true);
      const code = before.rows[0].code;
      const res = await e2e.http
        .put(`/api/contests/${contestId}/times`)
        .set('authorization', judge.j1)
        .send({ entries: [{ code, seconds: 3605 }] });
      expect(res.body).toEqual({ saved: 1 });
      const after = await sheet('j1');
      expect(after.rows.find((r) => r.code === code)!.timeSeconds).toBe(3605);
      expect(after.rows.filter((r) => r.code !== code).map((r) => r.timeSeconds)).toEqual(
        after.rows.slice(1).map(() => null),
      );
      expectError(
        await e2e.http
          .post(`/api/contests/${contestId}/draw`)
          .set('authorization', organizer)
          .send({ redraw: true }),
        409,
        'DRAW_SCORING_STARTED',
      );
    });

    it('detects a tampered audit row, and keeps the log from judges', async () => {
      const verify = () =>
        e2e.http.get(`/api/contests/${contestId}/audit/verify`).set('authorization', judge.c1);
      const clean = await verify();
      expect(clean.body).toMatchObject({ ok: true });
      expect(clean.body.entries).toBeGreaterThan(100);
      expectError(
        await e2e.http.get(`/api/contests/${contestId}/audit`).set('authorization', judge.j1),
        403,
        'NOT_ORGANIZER_OR_CHIEF',
      );
      // Cutting entries off the end leaves a valid chain, but not the one the head records.
      await tamper(
        e2e.env,
        `DELETE FROM audit_log WHERE contest_id = ${contestId} AND seq = ${clean.body.entries}`,
      );
      expect((await verify()).body).toEqual({
        ok: false,
        entries: clean.body.entries - 1,
        firstBroken: { seq: clean.body.entries, reason: 'TRUNCATED' },
      });
      await tamper(
        e2e.env,
        `UPDATE audit_log SET new_value = '{"valueCenti":4000,"version":1}' WHERE contest_id = ${contestId} AND seq = 12`,
      );
      const broken = await verify();
      expect(broken.body).toEqual({
        ok: false,
        entries: 11,
        firstBroken: { seq: 12, reason: 'HASH_MISMATCH' },
      });
    });

    it('lets only a chief judge close scoring, and not while anything is unconfirmed or flagged', async () => {
      const close = (who: string) =>
        e2e.http.post(`/api/contests/${contestId}/scores/close`).set('authorization', judge[who]);
      expectError(await close('j1'), 403, 'NOT_CHIEF_JUDGE');
      expectError(
        await e2e.http
          .post(`/api/contests/${contestId}/scores/close`)
          .set('authorization', organizer),
        403,
        'ROLE_NOT_ALLOWED',
      );
      // The concurrent corrections above left a group out of tolerance.
      const refused = await close('c1');
      expectError(refused, 409, 'SCORING_INCOMPLETE');
      expect((refused.body.details as { flagged: number }).flagged).toBeGreaterThan(0);
      expect(
        (await e2e.http.get(`/api/contests/${contestId}`).set('authorization', organizer)).body,
      ).toMatchObject({ status: 'SCORING' });
    });
  },
);
