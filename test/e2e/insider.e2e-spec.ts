import { createHash } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { femaleId, maleId } from '../factories/id-numbers';
import { register, setStatus } from '../factories/registration-api';
import { scheme30x70 } from '../factories/schemes';
import { SetupApi } from '../factories/setup-api';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

/*
 * Issue 15, items 1, 2 and 4: the paths an insider (a judge, a chief judge, someone holding the
 * token secret) could use to learn who is behind a blind code or to bend a score without a second
 * person, each played through the HTTP API. Every one of them worked before the fix.
 */

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
}

type AuditEntry = {
  action: string;
  actorId: number | null;
  registrationId: number | null;
  code?: string | null;
  newValue: Record<string, unknown> | null;
};

describe.each(databases)('insider attacks on %s', (_name, database) => {
  let e2e: E2eApp;
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let organizer: string;
  let contestId: number;
  const token: Record<string, string> = {};
  const userId: Record<string, number> = {};
  /** Per unit (U1…U3): the blind codes and ID numbers of its two contestants. */
  const codesOf: Record<string, string[]> = {};
  const idOfCode = new Map<string, string>();

  const as = (who: string) => (who === 'organizer' ? organizer : token[who]);
  const put = (who: string, body: object) =>
    e2e.http.put(`/api/contests/${contestId}/scores`).set('authorization', as(who)).send(body);
  const confirm = (who: string) =>
    e2e.http
      .post(`/api/contests/${contestId}/scores/confirm`)
      .set('authorization', as(who))
      .send({ criterionKeys: ['accuracy'] });
  const group = (who: string, code: string) =>
    e2e.http
      .get(`/api/contests/${contestId}/scores/group`)
      .query({ code, criterionKey: 'accuracy' })
      .set('authorization', as(who));
  const upload = (who: string, csv: string, query = '?criterionKey=accuracy') =>
    e2e.http
      .post(`/api/contests/${contestId}/scores/import${query}`)
      .set('authorization', as(who))
      .attach('file', Buffer.from(csv, 'utf8'), 'scores.csv');
  const audit = async (who: string): Promise<AuditEntry[]> => {
    const res = await e2e.http
      .get(`/api/contests/${contestId}/audit`)
      .query({ limit: 5000 })
      .set('authorization', as(who));
    expect(res.status).toBe(200);
    return res.body as AuditEntry[];
  };
  const scoreAll = async (code: string, judges: string[], points: number) => {
    for (const j of judges) {
      const res = await put(j, { entries: [{ code, criterionKey: 'accuracy', points }] });
      expect(res.status).toBe(200);
    }
  };

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp(db.overrides);
    organizer = await e2e.login();
    const setup = new SetupApi(e2e.http, organizer);
    const city = await setup.unit('IN', '内审市总工会');
    const units: Record<string, number> = {};
    for (const u of ['U1', 'U2', 'U3'])
      units[u] = (await setup.unit(`IN${u}`, `内${u}工会`, city.id)).id;
    // j1–j3 score the practical part, one per unit; c1 is a chief judge of unit U1, c2 a chief
    // judge of no unit who also marks the exam.
    for (const [name, unit] of [
      ['j1', 'U1'],
      ['j2', 'U2'],
      ['j3', 'U3'],
      ['c1', 'U1'],
      ['c2', undefined],
    ] as const) {
      userId[name] = (await setup.user(`in-${name}`, 'JUDGE', unit && units[unit])).id;
      token[name] = await e2e.login(`in-${name}`, `in-${name}-password`);
    }
    const competition = await setup.competition();
    contestId = (
      await setup.contest(competition.id, {
        tradeId: await setup.tradeId('LATHE'),
        scheme: scheme30x70(),
      })
    ).id;
    await setStatus(e2e.http, organizer, contestId, 'REGISTRATION');
    const unitOfRegistration = new Map<number, string>();
    const idOfRegistration = new Map<number, string>();
    let n = 0;
    for (const u of ['U1', 'U2', 'U3']) {
      for (let k = 0; k < 2; k++, n++) {
        const idNumber = n % 2 ? femaleId(420 + n) : maleId(420 + n);
        const r = await register(e2e.http, organizer, contestId, {
          name: `内审${'甲乙丙丁戊己'[n]}`,
          idNumber,
          unitId: units[u],
        });
        unitOfRegistration.set(r.id, u);
        idOfRegistration.set(r.id, idNumber);
      }
    }
    for (const j of ['j1', 'j2', 'j3']) {
      await e2e.http
        .post(`/api/contests/${contestId}/judges`)
        .set('authorization', organizer)
        .send({ userId: userId[j], parts: ['practical'] })
        .expect(201);
    }
    await e2e.http
      .post(`/api/contests/${contestId}/judges`)
      .set('authorization', organizer)
      .send({ userId: userId.c1, chief: true })
      .expect(201);
    await e2e.http
      .post(`/api/contests/${contestId}/judges`)
      .set('authorization', organizer)
      .send({ userId: userId.c2, chief: true, criteria: ['exam'] })
      .expect(201);
    await setStatus(e2e.http, organizer, contestId, 'SCORING');
    await e2e.http
      .post(`/api/contests/${contestId}/registrations/decisions`)
      .set('authorization', organizer)
      .send({ status: 'APPROVED', allPending: true });
    await e2e.http
      .post(`/api/contests/${contestId}/draw`)
      .set('authorization', organizer)
      .send({})
      .expect(201);
    const rows = (
      await e2e.http.get(`/api/contests/${contestId}/registrations`).set('authorization', organizer)
    ).body as Array<{ id: number; code: string }>;
    for (const r of rows) {
      const unit = unitOfRegistration.get(r.id)!;
      (codesOf[unit] ??= []).push(r.code);
      idOfCode.set(r.code, idOfRegistration.get(r.id)!);
    }
  });
  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  describe('blind codes stay blind', () => {
    it('refuses a judge’s score file that pairs codes with ID numbers, the same for a right and a wrong pair, and records each attempt', async () => {
      const [a, b] = codesOf.U2;
      // A right pair and a wrong pair, each with an invalid score: once the rows were checked one
      // by one, only the wrong pair answered SCORE_FILE_CODE_ID_MISMATCH.
      const right = `加密号,身份证号,成绩\n${a},${idOfCode.get(a)},abc\n`;
      const wrong = `加密号,身份证号,成绩\n${a},${idOfCode.get(b)},abc\n`;
      const answers = [await upload('j1', right), await upload('j1', wrong)];
      for (const res of answers) expectError(res, 403, 'SCORE_FILE_CODES_ONLY');
      expect(answers[0].body).toEqual(answers[1].body);
      // An ID number alone (is this person entered?), or a name beside the code, the same.
      expectError(
        await upload('j1', `身份证号,成绩\n${idOfCode.get(a)},10\n`),
        403,
        'SCORE_FILE_CODES_ONLY',
      );
      expectError(
        await upload('j1', `加密号,姓名,成绩\n${a},内审丙,10\n`),
        403,
        'SCORE_FILE_CODES_ONLY',
      );
      // Nothing was entered, and every attempt is in the audit log with the file's SHA-256.
      const sheet = await e2e.http
        .get(`/api/contests/${contestId}/score-sheet`)
        .set('authorization', token.j1);
      const mine = (
        sheet.body as { rows: Array<{ code: string; scores: Record<string, unknown> }> }
      ).rows;
      expect(mine.find((r) => r.code === a)?.scores.accuracy).toBeNull();
      const attempts = (await audit('organizer')).filter((e) => e.action === 'SCORE_FILE_IMPORT');
      expect(attempts).toHaveLength(4);
      expect(attempts[0]).toMatchObject({
        actorId: userId.j1,
        registrationId: null,
        newValue: {
          outcome: 'SCORE_FILE_CODES_ONLY',
          fileSha256: createHash('sha256').update(right).digest('hex'),
        },
      });
      // A file by code is the judge's to import, and is recorded with its counts.
      const byCode = await upload('j1', `加密号,成绩\n${a},30\n${codesOf.U3[0]},31\n`);
      expect(byCode.status).toBe(200);
      expect(byCode.body).toMatchObject({ created: 2, rejected: [] });
      const last = (await audit('organizer')).filter((e) => e.action === 'SCORE_FILE_IMPORT').pop();
      expect(last?.newValue).toMatchObject({ outcome: 'IMPORTED', totalRows: 2, created: 2 });
    });

    it('shows a chief judge neither which judges a code needs nor registration ids', async () => {
      // U3's code: j3 is excluded (own unit). Nobody has scored codesOf.U3[1] yet.
      const target = codesOf.U3[1];
      const chiefView = await group('c2', target);
      expect(chiefView.status).toBe(200);
      expect(chiefView.body).toMatchObject({ judges: [], missingScores: 2 });
      const organizerView = await group('organizer', target);
      expect(
        (organizerView.body as { judges: Array<{ judgeId: number }> }).judges.map((j) => j.judgeId),
      ).toEqual([userId.j1, userId.j2]);
      const status = await e2e.http
        .get(`/api/contests/${contestId}/scores/status`)
        .set('authorization', token.c2);
      const items = (status.body as { missing: { items: Array<Record<string, unknown>> } }).missing
        .items;
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item).not.toHaveProperty('missingJudges');
        expect(item.missingScores).toEqual(expect.any(Number));
      }
      // A declared conflict names the worker; the chief's audit view names no contestant for it.
      await e2e.http
        .post(`/api/contests/${contestId}/conflicts`)
        .set('authorization', token.j1)
        .send({ idNumber: idOfCode.get(codesOf.U2[1]), reason: '亲属' })
        .expect(201);
      const chiefLog = await audit('c2');
      expect(chiefLog.every((e) => e.registrationId === null)).toBe(true);
      expect(chiefLog.find((e) => e.action === 'CONFLICT_DECLARED')).toMatchObject({ code: null });
      expect(chiefLog.find((e) => e.action === 'SCORE_CREATED')?.code).toEqual(
        expect.stringMatching(/^[A-Z0-9]+$/),
      );
      expect(
        (await audit('organizer')).find((e) => e.action === 'CONFLICT_DECLARED')?.registrationId,
      ).toEqual(expect.any(Number));
    });
  });

  describe('the two-person rule survives the chief judge', () => {
    it('a correction clears the confirmation; the correcting chief cannot confirm it, someone else does', async () => {
      const code = codesOf.U2[0]; // required: j1 and j3 (j2 is of U2)
      await scoreAll(code, ['j3'], 30); // j1's score came from the file above
      expect((await confirm('c2')).body).toMatchObject({ confirmed: 1 });
      const before = (await group('c2', code)).body as {
        judges: Array<{ judgeId: number; score: { version: number; confirmed: boolean } }>;
      };
      expect(before.judges.every((j) => j.score.confirmed)).toBe(true);
      const j1score = before.judges.find((j) => j.judgeId === userId.j1)!.score;
      const fix = await put('c2', {
        entries: [
          {
            code,
            criterionKey: 'accuracy',
            points: 28,
            judgeId: userId.j1,
            version: j1score.version,
          },
        ],
        reason: '复核更正',
      });
      expect(fix.status).toBe(200);
      const after = (await group('c2', code)).body as {
        state: { state: string };
        judges: Array<{ judgeId: number; score: { confirmed: boolean } }>;
      };
      expect(after.state).toEqual({ state: 'READY' });
      expect(after.judges.find((j) => j.judgeId === userId.j1)?.score.confirmed).toBe(false);
      // The chief who corrected it may not confirm it; another person (the organizer) may.
      const own = await confirm('c2');
      expect(own.body).toMatchObject({
        confirmed: 0,
        ownScores: [{ code, criterionKey: 'accuracy' }],
      });
      expect((await confirm('organizer')).body).toMatchObject({ confirmed: 1, scores: 1 });
      const corrected = (await audit('organizer')).filter((e) => e.action === 'SCORE_CORRECTED');
      expect(corrected.pop()).toMatchObject({ actorId: userId.c2 });
    });

    it('applies a chief judge’s own conflicts to corrections, confirmation and attendance', async () => {
      const [own] = codesOf.U1; // c1 is of U1
      await scoreAll(own, ['j2', 'j3'], 25);
      expectError(
        await put('c1', {
          entries: [{ code: own, criterionKey: 'accuracy', points: 20, judgeId: userId.j2 }],
          reason: '更正',
        }),
        403,
        'SCORE_CONFLICT_OF_INTEREST',
      );
      const report = await confirm('c1');
      expect(report.body).toMatchObject({ confirmed: 0, conflicted: 1 });
      expect(JSON.stringify(report.body)).not.toContain(own);
      expectError(
        await e2e.http
          .put(`/api/contests/${contestId}/attendance`)
          .set('authorization', token.c1)
          .send({ entries: [{ code: own, attendance: 'ABSENT' }], reason: '缺考' }),
        403,
        'SCORE_CONFLICT_OF_INTEREST',
      );
      // The other chief is not in conflict: the group is confirmed by them.
      expect((await confirm('c2')).body).toMatchObject({ confirmed: 1 });
    });

    it('lets only the chief judge or a judge who scores the contestant set the time used', async () => {
      const times = (who: string, code: string) =>
        e2e.http
          .put(`/api/contests/${contestId}/times`)
          .set('authorization', token[who])
          .send({ entries: [{ code, seconds: 3600 }] });
      expectError(await times('j1', codesOf.U1[1]), 403, 'SCORE_CONFLICT_OF_INTEREST');
      expect((await times('j1', codesOf.U3[1])).status).toBe(200);
      expectError(await times('c1', codesOf.U1[1]), 403, 'SCORE_CONFLICT_OF_INTEREST');
      expect((await times('c2', codesOf.U1[1])).status).toBe(200);
    });

    it('after scoring has closed, corrects only under an upheld objection or once the organizer reopens scoring', async () => {
      const code = codesOf.U2[0];
      const fix = () =>
        put('c2', {
          entries: [{ code, criterionKey: 'accuracy', points: 27, judgeId: userId.j3 }],
          reason: '闭评后更正',
        });
      await setStatus(e2e.http, organizer, contestId, 'REVIEW');
      expectError(await fix(), 409, 'CORRECTION_NEEDS_OBJECTION');
      // Without a reason, as before: scoring is closed.
      expectError(
        await put('c2', {
          entries: [{ code, criterionKey: 'accuracy', points: 27, judgeId: userId.j3 }],
        }),
        409,
        'SCORING_NOT_OPEN',
      );
      await setStatus(e2e.http, organizer, contestId, 'SCORING');
      expect((await fix()).status).toBe(200);
    });
  });

  describe('roles come from the database, not from the token', () => {
    it('gives a token re-signed with another role nothing, and applies a role change at once', async () => {
      const jwt = e2e.app.get(JwtService);
      const claims = JSON.parse(
        Buffer.from(token.j2.split('.')[1], 'base64url').toString(),
      ) as Record<string, unknown>;
      delete claims.exp;
      delete claims.iat;
      const forged = jwt.sign({ ...claims, role: 'ORGANIZER' });
      const users = (t: string) => e2e.http.get('/api/users').set('authorization', `Bearer ${t}`);
      expectError(await users(forged), 403, 'ROLE_NOT_ALLOWED');
      const me = await e2e.http.get('/api/auth/me').set('authorization', `Bearer ${forged}`);
      expect(me.body).toMatchObject({ role: 'JUDGE' });
      // The organizer's decision, as stored, holds for the very next request of an existing token.
      const db = e2e.app.get(DataSource);
      await db.query(`UPDATE users SET role = 'ORGANIZER' WHERE id = ${userId.j2}`);
      expect((await e2e.http.get('/api/users').set('authorization', token.j2)).status).toBe(200);
      await db.query(`UPDATE users SET role = 'JUDGE' WHERE id = ${userId.j2}`);
      expectError(
        await e2e.http.get('/api/users').set('authorization', token.j2),
        403,
        'ROLE_NOT_ALLOWED',
      );
    });
  });
});
