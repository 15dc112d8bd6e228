import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { maleId } from '../factories/id-numbers';
import { cityWithContests, register, Registered, setStatus } from '../factories/registration-api';
import { scheme30x70 } from '../factories/schemes';
import { startApp, type E2eApp } from '../support/e2e-app';
import { binary } from '../support/binary';
import { databases } from '../support/e2e-databases';

type Row = Registered & {
  rejectReason: string | null;
  worker: Registered['worker'] & { unitCode: string };
  transferFrom?: {
    workerId: number;
    name: string;
    unitId: number;
    unitCode: string;
    unitName: string;
  } | null;
};

/** The answer's form: every key, with the type of its value (what a probe could compare). */
function skeleton(value: unknown): unknown {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(skeleton);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, skeleton(v)]),
    );
  }
  return typeof value;
}

/**
 * A unit coordinator who enters an ID number that is on record in another unit must not learn
 * that the person exists: the entry is answered as a new person's, kept as a transfer request,
 * and the record changes only when the organizer approves (docs/registration.md).
 */
describe.each(databases)(
  'Transfer requests on %s (a coordinator probing ID numbers of other units learns nothing)',
  (_name, database) => {
    let dropDatabase: () => Promise<void> = () => Promise.resolve();
    let e2e: E2eApp;
    let organizer: string;
    let coordA: string;
    let coordB: string;
    let city: Awaited<ReturnType<typeof cityWithContests>>;
    let ecom: { id: number };
    let weld: { id: number };
    let agate: { id: number };
    let onRecord: Registered;

    const enter = (auth: string, contestId: number, worker: Record<string, unknown>) =>
      e2e.http
        .post(`/api/contests/${contestId}/registrations`)
        .set('authorization', auth)
        .send({ worker });
    const read = async (auth: string, id: number): Promise<Row> => {
      const res = await e2e.http.get(`/api/registrations/${id}`).set('authorization', auth);
      expect(res.status).toBe(200);
      return res.body as Row;
    };
    const decide = (id: number, body: object) =>
      e2e.http.patch(`/api/registrations/${id}`).set('authorization', organizer).send(body);
    const refusal = (res: Response): [number, unknown, unknown] => {
      const body = res.body as { code?: string; details?: { registrationId?: number } };
      return [res.status, body.code, body.details?.registrationId];
    };
    const expectError = (res: Response, status: number, code: string) =>
      expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });

    beforeAll(async () => {
      const db = await database();
      dropDatabase = db.drop;
      e2e = await startApp(db.overrides);
      organizer = await e2e.login();
      city = await cityWithContests(e2e.http, organizer);
      coordA = await e2e.login('coord-a', 'coord-a-password');
      coordB = await e2e.login('coord-b', 'coord-b-password');
      ecom = await city.open('ECOM');
      weld = await city.open('WELD');
      agate = await city.open('AGATE');
      onRecord = await register(e2e.http, coordA, weld.id, {
        name: '吴海',
        idNumber: maleId(40),
        phone: '13800001234',
        unitId: city.enterpriseA.id,
      });
    });

    afterAll(async () => {
      await e2e?.close();
      await dropDatabase();
    });

    let probe: Row;
    let fresh: Row;

    it('answers an ID number on record in another unit exactly as it answers a new person', async () => {
      const probeRes = await enter(coordB, ecom.id, {
        name: '李四',
        idNumber: maleId(40),
        phone: '13900005678',
      });
      const freshRes = await enter(coordB, ecom.id, {
        name: '王五',
        idNumber: maleId(41),
        phone: '13900005679',
      });
      expect([probeRes.status, freshRes.status]).toEqual([201, 201]);
      probe = probeRes.body as Row;
      fresh = freshRes.body as Row;
      expect(skeleton(probe)).toEqual(skeleton(fresh));
      expect(probe).not.toHaveProperty('transferFrom');
      // What the coordinator typed, in their unit; a worker id of its own (ids are not a tell:
      // the record's is older, the request's is as new as a new person's).
      expect(probe.worker).toMatchObject({
        name: '李四',
        phone: '139****5678',
        unitId: city.districtB.id,
      });
      expect(probe.status).toBe('PENDING');
      expect(probe.worker.id).toBeGreaterThan(onRecord.worker.id);
      expect(fresh.worker.id).toBeGreaterThan(probe.worker.id);

      // A second entry in the same contest, and an entry in another trade, are refused alike,
      // each naming the coordinator's own registration, never the record's.
      const again = await Promise.all(
        [probe, fresh].map((r) =>
          enter(coordB, ecom.id, {
            name: r.worker.name,
            idNumber: r === probe ? maleId(40) : maleId(41),
          }),
        ),
      );
      expect(again.map(refusal)).toEqual([
        [409, 'REGISTRATION_EXISTS', probe.id],
        [409, 'REGISTRATION_EXISTS', fresh.id],
      ]);
      const otherTrade = await Promise.all(
        [maleId(40), maleId(41)].map((idNumber) =>
          enter(coordB, agate.id, { name: '某人', idNumber }),
        ),
      );
      expect(otherTrade.map(refusal)).toEqual([
        [409, 'REGISTRATION_OTHER_TRADE', probe.id],
        [409, 'REGISTRATION_OTHER_TRADE', fresh.id],
      ]);

      // The coordinator's list and search show only what they typed.
      const listed = await e2e.http
        .get(`/api/contests/${ecom.id}/registrations?q=${maleId(40).slice(-4)}`)
        .set('authorization', coordB);
      expect((listed.body as Row[]).map((r) => [r.id, r.worker.name, r.worker.phone])).toEqual([
        [probe.id, '李四', '139****5678'],
      ]);
    });

    it('leaves the record as it was, for its own unit', async () => {
      expect((await read(coordA, onRecord.id)).worker).toMatchObject({
        id: onRecord.worker.id,
        name: '吴海',
        phone: '138****1234',
        unitId: city.enterpriseA.id,
      });
    });

    it('answers a roster row the same way', async () => {
      const competition = await city.setup.competition(
        'FX2018',
        '2018年阜新市职工职业技能大赛',
        2018,
      );
      const contest = await city.setup.contest(competition.id, {
        tradeId: await city.setup.tradeId('ELEC'),
        scheme: scheme30x70(),
      });
      await setStatus(e2e.http, organizer, contest.id, 'REGISTRATION');
      const res = await e2e.http
        .post(`/api/contests/${contest.id}/registrations/import`)
        .set('authorization', coordB)
        .attach(
          'file',
          Buffer.from(`姓名,身份证号,单位\n李四,${maleId(40)},FX-XH\n赵六,${maleId(42)},FX-XH\n`),
          'roster.csv',
        );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ created: 2, updated: 0, unchanged: 0, rejected: [] });
      const rows = (
        await e2e.http
          .get(`/api/contests/${contest.id}/registrations`)
          .set('authorization', organizer)
      ).body as Row[];
      // The coordinator's requests in their units are one: the row joined the form's request.
      expect(rows.find((r) => r.worker.name === '李四')?.worker.id).toBe(probe.worker.id);
    });

    it('shows organizers the request next to the record it claims', async () => {
      const rows = (
        await e2e.http.get(`/api/contests/${ecom.id}/registrations`).set('authorization', organizer)
      ).body as Row[];
      expect(rows.find((r) => r.id === probe.id)?.transferFrom).toEqual({
        workerId: onRecord.worker.id,
        name: '吴海',
        unitId: city.enterpriseA.id,
        unitCode: city.enterpriseA.code,
        unitName: '海州区第一机械厂工会',
      });
      expect(rows.find((r) => r.id === fresh.id)?.transferFrom).toBeNull();

      // The organizers' export says it too, in its last column.
      const res = await e2e.http
        .get(`/api/contests/${ecom.id}/registrations/export`)
        .set('authorization', organizer)
        .buffer(true)
        .parse(binary);
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0];
      const header = sheet.getRow(2);
      const last = header.cellCount;
      expect(header.getCell(last).text).toBe('转入申请（登记在）');
      const byId = new Map<number, string>();
      sheet.eachRow((row, n) => {
        if (n > 2) byId.set(Number(row.getCell(2).value), row.getCell(last).text);
      });
      expect(byId.get(probe.id)).toBe(`${'海州区第一机械厂工会'}（${city.enterpriseA.code}）吴海`);
      expect(byId.get(fresh.id)).toBe('');
    });

    it('merges the request into the record on approval, once the one-trade rule allows it', async () => {
      expectError(await decide(probe.id, { status: 'APPROVED' }), 409, 'REGISTRATION_OTHER_TRADE');
      expect((await read(organizer, probe.id)).status).toBe('PENDING');

      const withdrawn = await e2e.http
        .patch(`/api/registrations/${onRecord.id}`)
        .set('authorization', coordA)
        .send({ status: 'WITHDRAWN' });
      expect(withdrawn.status).toBe(200);
      expect((await decide(probe.id, { status: 'APPROVED' })).status).toBe(200);

      const merged = await read(coordB, probe.id);
      expect(merged.status).toBe('APPROVED');
      expect(merged.worker).toMatchObject({ id: onRecord.worker.id, name: '李四' });
      const byOrganizer = await read(organizer, probe.id);
      expect(byOrganizer.transferFrom).toBeNull();
      expect(byOrganizer.worker.phone).toBe('13900005678');
      // Every registration of the request went with it; the record's old entry stays its unit's.
      const old = await read(organizer, onRecord.id);
      expect(old.worker).toMatchObject({ id: onRecord.worker.id, unitId: city.enterpriseA.id });
      expect(old.status).toBe('WITHDRAWN');
    });

    it('refuses to approve a request whose record is already entered in that contest', async () => {
      const held = await register(e2e.http, coordA, ecom.id, {
        name: '陈明',
        idNumber: maleId(43),
        unitId: city.enterpriseA.id,
      });
      const claim = await register(e2e.http, coordB, ecom.id, {
        name: '陈明',
        idNumber: maleId(43),
      });
      expect(claim.worker.id).not.toBe(held.worker.id);
      const bulk = await e2e.http
        .post(`/api/contests/${ecom.id}/registrations/decisions`)
        .set('authorization', organizer)
        .send({ ids: [fresh.id, claim.id], status: 'APPROVED' });
      expectError(bulk, 409, 'TRANSFER_ALREADY_ENTERED');
      expect(bulk.body.details).toMatchObject({
        registrationId: claim.id,
        heldRegistrationId: held.id,
      });
      // All or nothing: the other registration of the batch was not approved either.
      expect((await read(organizer, fresh.id)).status).toBe('PENDING');

      expect(
        (await decide(claim.id, { status: 'REJECTED', reason: '已由其所在单位报名' })).status,
      ).toBe(200);
      expect(await read(coordB, claim.id)).toMatchObject({
        status: 'REJECTED',
        rejectReason: '已由其所在单位报名',
        worker: { name: '陈明', unitId: city.districtB.id },
      });
      expect((await read(coordA, held.id)).status).toBe('PENDING');
    });
  },
);
