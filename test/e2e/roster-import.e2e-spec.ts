import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { readRosterHeader } from '../../src/registrations/import/roster-reader';
import { idNumber } from '../factories/id-numbers';
import { personName } from '../factories/people';
import { setStatus } from '../factories/registration-api';
import { scheme30x70 } from '../factories/schemes';
import { SetupApi } from '../factories/setup-api';
import { eventually, startApp, type E2eApp } from '../support/e2e-app';
import { freePort } from '../support/redis-server';
import { binary } from '../support/binary';
import { databases } from '../support/e2e-databases';

const FIXTURES = join(__dirname, '..', 'fixtures', 'rosters');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(typeof res.body.message).toBe('string');
}

type ImportResult = {
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Array<{
    row: number;
    field: string;
    column?: string;
    code: string;
    message: string;
    messageZh: string;
  }>;
};

/** What the office-made roster must give (test/fixtures/rosters/README.md, row by row). */
const GOOD_ROWS = [4, 5, 6, 13, 14, 15, 16, 17, 18, 19];

describe.each(databases)(
  'Roster import over HTTP on %s (real office files, the job path, bad files, template, export)',
  (_name, database) => {
    let dropDatabase: () => Promise<void> = () => Promise.resolve();
    let e2e: E2eApp;
    let organizer: string;
    let coordinator: string;
    let setup: SetupApi;
    let competitionId: number;

    const openContest = async (tradeCode: string, competition = competitionId) => {
      const contest = await setup.contest(competition, {
        tradeId: await setup.tradeId(tradeCode),
        scheme: scheme30x70(),
      });
      await setStatus(e2e.http, organizer, contest.id, 'REGISTRATION');
      return contest.id;
    };
    const upload = (auth: string, contestId: number, content: Buffer, filename: string) =>
      e2e.http
        .post(`/api/contests/${contestId}/registrations/import`)
        .set('authorization', auth)
        .attach('file', content, filename);
    const total = async (contestId: number): Promise<number> => {
      const res = await e2e.http
        .get(`/api/contests/${contestId}/registrations?pageSize=1`)
        .set('authorization', organizer);
      return Number(res.headers['x-total-count']);
    };

    beforeAll(async () => {
      const db = await database();
      dropDatabase = db.drop;
      e2e = await startApp({
        ...db.overrides,
        // Compared with what a file unpacks to: the office roster unpacks to ~20.6 kB.
        ROSTER_INLINE_MAX_BYTES: '30000',
        ROSTER_MAX_BYTES: '300000',
      });
      organizer = await e2e.login();
      setup = new SetupApi(e2e.http, organizer);
      const city = await setup.unit('FX', '阜新市总工会');
      const first = await setup.unit('FX001', '阜新市第一机械厂', city.id);
      await setup.unit('FX002', '阜新矿业集团', city.id);
      await setup.unit('FX003', '阜新市第二建筑公司', city.id);
      await setup.user('coord-fx001', 'UNIT_COORDINATOR', first.id);
      coordinator = await e2e.login('coord-fx001', 'coord-fx001-password');
      competitionId = (await setup.competition()).id;
    });

    afterAll(async () => {
      await e2e?.close();
      await dropDatabase();
    });

    describe('a roster written by LibreOffice (merged titles, full-width text, numbers for IDs)', () => {
      let contestId: number;
      let first: ImportResult;

      beforeAll(async () => {
        contestId = await openContest('ECOM');
        const res = await upload(
          organizer,
          contestId,
          fixture('office-roster.xlsx'),
          '报名表.xlsx',
        );
        expect(res.status).toBe(200);
        first = res.body as ImportResult;
      });

      it('accepts exactly the good rows', async () => {
        expect(first).toMatchObject({
          totalRows: 14,
          created: GOOD_ROWS.length,
          updated: 0,
          unchanged: 0,
        });
        expect(await total(contestId)).toBe(GOOD_ROWS.length);
        const rows = (
          await e2e.http
            .get(`/api/contests/${contestId}/registrations`)
            .set('authorization', organizer)
        ).body as Array<{ id: number; worker: { name: string; gender: string; unitCode: string } }>;
        expect(rows.map((r) => r.worker.name).sort()).toEqual(
          [
            '王建国',
            '李秀英',
            '张伟',
            '孙丽',
            '周强',
            '吴芳',
            '郑海',
            '冯雪',
            '何军',
            '高雅',
          ].sort(),
        );
        const byName = new Map(rows.map((r) => [r.worker.name, r]));
        expect(byName.get('郑海')!.worker).toMatchObject({ gender: 'M', unitCode: 'FX003' }); // gender from the ID
        expect(byName.get('冯雪')!.worker.unitCode).toBe('FX001'); // unit by its name
        const sun = await e2e.http
          .get(`/api/registrations/${byName.get('孙丽')!.id}`)
          .set('authorization', organizer);
        expect(sun.body.worker.idNumber).toBe('21090219900721002X');
        const zhang = await e2e.http
          .get(`/api/registrations/${byName.get('张伟')!.id}`)
          .set('authorization', organizer);
        expect(zhang.body.worker.idNumber).toBe('210904198812300050'); // was full-width
        const zhou = await e2e.http
          .get(`/api/registrations/${byName.get('周强')!.id}`)
          .set('authorization', organizer);
        expect(zhou.body.worker.phone).toBe('13904180009'); // a number cell
      });

      it('reports every bad row with its row number, field and reason', () => {
        expect(first.rejected.map((r) => [r.row, r.field, r.code])).toEqual([
          [7, 'idNumber', 'ID_NUMBER_STORED_AS_NUMBER'],
          [8, 'idNumber', 'ID_NUMBER_CHECK_DIGIT'],
          [9, 'idNumber', 'ROSTER_DUPLICATE_ROW'],
          [10, 'unit', 'UNIT_UNKNOWN'],
        ]);
        const [numeric, check, duplicate, unit] = first.rejected;
        expect(numeric.column).toBe('身份证号（必填）');
        expect(numeric.message).toMatch(/number/i);
        expect(numeric.message).toMatch(/text/i);
        expect(numeric.messageZh).toMatch(/文本/);
        expect(check.message).toMatch(/check digit/i);
        expect(duplicate.message).toContain('row 4');
        expect(unit.message).toContain('阜新市不存在的单位');
        expect(Object.keys(unit).sort()).toEqual([
          'code',
          'column',
          'field',
          'message',
          'messageZh',
          'row',
        ]);
        for (const r of first.rejected) expect(r.message).not.toMatch(/\d{17}[\dX]/);
      });

      it('changes nothing when the same file is imported again', async () => {
        const res = await upload(
          organizer,
          contestId,
          fixture('office-roster.xlsx'),
          '报名表.xlsx',
        );
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ created: 0, updated: 0, unchanged: GOOD_ROWS.length });
        expect((res.body as ImportResult).rejected).toEqual(first.rejected);
        expect(await total(contestId)).toBe(GOOD_ROWS.length);
      });

      it("refuses the rows of a coordinator's roster that belong to other units", async () => {
        const other = (await setup.competition('FX2018', '2018年阜新市职工职业技能大赛', 2018)).id;
        const contest = await openContest('WELD', other);
        const res = await upload(
          coordinator,
          contest,
          fixture('office-roster.xlsx'),
          'roster.xlsx',
        );
        expect(res.status).toBe(200);
        const body = res.body as ImportResult;
        const outOfScope = body.rejected
          .filter((r) => r.code === 'UNIT_OUT_OF_SCOPE')
          .map((r) => r.row);
        expect(outOfScope).toEqual([6, 7, 8, 14, 15, 16, 18, 19]);
        expect(body.created).toBe(4); // rows 4, 5, 13 and 17 are FX001's
        const rows = (
          await e2e.http
            .get(`/api/contests/${contest}/registrations`)
            .set('authorization', coordinator)
        ).body as Array<{ worker: { unitCode: string; idNumber: string } }>;
        expect(rows).toHaveLength(4);
        for (const row of rows) expect(row.worker.unitCode).toBe('FX001');
      });
    });

    it('reads the same roster saved as GBK CSV, where the number became 1.1010519491231E+017', async () => {
      const other = (await setup.competition('FX2019', '2019年阜新市职工职业技能大赛', 2019)).id;
      const contest = await openContest('ECOM', other);
      const res = await upload(organizer, contest, fixture('office-roster-gbk.csv'), '报名表.csv');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ created: GOOD_ROWS.length });
      expect((res.body as ImportResult).rejected.map((r) => [r.row, r.code])).toEqual([
        [7, 'ID_NUMBER_SCIENTIFIC'],
        [8, 'ID_NUMBER_CHECK_DIGIT'],
        [9, 'ROSTER_DUPLICATE_ROW'],
        [10, 'UNIT_UNKNOWN'],
      ]);
    });

    describe('files that are refused whole, changing nothing', () => {
      let contestId: number;
      beforeAll(async () => {
        contestId = await openContest('AGATE');
      });

      it.each([
        [
          'random bytes called .xlsx',
          Buffer.from('PK\u0003\u0004 not really a zip at all'),
          'r.xlsx',
          400,
          'ROSTER_UNREADABLE',
        ],
        [
          'an old binary .xls',
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
          'r.xls',
          415,
          'ROSTER_XLS_UNSUPPORTED',
        ],
        [
          'a CSV without a header row',
          Buffer.from('张三,110105194912310021\n李四,21090219900721002X\n'),
          'r.csv',
          400,
          'ROSTER_NO_HEADER',
        ],
        ['a PDF', Buffer.from('%PDF-1.4\n%âãÏÓ\n'), 'r.pdf', 415, 'ROSTER_FORMAT_UNSUPPORTED'],
        ['an empty file', Buffer.alloc(0), 'r.csv', 400, 'ROSTER_EMPTY'],
        [
          'a file over ROSTER_MAX_BYTES',
          Buffer.alloc(400000, 'a'),
          'r.csv',
          413,
          'ROSTER_TOO_LARGE',
        ],
      ])('%s', async (_, content, filename, status, code) => {
        expectError(await upload(organizer, contestId, content, filename), status, code);
        expect(await total(contestId)).toBe(0);
      });

      it('a roster without a unit column, from an organizer', async () => {
        const csv = Buffer.from(`姓名,身份证号\n${personName(1)},${idNumber(1)}\n`);
        expectError(await upload(organizer, contestId, csv, 'r.csv'), 400, 'ROSTER_MISSING_COLUMN');
      });

      it('a request that carries no file, or is not multipart', async () => {
        const noFile = await e2e.http
          .post(`/api/contests/${contestId}/registrations/import`)
          .set('authorization', organizer)
          .field('note', 'x');
        expectError(noFile, 400, 'ROSTER_FILE_REQUIRED');
        const json = await e2e.http
          .post(`/api/contests/${contestId}/registrations/import`)
          .set('authorization', organizer)
          .send({ file: 'a,b' });
        expectError(json, 415, 'ROSTER_NOT_MULTIPART');
      });

      it('imports only while the contest is open for registration, and never for judges', async () => {
        await setup.user('judge-x', 'JUDGE');
        const judge = await e2e.login('judge-x', 'judge-x-password');
        expectError(
          await upload(judge, contestId, fixture('office-roster.xlsx'), 'r.xlsx'),
          403,
          'ROLE_NOT_ALLOWED',
        );
        const closed = await openContest('GARDEN');
        await setStatus(e2e.http, organizer, closed, 'SCORING');
        expectError(
          await upload(organizer, closed, fixture('office-roster.xlsx'), 'r.xlsx'),
          409,
          'REGISTRATION_CLOSED',
        );
      });
    });

    it('imports a large roster as a Bull job, with progress, and reports the same way', async () => {
      const contestId = await openContest('EXPRESS');
      const rows = 1200;
      const lines = ['姓名,身份证号,单位代码'];
      for (let i = 0; i < rows; i++)
        lines.push(
          `${personName(i)},${idNumber(1 + (i % 999), `1990020${1 + Math.floor(i / 999)}`, '210905')},FX002`,
        );
      lines.push(`${personName(5)},123,FX002`);
      const content = Buffer.from(lines.join('\n'));
      expect(content.length).toBeGreaterThan(30000);
      const res = await upload(organizer, contestId, content, 'big.csv');
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({
        status: 'QUEUED',
        importId: expect.any(Number),
        jobId: expect.stringMatching(/^registrations:/),
      });
      const { importId, jobId } = res.body as { importId: number; jobId: string };
      const done = await eventually(async () => {
        const status = await e2e.http
          .get(`/api/contests/${contestId}/registrations/imports/${importId}`)
          .set('authorization', organizer);
        const body = status.body as { status: string; result: ImportResult };
        return body.status === 'DONE' ? body : undefined;
      }, 20000);
      expect(done).toMatchObject({
        progress: 100,
        result: { totalRows: rows + 1, created: rows, unchanged: 0 },
      });
      expect(done.result.rejected).toEqual([
        expect.objectContaining({ row: rows + 2, field: 'idNumber', code: 'ID_NUMBER_LENGTH' }),
      ]);
      const job = await e2e.http
        .get(`/api/jobs/${encodeURIComponent(jobId)}`)
        .set('authorization', organizer);
      expect(job.body).toMatchObject({ state: 'completed', result: { created: rows } });
      expect(await total(contestId)).toBe(rows);
      // Only the uploader and organizers may follow it.
      expectError(
        await e2e.http
          .get(`/api/contests/${contestId}/registrations/imports/${importId}`)
          .set('authorization', coordinator),
        404,
        'ROSTER_IMPORT_NOT_FOUND',
      );
    });

    it('queues an .xlsx by what it unpacks to, not by its upload size', async () => {
      const contestId = await openContest('CNC');
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('报名表');
      sheet.addRow(['姓名', '身份证号', '单位代码']);
      for (let i = 0; i < 600; i++)
        sheet.addRow([personName(i), idNumber(1 + (i % 999), '19910101', '210911'), 'FX003']);
      const content = Buffer.from(await workbook.xlsx.writeBuffer());
      // Small enough as sent to have been imported inline before; it unpacks to several times that.
      expect(content.length).toBeLessThan(30000);
      const res = await upload(organizer, contestId, content, 'big.xlsx');
      expect(res.status).toBe(202);
      const { importId } = res.body as { importId: number };
      const done = await eventually(async () => {
        const status = await e2e.http
          .get(`/api/contests/${contestId}/registrations/imports/${importId}`)
          .set('authorization', organizer);
        const body = status.body as { status: string; result: ImportResult };
        return body.status === 'DONE' ? body : undefined;
      }, 20000);
      expect(done.result).toMatchObject({ totalRows: 600, created: 600, rejected: [] });
    });

    it('fails a queued roster without a unit column in its job, having read it once', async () => {
      const contestId = await openContest('COOK');
      const lines = ['姓名,身份证号'];
      for (let i = 0; i < 1200; i++)
        lines.push(`${personName(i)},${idNumber(1 + (i % 999), '19920202', '210911')}`);
      const res = await upload(organizer, contestId, Buffer.from(lines.join('\n')), 'big.csv');
      expect(res.status).toBe(202);
      const { importId } = res.body as { importId: number };
      const failed = await eventually(async () => {
        const status = await e2e.http
          .get(`/api/contests/${contestId}/registrations/imports/${importId}`)
          .set('authorization', organizer);
        const body = status.body as { status: string; error: { code: string } | null };
        return body.status === 'FAILED' ? body : undefined;
      }, 20000);
      expect(failed.error?.code).toBe('ROSTER_MISSING_COLUMN');
      expect(await total(contestId)).toBe(0);
    });

    it('takes a unit code written in the 单位 column when no unit has that name', async () => {
      const contestId = await openContest('HVAC');
      const csv = [
        '姓名,身份证号,单位',
        `${personName(701)},${idNumber(701, '19930303', '210911')},FX002`,
        `${personName(702)},${idNumber(702, '19930303', '210911')}, fx003 `,
        `${personName(703)},${idNumber(703, '19930303', '210911')},阜新市第一机械厂`,
        `${personName(704)},${idNumber(704, '19930303', '210911')},FX999`,
      ].join('\n');
      const res = await upload(organizer, contestId, Buffer.from(csv), 'r.csv');
      expect(res.status).toBe(200);
      const body = res.body as ImportResult;
      expect(body).toMatchObject({ totalRows: 4, created: 3 });
      expect(body.rejected.map((r) => [r.row, r.field, r.code])).toEqual([
        [5, 'unit', 'UNIT_UNKNOWN'],
      ]);
      const rows = (
        await e2e.http
          .get(`/api/contests/${contestId}/registrations`)
          .set('authorization', organizer)
      ).body as Array<{ worker: { name: string; unitCode: string } }>;
      const unitOf = new Map(rows.map((r) => [r.worker.name, r.worker.unitCode]));
      expect([701, 702, 703].map((i) => unitOf.get(personName(i)))).toEqual([
        'FX002',
        'FX003',
        'FX001',
      ]);
      // A coordinator's scope holds for units named by code in the 单位 column too.
      const scoped = await upload(
        coordinator,
        contestId,
        Buffer.from(
          `姓名,身份证号,单位\n${personName(705)},${idNumber(705, '19930303', '210911')},FX002\n`,
        ),
        'r.csv',
      );
      expect((scoped.body as ImportResult).rejected.map((r) => r.code)).toEqual([
        'UNIT_OUT_OF_SCOPE',
      ]);
    });

    it('hands out a template that the importer reads, listing the caller’s units', async () => {
      const contestId = await openContest('ELEC');
      const res = await e2e.http
        .get(`/api/contests/${contestId}/registrations/import-template`)
        .set('authorization', coordinator)
        .buffer(true)
        .parse(binary);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
      const header = await readRosterHeader(res.body as Buffer, 'xlsx');
      expect(Object.keys(header.columns).sort()).toEqual([
        'gender',
        'idNumber',
        'name',
        'phone',
        'unit',
        'unitCode',
      ]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as ExcelJS.Buffer);
      const unitSheet = workbook.worksheets.find((s) => s.name === '单位列表');
      const listed: string[] = [];
      unitSheet?.eachRow((row) => listed.push(row.getCell(1).text));
      expect(listed).toContain('FX001');
      expect(listed).not.toContain('FX002');
    });

    it('exports registrations as .xlsx for organizers, with whole ID numbers', async () => {
      const other = (await setup.competition('FX2020', '2020年阜新市职工职业技能大赛', 2020)).id;
      const contestId = await openContest('LATHE', other);
      expect(
        (await upload(organizer, contestId, fixture('office-roster.xlsx'), 'r.xlsx')).body,
      ).toMatchObject({
        created: GOOD_ROWS.length,
      });
      expectError(
        await e2e.http
          .get(`/api/contests/${contestId}/registrations/export`)
          .set('authorization', coordinator),
        403,
        'ROLE_NOT_ALLOWED',
      );
      const res = await e2e.http
        .get(`/api/contests/${contestId}/registrations/export`)
        .set('authorization', organizer)
        .buffer(true)
        .parse(binary);
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(2).getCell(5).value).toBe('身份证号');
      const ids: string[] = [];
      sheet.eachRow((row, n) => {
        if (n > 2) ids.push(row.getCell(5).text);
      });
      expect(ids).toHaveLength(GOOD_ROWS.length);
      expect(ids).toContain('21090219900721002X');
      expect(ids).toContain('210902198503150017');
    });
  },
);

