import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Client } from 'pg';
import type { Response } from 'supertest';
import { sqliteFile } from '../../src/database/data-source-options';
import { femaleId, maleId } from '../factories/id-numbers';
import { publishedContest, type PublishedContest } from '../factories/published-contest';
import { register, setStatus } from '../factories/registration-api';
import { SetupApi } from '../factories/setup-api';
import { eventually, startApp, type E2eApp } from '../support/e2e-app';
import { databases, tamper } from '../support/e2e-databases';

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: (res.body as { code?: string })?.code }).toEqual({
    status,
    code,
  });
}

/** Published contest A: 王建国 (also entered in the running competition B), 李秀英, 张伟. */
const SCORES: Array<[string, number]> = [
  ['王建国', 95],
  ['李秀英', 85],
  ['张伟', 50],
];

/**
 * Issue 15 item 6: ID numbers and phones at rest. Workers are entered through the API (the form
 * and a roster), then the database is read as an insider with a copy of it would: the SQLite
 * file's bytes, or every text column of every PostgreSQL table. No ID number or phone may be
 * there in clear, while every look-up by ID number still works. Then the retention period:
 * anonymising too early is refused; after it, the competition's workers lose their ID numbers and
 * phones but keep their names in the published rankings, except one entered in a running
 * competition.
 */
