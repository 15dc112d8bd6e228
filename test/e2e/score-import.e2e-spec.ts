import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { femaleId, maleId, withWrongCheckDigit } from '../factories/id-numbers';
import { personName } from '../factories/people';
import { register, setStatus } from '../factories/registration-api';
import { scheme30x70 } from '../factories/schemes';
import { SetupApi } from '../factories/setup-api';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
}

type Result = {
  criterionKey: string;
  judgeId: number;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Array<{ row: number; field: string; column?: string; code: string }>;
};

describe.each(databases)('Theory-exam scores imported from a file on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  let organizer: string;
  let grader: string;
  let graderId: number;
  let contestId: number;
  /** code → { idNumber, name } of the eight contestants */
  const people = new Map<string, { idNumber: string; name: string }>();
  let codes: string[];

  const upload = (auth: string, content: Buffer, filename: string, query = '') =>
    e2e.http
      .post(`/api/contests/${contestId}/scores/import${query}`)
      .set('authorization', auth)
      .attach('file', content, filename);

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp(db.overrides);
    organizer = await e2e.login();
    const setup = new SetupApi(e2e.http, organizer);
    const unit = await setup.unit('FX', '阜新市总工会');
    graderId = (await setup.user('grader', 'JUDGE')).id;
    grader = await e2e.login('grader', 'grader-password');
    const practical = (await setup.user('practical', 'JUDGE')).id;
    const competition = await setup.competition();
    contestId = (
      await setup.contest(competition.id, {
        tradeId: await setup.tradeId('ECOM'),
        scheme: scheme30x70(),
      })
    ).id;
    await setStatus(e2e.http, organizer, contestId, 'REGISTRATION');
    const idOf = new Map<number, { idNumber: string; name: string }>();
    for (let i = 0; i < 8; i++) {
      const person = {
        idNumber: i % 2 ? femaleId(200 + i) : maleId(200 + i),
        name: personName(300 + i),
      };
      const r = await register(e2e.http, organizer, contestId, { ...person, unitId: unit.id });
      idOf.set(r.id, person);
    }
    for (const [userId, body] of [
      [graderId, { criteria: ['exam'] }],
      [practical, { parts: ['practical'] }],
    ] as const) {
      await e2e.http
        .post(`/api/contests/${contestId}/judges`)
        .set('authorization', organizer)
        .send({ userId, ...body });
    }
    await setStatus(e2e.http, organizer, contestId, 'SCORING');
    await e2e.http
      .post(`/api/contests/${contestId}/registrations/decisions`)
      .set('authorization', organizer)
      .send({ status: 'APPROVED', allPending: true });
    await e2e.http.post(`/api/contests/${contestId}/draw`).set('authorization', organizer).send({});
    const rows = (
      await e2e.http.get(`/api/contests/${contestId}/registrations`).set('authorization', organizer)
    ).body as Array<{
      id: number;
      code: string;
    }>;
    for (const r of rows) people.set(r.code, idOf.get(r.id)!);
    codes = rows.map((r) => r.code);
  });

  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('enters good rows by code or ID number for the exam’s judge and reports every bad row', async () => {
    const [a, b, c, d, e] = codes;
    const csv = [
      '2026年理论考试成绩,,,',
      '加密号,身份证号,姓名,理论成绩',
      `${a},,,88.5`,
      `,${people.get(b)!.idNumber},${people.get(b)!.name},92`,
      `${c.toLowerCase()},,,75`,
      'ZZZZZZ,,,60',
      `${d},,,101`,
      `${a},,,70`,
      `,${people.get(e)!.idNumber},王五,80`,
      `,${withWrongCheckDigit(people.get(e)!.idNumber)},,80`,
      `${d},${people.get(e)!.idNumber},,66`,
    ].join('\n');
    const res = await upload(organizer, Buffer.from(csv), '理论成绩.csv');
    expect(res.status).toBe(200);
    const result = res.body as Result;
    expect(result).toMatchObject({
      criterionKey: 'exam',
      judgeId: graderId,
      totalRows: 9,
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    expect(result.rejected.map((r) => [r.row, r.field, r.code])).toEqual([
      [6, 'code', 'SCORE_UNKNOWN_CODE'],
      [7, 'points', 'SCORE_OUT_OF_RANGE'],
      [8, 'code', 'SCORE_FILE_DUPLICATE_ROW'],
      [9, 'name', 'SCORE_FILE_NAME_MISMATCH'],
      [10, 'idNumber', 'ID_NUMBER_CHECK_DIGIT'],
      [11, 'idNumber', 'SCORE_FILE_CODE_ID_MISMATCH'],
    ]);
    const sheet = (
      await e2e.http.get(`/api/contests/${contestId}/score-sheet`).set('authorization', grader)
    ).body as {
      rows: Array<{ code: string; scores: { exam: { points: string } | null } }>;
    };
    const points = new Map(sheet.rows.map((r) => [r.code, r.scores.exam?.points ?? null]));
    expect([points.get(a), points.get(b), points.get(c), points.get(d)]).toEqual([
      '88.50',
      '92.00',
      '75.00',
      null,
    ]);
    const audit = (
      await e2e.http
        .get(`/api/contests/${contestId}/audit?limit=5000`)
        .set('authorization', organizer)
    ).body as Array<{
      action: string;
      actorId: number;
      judgeId: number;
      reason: string;
    }>;
    const created = audit.filter((x) => x.action === 'SCORE_CREATED');
    expect(created).toHaveLength(3);
    expect(created[0]).toMatchObject({ judgeId: graderId, reason: '成绩导入 理论成绩.csv' });
  });

  it('reads an .xlsx whose scores are number cells, and finds nothing to change the second time', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('成绩');
    sheet.addRow(['考号', '分数']);
    codes.slice(3).forEach((code, i) => sheet.addRow([code, 60 + i + 0.25]));
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const first = await upload(grader, content, 'scores.xlsx');
    expect(first.body).toMatchObject({ totalRows: 5, created: 5, rejected: [] });
    const again = await upload(grader, content, 'scores.xlsx');
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
  });

  it('refuses files that are not score files, and callers who may not enter these scores', async () => {
    expectError(
      await upload(organizer, Buffer.from('姓名,电话\n张三,1\n'), 's.csv'),
      400,
      'SCORE_FILE_NO_HEADER',
    );
    expectError(
      await upload(
        organizer,
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        's.xls',
      ),
      415,
      'SCORE_FILE_XLS_UNSUPPORTED',
    );
    expectError(
      await upload(organizer, Buffer.from('x'), 's.csv', '?criterionKey=nope'),
      400,
      'UNKNOWN_CRITERION',
    );
    const practical = await e2e.login('practical', 'practical-password');
    expectError(
      await upload(practical, Buffer.from(`加密号,成绩\n${codes[0]},50\n`), 's.csv'),
      400,
      'SCORE_IMPORT_JUDGE_REQUIRED',
    );
    expectError(
      await upload(
        practical,
        Buffer.from(`加密号,成绩\n${codes[0]},50\n`),
        's.csv',
        `?judgeId=${graderId}`,
      ),
      403,
      'NOT_CHIEF_JUDGE',
    );
  });
});
