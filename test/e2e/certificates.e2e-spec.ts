import { execFileSync } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { CertificateFiles } from '../../src/certificates/certificate-files';
import { CertificateRequest } from '../../src/certificates/certificate-request.entity';
import { CertificateRequests } from '../../src/certificates/certificate-requests';
import { CertificatesService } from '../../src/certificates/certificates.service';
import { publishedContest, type PublishedContest } from '../factories/published-contest';
import { SetupApi } from '../factories/setup-api';
import { eventually, startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';
import { binary } from '../support/binary';

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
}

type Listed = {
  serial: string;
  code: string;
  kind: string;
  title: string | null;
  name: string;
  status: string;
  replacedBy: number | null;
};

/** Totals: 95 → 技术状元; 90, 85 → 技术标兵; 80 → 技术能手; 50 → below 60, no title. */
const SCORES: Array<[string, number]> = [
  ['王建国', 95],
  ['欧阳娜娜·买买提江', 90],
  ['李秀英', 85],
  ['溫榮', 80],
  ['张伟', 50],
];

describe.each(databases)(
  'Certificates over HTTP on %s: exactly once, verify, revoke and reissue',
  (_name, database) => {
    let e2e: E2eApp;
    let dropDatabase: () => Promise<void> = () => Promise.resolve();
    let organizer: string;
    let contest: PublishedContest;

    const list = async () =>
      (
        await e2e.http
          .get(`/api/contests/${contest.contestId}/certificates`)
          .set('authorization', organizer)
      ).body as Listed[];
    const issue = async (body: object = {}) => {
      const res = await e2e.http
        .post(`/api/contests/${contest.contestId}/certificates/issue`)
        .set('authorization', organizer)
        .send(body);
      expect(res.status).toBe(202);
      await waitFor((res.body as { jobId: string }).jobId);
    };
    const waitFor = (jobId: string) =>
      eventually(async () => {
        const job = await e2e.http.get(`/api/jobs/${jobId}`).set('authorization', organizer);
        return (job.body as { state: string }).state === 'completed' ? true : undefined;
      }, 30000);
    const pdf = async (path: string, auth?: string) => {
      const req = e2e.http.get(path);
      if (auth) void req.set('authorization', auth);
      return req.buffer(true).parse(binary);
    };

    beforeAll(async () => {
      const db = await database();
      dropDatabase = db.drop;
      e2e = await startApp({ ...db.overrides, PUBLIC_BASE_URL: 'https://skills.example.cn' });
      organizer = await e2e.login();
      contest = await publishedContest(e2e.http, organizer, (u, p) => e2e.login(u, p), SCORES);
    });

    afterAll(async () => {
      await e2e?.close();
      await dropDatabase();
    });

    it('issues one certificate per title, with readable serials and random codes', async () => {
      await issue();
      const certificates = await list();
      expect(certificates.map((c) => [c.name, c.title, c.status])).toEqual([
        ['王建国', 'CHAMPION', 'ISSUED'],
        ['欧阳娜娜·买买提江', 'PACESETTER', 'ISSUED'],
        ['李秀英', 'PACESETTER', 'ISSUED'],
        ['溫榮', 'EXPERT', 'ISSUED'],
      ]);
      expect(certificates.map((c) => c.serial)).toEqual([
        'FX2017-LATHE-0001',
        'FX2017-LATHE-0002',
        'FX2017-LATHE-0003',
        'FX2017-LATHE-0004',
      ]);
      for (const c of certificates) expect(c.code).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
      expect(new Set(certificates.map((c) => c.code)).size).toBe(4);
    });

    it('issues nothing twice: a second job, and two issuers at once, leave exactly one per title', async () => {
      const before = await list();
      await issue();
      const service = e2e.app.get(CertificatesService);
      await Promise.all([
        service.issue(contest.contestId, false),
        service.issue(contest.contestId, false),
      ]);
      expect(await list()).toEqual(before);
    });

    it('keeps each request until its job has run, and takes back one that could not be queued', async () => {
      const rows = () =>
        e2e.app
          .get(DataSource)
          .getRepository(CertificateRequest)
          .find({ where: { contestId: contest.contestId }, order: { scope: 'ASC' } });
      const before = await rows();
      expect(before).toEqual([
        expect.objectContaining({
          scope: 'titles',
          runId: contest.runId,
          outcome: 'DONE',
          finishedAt: expect.any(Date),
        }),
      ]);
      const requests = e2e.app.get(CertificateRequests);
      expect(await requests.pending()).toEqual([]);
      // Recorded and owed until a job runs it: what the queue puts back after losing Redis.
      const withParticipation = await requests.record(contest.contestId, contest.runId, true);
      expect(await requests.pending()).toEqual([
        {
          payload: { contestId: contest.contestId, participation: true, runId: contest.runId },
          key: `certificates-${contest.contestId}-run-${contest.runId}-all`,
        },
      ]);
      // Not queued (the API answered 503): taken back, and a request it replaced is restored.
      await requests.undo(contest.contestId, true, withParticipation);
      const again = await requests.record(contest.contestId, contest.runId, false);
      expect(again.previous).toMatchObject({ outcome: 'DONE' });
      expect(await requests.pending()).toHaveLength(1);
      await requests.undo(contest.contestId, false, again);
      expect(await rows()).toEqual(before);
      expect(await requests.pending()).toEqual([]);
    });

    it('draws a Chinese PDF whose text holds the name, title and serial, and whose QR code opens the verification page', async () => {
      const [first] = await list();
      const res = await pdf(`/api/certificates/${first.serial}/pdf`, organizer);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const file = join(e2e.env.DATA_DIR, 'check.pdf');
      writeFileSync(file, res.body as Buffer);
      const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
      expect(text).toContain('王建国');
      expect(text).toContain('技术状元');
      expect(text).toContain(first.serial);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '150',
        '-singlefile',
        file,
        join(e2e.env.DATA_DIR, 'check'),
      ]);
      const qr = execFileSync('zbarimg', ['-q', '--raw', join(e2e.env.DATA_DIR, 'check.png')])
        .toString()
        .trim();
      expect(qr).toBe(`https://skills.example.cn/verify/${first.code}`);
      expectError(
        await e2e.http.get(`/api/certificates/${first.serial}/pdf`),
        401,
        'TOKEN_MISSING',
      );
      const holder = await pdf(`/api/public/certificates/${first.code}/pdf`);
      expect((holder.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('verifies for anyone by code, as JSON and as the page the QR code opens', async () => {
      const [first] = await list();
      const res = await e2e.http.get(`/api/public/certificates/${first.code}`);
      expect(res.body).toEqual({
        valid: true,
        status: 'ISSUED',
        serial: first.serial,
        name: '王建国',
        unit: '阜新市第一机械厂',
        trade: '车工',
        title: '技术状元',
        competition: '2017年阜新市职工职业技能大赛',
        issuedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect(JSON.stringify(res.body)).not.toContain(contest.people.get('王建国')!.idNumber);
      const page = await e2e.http.get(`/verify/${first.code}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('证书有效');
      // …and it leads to the web pages' version, with the details and the PDF.
      expect(page.text).toContain(`href="/#/verify/${first.code}"`);
      expectError(
        await e2e.http.get('/api/public/certificates/AAAAAAAAAAAA'),
        404,
        'CERTIFICATE_NOT_FOUND',
      );
    });

    it('redraws a PDF whose file has gone missing, from the database', async () => {
      const [, second] = await list();
      const files = e2e.app.get(CertificateFiles);
      unlinkSync(files.path({ competitionId: contest.competitionId, serial: second.serial }));
      const res = await pdf(`/api/certificates/${second.serial}/pdf`, organizer);
      expect(res.status).toBe(200);
      expect(
        await files.exists({ competitionId: contest.competitionId, serial: second.serial }),
      ).toBe(true);
    });

    it('resumes a job killed while drawing, without a second certificate', async () => {
      const files = e2e.app.get(CertificateFiles);
      const service = e2e.app.get(CertificatesService);
      const real = files.write.bind(files);
      let writes = 0;
      const spy = jest.spyOn(files, 'write').mockImplementation(async (c, buffer) => {
        if (++writes > 2) throw new Error('worker killed');
        await real(c, buffer);
      });
      // Participation certificates for the five ranked workers: the records first, then the drawing.
      await expect(service.issue(contest.contestId, true)).rejects.toThrow('worker killed');
      spy.mockRestore();
      const afterCrash = await list();
      expect(afterCrash.filter((c) => c.kind === 'PARTICIPATION')).toHaveLength(5);
      const report = await service.issue(contest.contestId, true);
      expect(report).toMatchObject({ issued: 0, revoked: 0, unchanged: 9 });
      expect(report.drawn).toBe(3);
      expect(await list()).toEqual(afterCrash);
    });

    it('revokes and reissues exactly the certificates a corrected result changes', async () => {
      const before = await list();
      // 张伟 is rescored 92 on appeal: now second (技术标兵); 李秀英 drops to 4th (技术能手); 溫榮,
      // now 5th, is still 技术能手 (ranks 4–10), so their certificate stands.
      await contest.rescore('张伟', 92);
      const after = await eventually(async () => {
        const now = await list();
        return now.length > before.length ? now : undefined;
      }, 30000);
      const valid = after.filter((c) => c.status === 'ISSUED' && c.kind === 'TITLE');
      expect(valid.map((c) => [c.name, c.title])).toEqual(
        expect.arrayContaining([
          ['王建国', 'CHAMPION'],
          ['张伟', 'PACESETTER'],
          ['欧阳娜娜·买买提江', 'PACESETTER'],
          ['李秀英', 'EXPERT'],
          ['溫榮', 'EXPERT'],
        ]),
      );
      expect(valid).toHaveLength(5);
      const unchanged = before.filter((c) => c.name !== '李秀英' || c.kind === 'PARTICIPATION');
      for (const c of unchanged)
        expect(after.find((a) => a.serial === c.serial)?.status).toBe('ISSUED');
      expect(after.filter((c) => c.status === 'REVOKED').map((c) => c.name)).toEqual(['李秀英']);
      const oldLi = before.find((c) => c.name === '李秀英' && c.kind === 'TITLE')!;
      const verified = await e2e.http.get(`/api/public/certificates/${oldLi.code}`);
      expect(verified.body).toMatchObject({
        valid: false,
        status: 'REVOKED',
        serial: oldLi.serial,
      });
      const newLi = valid.find((c) => c.name === '李秀英')!;
      expect(verified.body.replacedBy).toBe(newLi.serial);
      expect(newLi.serial).not.toBe(oldLi.serial);
      expect((await e2e.http.get(`/verify/${oldLi.code}`)).text).toContain('已撤销');
      const serials = after.map((c) => c.serial);
      expect(new Set(serials).size).toBe(serials.length);
      // The republication's request was recorded for the new run, and is met once its job ends.
      const request = await eventually(async () => {
        const [row] = await e2e.app
          .get(DataSource)
          .getRepository(CertificateRequest)
          .findBy({ contestId: contest.contestId, scope: 'all' });
        return row?.outcome === 'DONE' ? row : undefined;
      }, 30000);
      expect(request.runId).toBeGreaterThan(contest.runId);
    });

    it('hands organizers a .zip of every valid certificate, and a worker their own by name and ID number', async () => {
      const res = await pdf(`/api/contests/${contest.contestId}/certificates/zip`, organizer);
      expect(res.status).toBe(200);
      const zip = await JSZip.loadAsync(res.body as Buffer);
      const valid = (await list()).filter((c) => c.status === 'ISSUED');
      expect(Object.keys(zip.files).sort()).toEqual(valid.map((c) => `${c.serial}.pdf`).sort());
      const person = contest.people.get('王建国')!;
      const mine = await e2e.http
        .post('/api/public/certificates/lookup')
        .send({ name: '王建国', idNumber: person.idNumber });
      expect(mine.status).toBe(200);
      expect((mine.body as Array<{ title: string | null }>).map((c) => c.title).sort()).toEqual(
        ['技术状元', null].sort(),
      );
      expectError(
        await e2e.http
          .post('/api/public/certificates/lookup')
          .send({ name: '张伟', idNumber: person.idNumber }),
        404,
        'CERTIFICATE_NOT_FOUND',
      );
    });

    it("shows a unit coordinator their units' published lines and certificates, and a .zip of them; nothing of other units", async () => {
      const units = (await e2e.http.get('/api/units').set('authorization', organizer))
        .body as Array<{ id: number; code: string }>;
      const own = units.find((u) => u.code === 'U')!;
      const setup = new SetupApi(e2e.http, organizer);
      const other = await setup.unit('U-OTHER', '阜新市第二机械厂');
      await setup.user('coord.own', 'UNIT_COORDINATOR', own.id);
      await setup.user('coord.other', 'UNIT_COORDINATOR', other.id);
      const ownToken = await e2e.login('coord.own', 'coord.own-password');
      const otherToken = await e2e.login('coord.other', 'coord.other-password');
      const linesOf = (token: string, competitionId = contest.competitionId) =>
        e2e.http.get(`/api/competitions/${competitionId}/unit-results`).set('authorization', token);

      const res = await linesOf(ownToken);
      expect(res.status).toBe(200);
      const lines = res.body as Array<{
        name: string;
        rank: number | null;
        total: string | null;
        title: string | null;
        certificates: Array<{ serial: string; kind: string; code: string }>;
      }>;
      expect(lines.map((l) => l.name).sort()).toEqual(SCORES.map(([name]) => name).sort());
      // What the organizer's list holds as valid, person by person.
      const valid = (await list()).filter((c) => c.status === 'ISSUED');
      for (const line of lines) {
        expect(line.certificates.map((c) => c.serial).sort()).toEqual(
          valid
            .filter((c) => c.name === line.name)
            .map((c) => c.serial)
            .sort(),
        );
      }
      expect(lines.find((l) => l.name === '王建国')).toMatchObject({
        rank: 1,
        title: 'CHAMPION',
      });
      for (const person of contest.people.values()) {
        expect(JSON.stringify(lines)).not.toContain(person.idNumber);
      }

      const zipped = await pdf(
        `/api/competitions/${contest.competitionId}/unit-certificates/zip`,
        ownToken,
      );
      expect(zipped.status).toBe(200);
      const zip = await JSZip.loadAsync(zipped.body as Buffer);
      expect(Object.keys(zip.files).sort()).toEqual(valid.map((c) => `${c.serial}.pdf`).sort());

      // Another unit's coordinator sees none of it.
      expect((await linesOf(otherToken)).body).toEqual([]);
      const none = await pdf(
        `/api/competitions/${contest.competitionId}/unit-certificates/zip`,
        otherToken,
      );
      expect(Object.keys((await JSZip.loadAsync(none.body as Buffer)).files)).toEqual([]);
      expectError(await linesOf(ownToken, 987654), 404, 'COMPETITION_NOT_FOUND');
      expectError(await linesOf(organizer), 403, 'ROLE_NOT_ALLOWED');
    });
  },
);