describe.each(databases)('Personal data at rest on %s', (name, database) => {
  let e2e: E2eApp;
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let organizer: string;
  let a: PublishedContest;
  let contestB: number;
  let withdrawn: { id: number; idNumber: string; phone: string };
  /** Every ID number and phone that went in through the API. */
  const secrets = new Set<string>();
  const wang = () => a.people.get('王建国')!;
  const li = () => a.people.get('李秀英')!;
  const inB = {
    v: { name: '赵卫国', idNumber: maleId(71, '19780704'), phone: '13912345671' },
    w: { name: '钱晓燕', idNumber: femaleId(72, '19810911'), phone: '13987654322' },
    x: { name: '孙立军', idNumber: maleId(73, '19920115'), phone: '0418-3312345' },
  };
  const wangPhone = '15041801234';

  const lookup = (path: string, who: { name: string; idNumber: string }) =>
    e2e.http.post(path).send(who);

  /** Which of the ID numbers and phones entered so far can be read in clear in the database. */
  const readableInDatabase = async (): Promise<string[]> => {
    let found: string[];
    if (name === 'sqlite') {
      // The database file and its WAL and shared-memory files, byte for byte, as copied off disk.
      const file = sqliteFile(e2e.env);
      const base = file.split('/').pop()!;
      const files = readdirSync(dirname(file)).filter((f) => f.startsWith(base));
      expect(files).toContain(base);
      const bytes = Buffer.concat(files.map((f) => readFileSync(`${dirname(file)}/${f}`)));
      found = [...secrets].filter(
        (s) => bytes.includes(Buffer.from(s, 'utf8')) || bytes.includes(Buffer.from(s, 'utf16le')),
      );
    } else {
      const client = new Client({ connectionString: e2e.env.DATABASE_URL });
      await client.connect();
      try {
        const columns = await client.query<{
          table_name: string;
          column_name: string;
          data_type: string;
        }>(
          "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' " +
            "AND data_type IN ('character varying', 'text', 'character', 'json', 'jsonb', 'bytea')",
        );
        const texts: string[] = [];
        for (const c of columns.rows) {
          const rows = await client.query<{ v: string | null }>(
            // Binary as its bytes (escape keeps printable ASCII as is), the rest as text.
            c.data_type === 'bytea'
              ? `SELECT encode("${c.column_name}", 'escape') AS v FROM "${c.table_name}"`
              : `SELECT "${c.column_name}"::text AS v FROM "${c.table_name}"`,
          );
          for (const r of rows.rows) if (r.v !== null) texts.push(r.v);
        }
        expect(texts.length).toBeGreaterThan(100);
        const all = texts.join('\n');
        found = [...secrets].filter((s) => all.includes(s));
      } finally {
        await client.end();
      }
    }
    return found;
  };

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp({ ...db.overrides, PERSONAL_DATA_RETENTION_DAYS: '30' });
    organizer = await e2e.login();
    a = await publishedContest(e2e.http, organizer, (u, p) => e2e.login(u, p), SCORES, {
      competitionCode: 'FX2017',
    });
    for (const p of a.people.values()) secrets.add(p.idNumber);

    const setup = new SetupApi(e2e.http, organizer);
    const unit = await setup.unit('UB', '阜新市第二机械厂');
    // Competition A's second contest, still taking entries: one worker entered and withdrawn.
    const a2 = (
      await setup.contest(a.competitionId, {
        tradeId: await setup.tradeId('ECOM'),
        scheme: {
          parts: [
            {
              key: 'p',
              name: '实操',
              weight: 100,
              criteria: [
                { key: 'k', name: '作业', maxPoints: 100, kind: 'MEASUREMENT', method: 'SINGLE' },
              ],
            },
          ],
        },
      })
    ).id;
    await setStatus(e2e.http, organizer, a2, 'REGISTRATION');
    const w = { name: '周小川', idNumber: maleId(74, '19700101'), phone: '13700000074' };
    const entered = await register(e2e.http, organizer, a2, { ...w, unitId: unit.id });
    const patched = await e2e.http
      .patch(`/api/registrations/${entered.id}`)
      .set('authorization', organizer)
      .send({ status: 'WITHDRAWN' });
    expect(patched.status).toBe(200);
    withdrawn = { id: entered.id, idNumber: w.idNumber, phone: w.phone };

    // Competition B, running: 王建国 again (now with a phone), one by the form, two by a roster.
    const competitionB = (await setup.competition('FX2018', '2018年阜新市职工职业技能大赛', 2018))
      .id;
    contestB = (
      await setup.contest(competitionB, {
        tradeId: await setup.tradeId('LATHE'),
        scheme: {
          parts: [
            {
              key: 'p',
              name: '实操',
              weight: 100,
              criteria: [
                { key: 'k', name: '作业', maxPoints: 100, kind: 'MEASUREMENT', method: 'SINGLE' },
              ],
            },
          ],
        },
      })
    ).id;
    await setStatus(e2e.http, organizer, contestB, 'REGISTRATION');
    await register(e2e.http, organizer, contestB, {
      name: '王建国',
      idNumber: wang().idNumber,
      phone: wangPhone,
      unitId: unit.id,
    });
    await register(e2e.http, organizer, contestB, { ...inB.v, unitId: unit.id });
    const roster = [
      '姓名,身份证号,手机,单位代码',
      ...[inB.w, inB.x].map((p) => `${p.name},${p.idNumber},${p.phone},UB`),
    ].join('\n');
    const imported = await e2e.http
      .post(`/api/contests/${contestB}/registrations/import`)
      .set('authorization', organizer)
      .attach('file', Buffer.from(roster, 'utf8'), 'roster.csv');
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ created: 2, rejected: [] });
    for (const s of [w.idNumber, w.phone, wangPhone]) secrets.add(s);
    for (const p of Object.values(inB)) {
      secrets.add(p.idNumber);
      secrets.add(p.phone);
    }

    // Certificates of contest A, for the look-up by name and ID number.
    const issue = await e2e.http
      .post(`/api/contests/${a.contestId}/certificates/issue`)
      .set('authorization', organizer)
      .send({});
    expect(issue.status).toBe(202);
    await eventually(async () => {
      const job = await e2e.http
        .get(`/api/jobs/${(issue.body as { jobId: string }).jobId}`)
        .set('authorization', organizer);
      return (job.body as { state: string }).state === 'completed' ? true : undefined;
    }, 30000);
  }, 120000);

  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('stores no ID number and no phone in clear anywhere in the database', async () => {
    expect(secrets.size).toBe(12);
    expect(await readableInDatabase()).toEqual([]);
  });

  it('still finds a worker by name and ID number: own results and own certificates', async () => {
    const results = await lookup('/api/public/results/lookup', {
      name: '李秀英',
      idNumber: li().idNumber,
    });
    expect(results.status).toBe(200);
    expect((results.body as Array<{ name: string }>).map((r) => r.name)).toEqual(['李秀英']);
    const certificates = await lookup('/api/public/certificates/lookup', {
      name: '李秀英',
      idNumber: li().idNumber,
    });
    expect(certificates.status).toBe(200);
    expect(certificates.body).toHaveLength(1);
    // The wrong name with the right ID number finds nothing.
    expectError(
      await lookup('/api/public/certificates/lookup', { name: '王建国', idNumber: li().idNumber }),
      404,
      'CERTIFICATE_NOT_FOUND',
    );
  });

  it('finds workers by the end of the ID number in the staff list, masked; the detail in full', async () => {
    const search = async (q: string) =>
      (
        await e2e.http
          .get(`/api/contests/${contestB}/registrations?q=${q}`)
          .set('authorization', organizer)
      ).body as Array<{ id: number; worker: { name: string; idNumber: string; phone: string } }>;
    const v = inB.v;
    for (const q of [
      v.idNumber.slice(-4),
      v.idNumber.slice(-8),
      v.idNumber.slice(-15),
      v.idNumber,
    ]) {
      const rows = await search(q);
      expect(rows.map((r) => r.worker.name)).toEqual([v.name]);
      expect(rows[0].worker.idNumber).toBe(
        `${v.idNumber.slice(0, 6)}********${v.idNumber.slice(14)}`,
      );
      expect(rows[0].worker.phone).toBe('139****5671');
    }
    // Same last 4 characters, different 5th from the end: no match.
    const other = `${String((Number(v.idNumber.slice(-5, -4)) + 1) % 10)}${v.idNumber.slice(-4)}`;
    expect(await search(other)).toEqual([]);
    const x = (await search(inB.x.idNumber.slice(-4)))[0];
    const detail = await e2e.http.get(`/api/registrations/${x.id}`).set('authorization', organizer);
    expect(detail.body.worker).toMatchObject({ idNumber: inB.x.idNumber, phone: inB.x.phone });
  });

  it('recognises an existing worker on a roster re-import, by ID number', async () => {
    const roster = `姓名,身份证号,手机,单位代码\n${inB.v.name},${inB.v.idNumber},13900000000,UB\n`;
    const again = await e2e.http
      .post(`/api/contests/${contestB}/registrations/import`)
      .set('authorization', organizer)
      .attach('file', Buffer.from(roster, 'utf8'), 'again.csv');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: 0, updated: 1, rejected: [] });
    const rows = (
      await e2e.http
        .get(`/api/contests/${contestB}/registrations?q=${inB.v.idNumber.slice(-4)}`)
        .set('authorization', organizer)
    ).body as Array<{ worker: { phone: string } }>;
    expect(rows.map((r) => r.worker.phone)).toEqual(['139****0000']);
    secrets.add('13900000000');
  });

  it('finds the worker a conflict of interest names by ID number', async () => {
    const res = await e2e.http
      .post(`/api/contests/${a.contestId}/conflicts`)
      .set('authorization', organizer)
      .send({ judgeId: a.judgeId, idNumber: li().idNumber, reason: '亲属' });
    expect(res.status).toBe(201);
    const audit = (
      await e2e.http.get(`/api/contests/${a.contestId}/audit`).set('authorization', organizer)
    ).body as Array<{ action: string; registrationId: number | null }>;
    expect(
      audit.filter((e) => e.action === 'CONFLICT_DECLARED').map((e) => e.registrationId),
    ).toEqual([li().registrationId]);
  });

  describe('anonymisation after the retention period', () => {
    const anonymise = (auth = organizer, id = a.competitionId) =>
      e2e.http.post(`/api/competitions/${id}/anonymise`).set('authorization', auth);

    it('is refused while the retention period runs, and for an unknown competition', async () => {
      const early = await anonymise();
      expectError(early, 409, 'RETENTION_NOT_OVER');
      expect(early.body.details.anonymisableFrom).toEqual(expect.any(String));
      expectError(await anonymise(organizer, 99999), 404, 'COMPETITION_NOT_FOUND');
      // Nothing erased: the look-up still works.
      const still = await lookup('/api/public/results/lookup', {
        name: '李秀英',
        idNumber: li().idNumber,
      });
      expect(still.body).toHaveLength(1);
    });

    it('erases ID numbers and phones of the competition’s workers, keeps names and rankings', async () => {
      // The clock moves on: the results were published 31 days ago (retention 30 days).
      const past = new Date(Date.now() - 31 * 24 * 3600 * 1000).toISOString();
      await tamper(
        e2e.env,
        `UPDATE result_runs SET published_at = '${past}' WHERE id = ${a.runId}`,
      );
      const res = await anonymise();
      expect(res.status).toBe(200);
      // 李秀英, 张伟 and the withdrawn 周小川; 王建国 is entered in the running competition B.
      expect(res.body).toMatchObject({
        competitionId: a.competitionId,
        publishedAt: past,
        retentionDays: 30,
        workersAnonymised: 3,
        workersKept: 1,
      });

      for (const who of ['李秀英', '张伟']) {
        const gone = await lookup('/api/public/results/lookup', {
          name: who,
          idNumber: a.people.get(who)!.idNumber,
        });
        expect(gone.status === 404 || (gone.body as unknown[]).length === 0).toBe(true);
      }
      expectError(
        await lookup('/api/public/certificates/lookup', {
          name: '李秀英',
          idNumber: li().idNumber,
        }),
        404,
        'CERTIFICATE_NOT_FOUND',
      );
      const kept = await lookup('/api/public/results/lookup', {
        name: '王建国',
        idNumber: wang().idNumber,
      });
      expect((kept.body as unknown[]).length).toBe(1);

      // The published ranking still reads by name.
      const rankings = await e2e.http.get(`/api/public/competitions/${a.competitionId}/rankings`);
      expect(rankings.status).toBe(200);
      expect(JSON.stringify(rankings.body)).toContain('李秀英');
      expect(JSON.stringify(rankings.body)).toContain('张伟');

      // The organizer's detail shows no ID number or phone any more, only the name.
      const detail = await e2e.http
        .get(`/api/registrations/${withdrawn.id}`)
        .set('authorization', organizer);
      expect(detail.body.worker).toMatchObject({ name: '周小川', idNumber: null, phone: null });
      const listed = (
        await e2e.http
          .get(`/api/contests/${a.contestId}/registrations`)
          .set('authorization', organizer)
      ).body as Array<{ worker: { name: string; idNumber: string | null } }>;
      expect(listed.map((r) => [r.worker.name, r.worker.idNumber === null])).toEqual(
        expect.arrayContaining([
          ['李秀英', true],
          ['张伟', true],
          ['王建国', false],
        ]),
      );

      // Repeating it erases nothing more, and is recorded again.
      const again = await anonymise();
      expect(again.body).toMatchObject({ workersAnonymised: 0, workersKept: 1 });
      expect(again.body.id).toBeGreaterThan(res.body.id);
    });

    it('is for organizers only', async () => {
      const judge = a.judge;
      expect((await anonymise(judge)).status).toBe(403);
      expect((await e2e.http.post(`/api/competitions/${a.competitionId}/anonymise`)).status).toBe(
        401,
      );
    });

    it('leaves nothing readable after updates, anonymisation and a new registration', async () => {
      expect(secrets.size).toBe(13);
      expect(await readableInDatabase()).toEqual([]);
    });

    it('lets the same person register again afterwards, as a new worker', async () => {
      const old = await e2e.http
        .get(`/api/registrations/${li().registrationId}`)
        .set('authorization', organizer);
      const unitId = (old.body as { worker: { unitId: number } }).worker.unitId;
      const fresh = await register(e2e.http, organizer, contestB, {
        name: '李秀英',
        idNumber: li().idNumber,
        unitId,
      });
      expect(fresh.worker.id).not.toBe((old.body as { worker: { id: number } }).worker.id);
      const found = await lookup('/api/public/results/lookup', {
        name: '李秀英',
        idNumber: li().idNumber,
      });
      // The new worker has no published result yet; the old one is no longer theirs by ID number.
      expect(found.status === 404 || (found.body as unknown[]).length === 0).toBe(true);
    });
  });
});
