import type { Response } from 'supertest';
import { femaleId, maleId, withWrongCheckDigit } from '../factories/id-numbers';
import { cityWithContests, register, setStatus } from '../factories/registration-api';
import { scheme30x70 } from '../factories/schemes';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

/** docs/registration.md "Self-registration (自主报名)". */

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(typeof res.body.message).toBe('string');
}

describe.each(databases)(
  'Self-registration over HTTP on %s (open contests, refusals, the coordinator decides)',
  (_name, database) => {
    let dropDatabase: () => Promise<void> = () => Promise.resolve();
    let e2e: E2eApp;
    let organizer: string;
    let coordA: string;
    let coordB: string;
    let city: Awaited<ReturnType<typeof cityWithContests>>;
    let ecom: { id: number };
    let weld: { id: number };
    let draft: { id: number };

    const selfRegister = (contestId: number, body: object): Promise<Response> =>
      e2e.http.post(`/api/public/contests/${contestId}/self-registrations`).send(body);
    const person = (n: number, extra: object = {}) => ({
      name: '李娜',
      idNumber: femaleId(n),
      phone: '13904181234',
      unitId: city.enterpriseA.id,
      ...extra,
    });
    const rows = async (auth: string, contestId: number) =>
      (
        await e2e.http
          .get(`/api/contests/${contestId}/registrations`)
          .set('authorization', auth)
          .expect(200)
      ).body as Array<{ id: number; status: string; selfRegistered: boolean; worker: object }>;

    beforeAll(async () => {
      const db = await database();
      dropDatabase = db.drop;
      e2e = await startApp(db.overrides);
      organizer = await e2e.login();
      city = await cityWithContests(e2e.http, organizer);
      coordA = await e2e.login('coord-a', 'coord-a-password');
      coordB = await e2e.login('coord-b', 'coord-b-password');
      ecom = await city.open('ECOM', { selfRegistration: true });
      weld = await city.open('WELD');
      draft = await city.setup.contest(city.competition.id, {
        tradeId: await city.setup.tradeId('CHEMLAB'),
        scheme: scheme30x70(),
        selfRegistration: true,
      });
    });

    afterAll(async () => {
      await e2e?.close();
      await dropDatabase();
    });

    it('lists the contests open for self-registration and the unit tree, names only', async () => {
      const res = await e2e.http
        .get(`/api/public/competitions/${city.competition.id}/self-registration`)
        .expect(200);
      expect(res.body.competition).toEqual({
        id: city.competition.id,
        name: expect.any(String) as string,
      });
      expect(res.body.contests).toEqual([
        {
          id: ecom.id,
          trade: expect.objectContaining({ name: expect.any(String) }),
          round: 1,
          hostUnit: null,
        },
      ]);
      expect(res.body.units).toContainEqual({
        id: city.enterpriseA.id,
        name: '海州区第一机械厂工会',
        parentId: city.districtA.id,
      });
      expectError(
        await e2e.http.get('/api/public/competitions/999999/self-registration'),
        404,
        'COMPETITION_NOT_FOUND',
      );
    });

    it('enters the worker as PENDING, self-registered, for their unit coordinator to decide', async () => {
      const res = await selfRegister(
        ecom.id,
        person(1, { name: ' 李 娜 ', idNumber: femaleId(1).toLowerCase() }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ status: 'PENDING' });

      const mine = (await rows(coordA, ecom.id)).filter((r) => r.selfRegistered);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ status: 'PENDING', worker: { name: '李娜' } });
      // The other district's coordinator does not see it.
      expect((await rows(coordB, ecom.id)).some((r) => r.selfRegistered)).toBe(false);
      // Neither the ID number nor the phone come back whole in the coordinator's list.
      expect(JSON.stringify(mine)).not.toContain(femaleId(1));
      expect(JSON.stringify(mine)).not.toContain('13904181234');
    });

    it('answers a repeat the same, changing nothing', async () => {
      const before = (await rows(organizer, ecom.id)).length;
      const again = await selfRegister(ecom.id, person(1, { phone: '13500000000' }));
      expect({ status: again.status, body: again.body }).toEqual({
        status: 201,
        body: { status: 'PENDING' },
      });
      expect((await rows(organizer, ecom.id)).length).toBe(before);
    });

    it('refuses with stable codes and Chinese words, changing nothing', async () => {
      const before = (await rows(organizer, ecom.id)).length;
      expectError(await selfRegister(weld.id, person(2)), 403, 'SELF_REGISTRATION_NOT_OFFERED');
      expectError(await selfRegister(draft.id, person(2)), 409, 'REGISTRATION_CLOSED');
      expectError(await selfRegister(999999, person(2)), 404, 'CONTEST_NOT_FOUND');
      const digit = await selfRegister(
        ecom.id,
        person(2, { idNumber: withWrongCheckDigit(femaleId(2)) }),
      );
      expectError(digit, 400, 'ID_NUMBER_CHECK_DIGIT');
      expect(digit.body.details).toMatchObject({
        field: 'idNumber',
        messageZh: expect.stringContaining('校验') as string,
      });
      expectError(await selfRegister(ecom.id, person(2, { phone: ' ' })), 400, 'PHONE_REQUIRED');
      expectError(await selfRegister(ecom.id, person(2, { phone: 'abc' })), 400, 'PHONE_INVALID');
      expectError(await selfRegister(ecom.id, person(2, { name: '' })), 400, 'NAME_EMPTY');
      expectError(
        await selfRegister(ecom.id, person(2, { unitId: 999999 })),
        400,
        'UNIT_NOT_FOUND',
      );
      expectError(await selfRegister(ecom.id, { name: '李娜' }), 400, 'VALIDATION_FAILED');
      expect((await rows(organizer, ecom.id)).length).toBe(before);
    });

    it('keeps one trade per competition, saying nothing of the other entry', async () => {
      await register(e2e.http, coordA, weld.id, {
        name: '王强',
        idNumber: maleId(3),
        unitId: city.enterpriseA.id,
      });
      const res = await selfRegister(ecom.id, person(3, { name: '王强', idNumber: maleId(3) }));
      expectError(res, 409, 'REGISTRATION_OTHER_TRADE');
      expect(res.body.details).toEqual({
        field: 'idNumber',
        messageZh: expect.any(String) as string,
      });
    });

    it('keeps one contest per round of a trade, saying nothing of the other entry', async () => {
      const other = await city.open('ECOM', {
        selfRegistration: true,
        hostUnitId: city.districtB.id,
      });
      const res = await selfRegister(other.id, person(1));
      expectError(res, 409, 'REGISTRATION_SAME_ROUND');
      expect(res.body.details).toEqual({
        field: 'idNumber',
        messageZh: expect.any(String) as string,
      });
    });

    it('lets the unit coordinator approve or reject it, but not an entry the staff made', async () => {
      expect((await selfRegister(ecom.id, person(4))).status).toBe(201);
      const mine = (await rows(coordA, ecom.id)).filter((r) => r.selfRegistered);
      const [first, second] = mine;
      const patch = (auth: string, id: number, body: object) =>
        e2e.http.patch(`/api/registrations/${id}`).set('authorization', auth).send(body);
      expectError(
        await patch(coordB, first.id, { status: 'APPROVED' }),
        404,
        'REGISTRATION_NOT_FOUND',
      );
      expect((await patch(coordA, first.id, { status: 'APPROVED' }).expect(200)).body.status).toBe(
        'APPROVED',
      );
      expectError(
        await patch(coordA, second.id, { status: 'REJECTED' }),
        400,
        'REJECT_REASON_REQUIRED',
      );
      await patch(coordA, second.id, { status: 'REJECTED', reason: '非本单位职工' }).expect(200);
      // Rejected: the same person cannot enter again (no reason given to the public).
      const again = await selfRegister(ecom.id, person(4));
      expectError(again, 409, 'REGISTRATION_REJECTED');
      expect(JSON.stringify(again.body)).not.toContain('非本单位职工');

      const staff = await register(e2e.http, coordA, ecom.id, {
        name: '赵磊',
        idNumber: maleId(5),
        unitId: city.enterpriseA.id,
      });
      expectError(
        await patch(coordA, staff.id, { status: 'APPROVED' }),
        403,
        'REGISTRATION_DECISION_FORBIDDEN',
      );
    });

    it('is switched on and off through PATCH while DRAFT or REGISTRATION only', async () => {
      const patchContest = (id: number, body: object) =>
        e2e.http.patch(`/api/contests/${id}`).set('authorization', organizer).send(body);
      expect(
        (await patchContest(weld.id, { selfRegistration: true }).expect(200)).body.selfRegistration,
      ).toBe(true);
      expect((await selfRegister(weld.id, person(6))).status).toBe(201);
      await patchContest(weld.id, { selfRegistration: false }).expect(200);
      expectError(await selfRegister(weld.id, person(7)), 403, 'SELF_REGISTRATION_NOT_OFFERED');
      expectError(
        await patchContest(weld.id, { selfRegistration: 'yes' }),
        400,
        'VALIDATION_FAILED',
      );
      await setStatus(e2e.http, organizer, weld.id, 'SCORING');
      expectError(
        await patchContest(weld.id, { selfRegistration: true }),
        409,
        'CONTEST_NOT_EDITABLE',
      );
    });
  },
);