describe.each(databases)('Roster import on %s while Redis is down', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  beforeAll(async () => {
    // Nothing listens on this port: the queue is unavailable from the start.
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp({
      ...db.overrides,
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      ROSTER_INLINE_MAX_BYTES: '1024',
    });
  });
  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('imports a large roster in the request instead of refusing it', async () => {
    const organizer = await e2e.login();
    const setup = new SetupApi(e2e.http, organizer);
    await setup.unit('FX002', '阜新矿业集团');
    const competition = await setup.competition();
    const contest = await setup.contest(competition.id, {
      tradeId: await setup.tradeId('ECOM'),
      scheme: scheme30x70(),
    });
    await setStatus(e2e.http, organizer, contest.id, 'REGISTRATION');
    const lines = ['姓名,身份证号,单位代码'];
    for (let i = 0; i < 200; i++)
      lines.push(`${personName(i)},${idNumber(1 + i, '19880808', '210911')},FX002`);
    const content = Buffer.from(lines.join('\n'));
    expect(content.length).toBeGreaterThan(1024);
    const res = await e2e.http
      .post(`/api/contests/${contest.id}/registrations/import`)
      .set('authorization', organizer)
      .attach('file', content, 'big.csv');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ totalRows: 200, created: 200, rejected: [] });
  });
});
