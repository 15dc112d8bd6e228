import type { Response } from 'supertest';
import { femaleId, maleId, withWrongCheckDigit } from '../factories/id-numbers';
import { cityWithContests, register, Registered, setStatus } from '../factories/registration-api';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(typeof res.body.message).toBe('string');
}

const MASKED_ID = /^\d{6}\*{8}[\dX]{4}$/;

describe.each(databases)(
  'Registrations over HTTP on %s (roles, identity, one trade per competition, decisions, draw)',
  (_name, database) => {
    let dropDatabase: () => Promise<void> = () => Promise.resolve();
    let e2e: E2eApp;
    let organizer: string;
    let coordA: string;
    let coordB: string;
    let judge: string;
    let city: Awaited<ReturnType<typeof cityWithContests>>;
    let ecom: { id: number };
    let weld: { id: number };

    const list = async (auth: string, contestId: number, query = ''): Promise<Response> =>
      e2e.http.get(`/api/contests/${contestId}/registrations${query}`).set('authorization', auth);
    const patch = (auth: string, id: number, body: object) =>
      e2e.http.patch(`/api/registrations/${id}`).set('authorization', auth).send(body);
    const count = async (contestId: number): Promise<number> =>
      Number((await list(organizer, contestId)).headers['x-total-count']);

    beforeAll(async () => {
      const db = await database();
      dropDatabase = db.drop;
      e2e = await startApp(db.overrides);
      organizer = await e2e.login();
      city = await cityWithContests(e2e.http, organizer);
      coordA = await e2e.login('coord-a', 'coord-a-password');
      coordB = await e2e.login('coord-b', 'coord-b-password');
      judge = await e2e.login('judge-1', 'judge-1-password');
      ecom = await city.open('ECOM');
      weld = await city.open('WELD');
    });

    afterAll(async () => {
      await e2e?.close();
      await dropDatabase();
    });

    describe('one worker at a time', () => {
      it('registers a worker as PENDING with the gender derived from the ID number, masked in answers', async () => {
        const id = maleId(1);
        const res = await e2e.http
          .post(`/api/contests/${ecom.id}/registrations`)
          .set('authorization', organizer)
          .send({
            worker: {
              name: ' 张  伟 ',
              idNumber: id,
              phone: '138 0418 5678',
              unitId: city.enterpriseA.id,
            },
          });
        expect(res.status).toBe(201);
        const body = res.body as Registered;
        expect(body).toMatchObject({
          status: 'PENDING',
          stationNo: null,
          code: null,
          worker: { name: '张伟', gender: 'M', unitId: city.enterpriseA.id, phone: '138****5678' },
        });
        expect(body.worker.idNumber).toMatch(MASKED_ID);
        expect(body.worker.idNumber).toBe(`${id.slice(0, 6)}********${id.slice(14)}`);
        expect(JSON.stringify(body)).not.toContain(id);

        const one = await e2e.http
          .get(`/api/registrations/${body.id}`)
          .set('authorization', organizer);
        expect(one.status).toBe(200);
        expect(one.body.worker).toMatchObject({
          idNumber: id,
          phone: '13804185678',
          birthDate: '1985-03-12',
        });
      });

      it('stores a lowercase x check digit as X', async () => {
        // 11010519491231002X: the standard's own example.
        const created = await register(e2e.http, organizer, ecom.id, {
          name: '李娜',
          idNumber: '11010519491231002x',
          unitId: city.enterpriseA.id,
        });
        const one = await e2e.http
          .get(`/api/registrations/${created.id}`)
          .set('authorization', organizer);
        expect(one.body.worker).toMatchObject({ idNumber: '11010519491231002X', gender: 'F' });
      });

      it.each([
        [
          'a wrong check digit',
          { idNumber: withWrongCheckDigit(maleId(2)) },
          'ID_NUMBER_CHECK_DIGIT',
        ],
        ['17 characters', { idNumber: maleId(2).slice(0, 17) }, 'ID_NUMBER_LENGTH'],
        [
          'a date of birth that does not exist',
          { idNumber: '210902198502301234' },
          'ID_NUMBER_BIRTH_DATE',
        ],
        [
          'a gender the ID number contradicts',
          { idNumber: maleId(2), gender: '女' },
          'GENDER_MISMATCH',
        ],
        ['a phone that is no phone', { idNumber: maleId(2), phone: '12345' }, 'PHONE_INVALID'],
        ['a name with digits', { idNumber: maleId(2), name: '张3' }, 'NAME_INVALID'],
      ])('refuses %s with a code, and stores nothing', async (_, fields, code) => {
        const before = await count(ecom.id);
        const res = await e2e.http
          .post(`/api/contests/${ecom.id}/registrations`)
          .set('authorization', organizer)
          .send({ worker: { name: '王强', unitId: city.enterpriseA.id, ...fields } });
        expectError(res, 400, code);
        expect(await count(ecom.id)).toBe(before);
      });

      it('refuses wrong types, unknown fields and null with VALIDATION_FAILED', async () => {
        for (const worker of [
          // An ID number sent as a JSON number (it would have lost its last digits).
          { name: '王强', idNumber: 210902198503120, unitId: city.enterpriseA.id },
          { name: '王强', idNumber: maleId(2), unitId: 'one' },
          { name: '王强', idNumber: maleId(2), unitId: city.enterpriseA.id, salary: 1 },
          { name: '王强', idNumber: maleId(2), unitId: null },
        ]) {
          const res = await e2e.http
            .post(`/api/contests/${ecom.id}/registrations`)
            .set('authorization', organizer)
            .send({ worker });
          expectError(res, 400, 'VALIDATION_FAILED');
        }
      });

      it('refuses an unknown unit, and an organizer who names none', async () => {
        const post = (worker: object) =>
          e2e.http
            .post(`/api/contests/${ecom.id}/registrations`)
            .set('authorization', organizer)
            .send({ worker });
        expectError(
          await post({ name: '王强', idNumber: maleId(2), unitId: 9999 }),
          400,
          'UNIT_NOT_FOUND',
        );
        expectError(await post({ name: '王强', idNumber: maleId(2) }), 400, 'UNIT_REQUIRED');
      });

      it('refuses a second registration in the same contest, naming the existing one', async () => {
        const first = await register(e2e.http, organizer, ecom.id, {
          name: '赵敏',
          idNumber: femaleId(3),
          unitId: city.enterpriseA.id,
        });
        const res = await e2e.http
          .post(`/api/contests/${ecom.id}/registrations`)
          .set('authorization', organizer)
          .send({ worker: { name: '赵敏', idNumber: femaleId(3), unitId: city.enterpriseA.id } });
        expectError(res, 409, 'REGISTRATION_EXISTS');
        expect(res.body.details).toMatchObject({ registrationId: first.id, status: 'PENDING' });
      });

      it('refuses an entry in a second trade of the competition, naming the first', async () => {
        const first = await register(e2e.http, organizer, ecom.id, {
          name: '钱多',
          idNumber: maleId(4),
          unitId: city.enterpriseA.id,
        });
        const res = await e2e.http
          .post(`/api/contests/${weld.id}/registrations`)
          .set('authorization', organizer)
          .send({ worker: { name: '钱多', idNumber: maleId(4), unitId: city.enterpriseA.id } });
        expectError(res, 409, 'REGISTRATION_OTHER_TRADE');
        expect(res.body.details).toMatchObject({
          registrationId: first.id,
          contestId: ecom.id,
          tradeCode: 'ECOM',
        });
      });

      it('allows a second trade when both contests allow more entries', async () => {
        const lathe = await city.open('LATHE', { allowMultipleEntries: true });
        const elec = await city.open('ELEC', { allowMultipleEntries: true });
        await register(e2e.http, organizer, lathe.id, {
          name: '孙立',
          idNumber: maleId(5),
          unitId: city.enterpriseA.id,
        });
        const second = await register(e2e.http, organizer, elec.id, {
          name: '孙立',
          idNumber: maleId(5),
          unitId: city.enterpriseA.id,
        });
        expect(second.status).toBe('PENDING');
        // …but not into a contest that allows only one.
        const res = await e2e.http
          .post(`/api/contests/${weld.id}/registrations`)
          .set('authorization', organizer)
          .send({ worker: { name: '孙立', idNumber: maleId(5), unitId: city.enterpriseA.id } });
        expectError(res, 409, 'REGISTRATION_OTHER_TRADE');
      });

      it('takes registrations only while the contest is open for them', async () => {
        const draft = await city.setup.contest(city.competition.id, {
          tradeId: await city.setup.tradeId('CHEMLAB'),
          scheme: {
            parts: [
              {
                key: 'practical',
                name: '实操',
                weight: 100,
                criteria: [{ key: 'a', name: 'A', maxPoints: 100, kind: 'MEASUREMENT' }],
              },
            ],
          },
        });
        const res = await e2e.http
          .post(`/api/contests/${draft.id}/registrations`)
          .set('authorization', organizer)
          .send({ worker: { name: '周正', idNumber: maleId(6), unitId: city.enterpriseA.id } });
        expectError(res, 409, 'REGISTRATION_CLOSED');
      });
    });

    describe('unit coordinators', () => {
      let inA: Registered;
      beforeAll(async () => {
        inA = await register(e2e.http, coordA, ecom.id, {
          name: '吴海',
          idNumber: maleId(10),
          unitId: city.enterpriseA.id,
        });
        await register(e2e.http, coordB, ecom.id, {
          name: '郑丽',
          idNumber: femaleId(11),
          unitId: city.enterpriseB.id,
        });
      });

      it('register within their own unit and the units below it, their own unit by default', async () => {
        expect(inA.worker.unitId).toBe(city.enterpriseA.id);
        const own = await register(e2e.http, coordA, ecom.id, {
          name: '冯刚',
          idNumber: maleId(12),
        });
        expect(own.worker.unitId).toBe(city.districtA.id);
        expect(own).not.toHaveProperty('code');
      });

      it("cannot register into another unit's tree", async () => {
        const res = await e2e.http
          .post(`/api/contests/${ecom.id}/registrations`)
          .set('authorization', coordA)
          .send({ worker: { name: '陈明', idNumber: maleId(13), unitId: city.enterpriseB.id } });
        expectError(res, 403, 'UNIT_OUT_OF_SCOPE');
      });

      it('see only their own units’ registrations, masked and without codes', async () => {
        const res = await list(coordA, ecom.id);
        expect(res.status).toBe(200);
        const rows = res.body as Registered[];
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.length).toBe(Number(res.headers['x-total-count']));
        const aUnits = [city.districtA.id, city.enterpriseA.id];
        for (const row of rows) {
          expect(aUnits).toContain(row.worker.unitId);
          expect(row.worker.idNumber).toMatch(MASKED_ID);
          expect(row).not.toHaveProperty('code');
        }
        const all = (await list(organizer, ecom.id)).body as Registered[];
        expect(all.some((r) => r.worker.unitId === city.enterpriseB.id)).toBe(true);
      });

      it("cannot read another unit's registration, nor list by another unit", async () => {
        const other = (await list(organizer, ecom.id, `?unitId=${city.enterpriseB.id}`))
          .body as Registered[];
        expect(other.length).toBeGreaterThan(0);
        const res = await e2e.http
          .get(`/api/registrations/${other[0].id}`)
          .set('authorization', coordA);
        expectError(res, 404, 'REGISTRATION_NOT_FOUND');
        expectError(
          await list(coordA, ecom.id, `?unitId=${city.enterpriseB.id}`),
          403,
          'UNIT_OUT_OF_SCOPE',
        );
        const own = await e2e.http.get(`/api/registrations/${inA.id}`).set('authorization', coordA);
        expect(own.status).toBe(200);
        expect(own.body.worker.idNumber).toMatch(MASKED_ID);
      });

      it('may withdraw their own entry but not approve it', async () => {
        expectError(
          await patch(coordA, inA.id, { status: 'APPROVED' }),
          403,
          'REGISTRATION_DECISION_FORBIDDEN',
        );
        const res = await patch(coordA, inA.id, { status: 'WITHDRAWN' });
        expect(res.status).toBe(200);
        expect(res.body.status).toBe('WITHDRAWN');
        // Registering the worker again re-opens the same registration.
        const again = await register(e2e.http, coordA, ecom.id, {
          name: '吴海',
          idNumber: maleId(10),
          unitId: city.enterpriseA.id,
        });
        expect(again).toMatchObject({ id: inA.id, status: 'PENDING' });
      });

      it('judges and anonymous callers see nothing', async () => {
        expectError(await list(judge, ecom.id), 403, 'ROLE_NOT_ALLOWED');
        expectError(
          await e2e.http.get(`/api/contests/${ecom.id}/registrations`),
          401,
          'TOKEN_MISSING',
        );
        expectError(
          await e2e.http
            .post(`/api/contests/${ecom.id}/registrations`)
            .set('authorization', judge)
            .send({}),
          403,
          'ROLE_NOT_ALLOWED',
        );
      });
    });

    describe('decisions and the draw', () => {
      let contest: { id: number };
      let ids: number[];

      beforeAll(async () => {
        contest = await city.open('GARDEN');
        ids = [];
        for (let n = 20; n < 32; n++) {
          const r = await register(e2e.http, organizer, contest.id, {
            name: `选手${String.fromCharCode(0x4e00 + n)}`,
            idNumber: n % 2 ? maleId(n) : femaleId(n),
            unitId: n % 3 ? city.enterpriseA.id : city.enterpriseB.id,
          });
          ids.push(r.id);
        }
      });

      it('rejects only with a reason, and the reason is kept', async () => {
        expectError(
          await patch(organizer, ids[0], { status: 'REJECTED' }),
          400,
          'REJECT_REASON_REQUIRED',
        );
        expectError(
          await patch(organizer, ids[0], { status: 'REJECTED', reason: '  ' }),
          400,
          'REJECT_REASON_REQUIRED',
        );
        const res = await patch(organizer, ids[0], {
          status: 'REJECTED',
          reason: '年龄不符合要求',
        });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ status: 'REJECTED', rejectReason: '年龄不符合要求' });
        expectError(
          await patch(organizer, ids[0], { status: 'PENDING' }),
          400,
          'VALIDATION_FAILED',
        );
      });

      it('refuses to draw while registration is open', async () => {
        const res = await e2e.http
          .post(`/api/contests/${contest.id}/draw`)
          .set('authorization', organizer)
          .send({});
        expectError(res, 409, 'DRAW_REGISTRATION_OPEN');
        // Without a body at all, the same answer (redraw defaults to false).
        const bare = await e2e.http
          .post(`/api/contests/${contest.id}/draw`)
          .set('authorization', organizer);
        expectError(bare, 409, 'DRAW_REGISTRATION_OPEN');
      });

      it('refuses to draw while registrations are pending, then approves them all at once', async () => {
        await setStatus(e2e.http, organizer, contest.id, 'SCORING');
        expectError(
          await e2e.http
            .post(`/api/contests/${contest.id}/draw`)
            .set('authorization', organizer)
            .send({}),
          409,
          'DRAW_PENDING_REGISTRATIONS',
        );
        // A coordinator can no longer withdraw once registration has closed.
        expectError(
          await patch(coordA, ids[2], { status: 'WITHDRAWN' }),
          409,
          'REGISTRATION_CLOSED',
        );
        const bulk = await e2e.http
          .post(`/api/contests/${contest.id}/registrations/decisions`)
          .set('authorization', organizer)
          .send({ status: 'APPROVED', allPending: true });
        expect(bulk.status).toBe(200);
        expect(bulk.body).toEqual({ changed: ids.length - 1, unchanged: 0 });
        expectError(
          await e2e.http
            .post(`/api/contests/${contest.id}/registrations/decisions`)
            .set('authorization', coordA)
            .send({ status: 'APPROVED', allPending: true }),
          403,
          'ROLE_NOT_ALLOWED',
        );
      });

      it('draws every approved registration: stations 1..n, distinct secret codes', async () => {
        const res = await e2e.http
          .post(`/api/contests/${contest.id}/draw`)
          .set('authorization', organizer)
          .send({});
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ contestId: contest.id, round: 1, drawn: ids.length - 1 });
        const rows = (await list(organizer, contest.id, '?status=APPROVED&sort=station'))
          .body as Registered[];
        expect(rows.map((r) => r.stationNo)).toEqual(rows.map((_, i) => i + 1));
        const codes = rows.map((r) => r.code);
        expect(new Set(codes).size).toBe(rows.length);
        for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
        const rejected = (await list(organizer, contest.id, '?status=REJECTED'))
          .body as Registered[];
        expect(rejected[0]).toMatchObject({ stationNo: null, code: null });

        const sheet = await e2e.http
          .get(`/api/contests/${contest.id}/draw`)
          .set('authorization', organizer);
        expect(sheet.status).toBe(200);
        expect(sheet.body.round).toBe(1);
        expect((sheet.body.entries as Registered[]).map((e) => e.code)).toEqual(codes);
      });

      it('keeps the code-to-worker mapping from everyone but organizers', async () => {
        expectError(
          await e2e.http.get(`/api/contests/${contest.id}/draw`).set('authorization', coordA),
          403,
          'ROLE_NOT_ALLOWED',
        );
        expectError(
          await e2e.http.get(`/api/contests/${contest.id}/draw`).set('authorization', judge),
          403,
          'ROLE_NOT_ALLOWED',
        );
        const rows = (await list(coordA, contest.id, '?status=APPROVED')).body as Registered[];
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          expect(row).not.toHaveProperty('code');
          expect(row.stationNo).not.toBeNull();
        }
      });

      it('refuses a second draw unless the organizer asks to redraw, which replaces every code', async () => {
        const before = (await list(organizer, contest.id, '?status=APPROVED')).body as Registered[];
        expectError(
          await e2e.http
            .post(`/api/contests/${contest.id}/draw`)
            .set('authorization', organizer)
            .send({}),
          409,
          'DRAW_ALREADY_DONE',
        );
        const res = await e2e.http
          .post(`/api/contests/${contest.id}/draw`)
          .set('authorization', organizer)
          .send({ redraw: true });
        expect(res.status).toBe(201);
        expect(res.body.round).toBe(2);
        const after = (await list(organizer, contest.id, '?status=APPROVED')).body as Registered[];
        expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
        const sameCode = after.filter((r, i) => r.code === before[i].code).length;
        expect(sameCode).toBe(0);
      });

      it('undoes the draw when one more registration is approved after it, until it is run again', async () => {
        const late = ids[0]; // rejected earlier
        const res = await patch(organizer, late, { status: 'APPROVED' });
        expect(res.status).toBe(200);
        const sheet = await e2e.http
          .get(`/api/contests/${contest.id}/draw`)
          .set('authorization', organizer);
        expect(sheet.body.drawnAt).toBeNull();
        const again = await e2e.http
          .post(`/api/contests/${contest.id}/draw`)
          .set('authorization', organizer)
          .send({});
        expect(again.status).toBe(201);
        expect(again.body).toMatchObject({ round: 3, drawn: ids.length });
      });

      it('pages the list on request', async () => {
        const page = await list(organizer, contest.id, '?page=2&pageSize=5');
        expect(page.status).toBe(200);
        expect(page.body).toHaveLength(5);
        expect(page.headers['x-total-count']).toBe(String(ids.length));
        expect((page.body as Registered[])[0].id).toBe(ids[5]);
      });
    });
  },
);