describe('Self-registration rate limits (per client address, per ID number)', () => {
  let e2e: E2eApp | undefined;
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  });

  async function openCity(overrides: Record<string, string>) {
    e2e = await startApp(overrides);
    const organizer = await e2e.login();
    const city = await cityWithContests(e2e.http, organizer);
    const ecom = await city.open('ECOM', { selfRegistration: true });
    const post = (idNumber: string) =>
      e2e!.http.post(`/api/public/contests/${ecom.id}/self-registrations`).send({
        name: '李娜',
        idNumber,
        phone: '13904181234',
        unitId: city.enterpriseA.id,
      });
    return post;
  }

  it('stops one address after PUBLIC_LOOKUP_RATE_LIMIT tries, whatever the ID numbers', async () => {
    const post = await openCity({ PUBLIC_LOOKUP_RATE_LIMIT: '3' });
    for (const n of [11, 12, 13]) await post(femaleId(n)).expect(201);
    const res = await post(femaleId(14));
    expectError(res, 429, 'TOO_MANY_LOOKUPS');
  });

  it('stops one ID number after PUBLIC_LOOKUP_PER_ID_LIMIT tries, others still enter', async () => {
    const post = await openCity({
      PUBLIC_LOOKUP_RATE_LIMIT: '1000',
      PUBLIC_LOOKUP_PER_ID_LIMIT: '2',
    });
    await post(femaleId(21)).expect(201);
    await post(femaleId(21).toLowerCase()).expect(201);
    expectError(await post(femaleId(21)), 429, 'TOO_MANY_LOOKUPS');
    await post(femaleId(22)).expect(201);
  });
});
