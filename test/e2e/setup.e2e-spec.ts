import type { Response } from 'supertest';
import { SetupApi } from '../factories/setup-api';
import { scheme20x80, scheme30x70, schemeWithDefence } from '../factories/schemes';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

type Scheme = ReturnType<typeof scheme30x70>;
type Body = Record<string, unknown>;
type ContestShape = { version: number; scheme: { parts: { weight: number }[] } };

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(res.body.statusCode).toBe(status);
  expect(typeof res.body.message).toBe('string');
  expect(res.body.message.length).toBeGreaterThan(0);
}

/** The default title ladder of docs/setup.md, as the API shows it. */
const DEFAULT_TITLE_POLICY = {
  rungs: [
    { title: 'CHAMPION', titleName: '技术状元', fromRank: 1, toRank: 1 },
    { title: 'PACESETTER', titleName: '技术标兵', fromRank: 2, toRank: 3 },
    { title: 'EXPERT', titleName: '技术能手', fromRank: 4, toRank: 10 },
    { title: 'EXCELLENT', titleName: '优秀选手', fromRank: 11, toRank: 15 },
  ],
  minTotal: 60,
  requireAllPartsPassed: true,
  tieAtBoundary: 'INCLUDE_ALL',
};

const DEFAULT_TIE_BREAK = [
  { by: 'PART', partKey: 'practical', order: 'DESC' },
  { by: 'TIME', order: 'ASC' },
];

/** The theory/practical scheme of the factories, as the API shows it back with its defaults. */
function schemeView(theory: number, practical: number) {
  return {
    parts: [
      {
        key: 'theory',
        name: '理论',
        weight: theory,
        maxPoints: 100,
        passMark: 60,
        carried: false,
        criteria: [
          {
            key: 'exam',
            name: '理论考试',
            kind: 'MEASUREMENT',
            method: 'SINGLE',
            maxPoints: 100,
            tolerance: null,
          },
        ],
      },
      {
        key: 'practical',
        name: '实操',
        weight: practical,
        maxPoints: 100,
        passMark: 60,
        carried: false,
        criteria: [
          {
            key: 'accuracy',
            name: '尺寸精度',
            kind: 'MEASUREMENT',
            method: 'MEAN',
            maxPoints: 40,
            tolerance: null,
          },
          {
            key: 'finish',
            name: '表面质量',
            kind: 'MEASUREMENT',
            method: 'TRIMMED_MEAN',
            maxPoints: 30,
            tolerance: null,
          },
          {
            key: 'safety',
            name: '安全文明生产',
            kind: 'JUDGEMENT',
            method: 'MEAN',
            maxPoints: 30,
            tolerance: 1,
          },
        ],
      },
    ],
  };
}

/** A two-part scheme with no part keyed `practical`: its default tie-break is its heaviest part. */
function writtenHandsOnScheme() {
  return {
    parts: [
      {
        key: 'written',
        name: '笔试',
        weight: 40,
        criteria: [{ key: 'paper', name: '试卷', maxPoints: 100, kind: 'MEASUREMENT' }],
      },
      {
        key: 'handson',
        name: '操作',
        weight: 60,
        passMark: null,
        criteria: [{ key: 'task', name: '操作任务', maxPoints: 50, kind: 'JUDGEMENT' }],
      },
    ],
  };
}

describe.each(databases)(
  'set-up on %s: trades, units, a competition with two contests, and their lifecycle',
  (_name, database) => {
    let dropDatabase: () => Promise<void> = () => Promise.resolve();
    let t: E2eApp;
    let admin: string;
    let setup: SetupApi;
    const tradeIds: Record<string, number> = {};

    beforeAll(async () => {
      const db = await database();
      dropDatabase = db.drop;
      t = await startApp(db.overrides);
      admin = await t.login();
      setup = new SetupApi(t.http, admin);
      for (const code of ['ECOM', 'WELD', 'AGATE', 'GARDEN', 'CHEMLAB']) {
        tradeIds[code] = await setup.tradeId(code);
      }
    });
    afterAll(async () => {
      await t?.close();
      await dropDatabase();
    });

    const get = (path: string) => t.http.get(path).set('authorization', admin);
    const post = (path: string, body: unknown) =>
      t.http
        .post(path)
        .set('authorization', admin)
        .send(body as object);
    const patchContest = (
      id: number | string,
      body: unknown,
      headers: Record<string, string> = {},
    ) =>
      t.http
        .patch(`/api/contests/${id}`)
        .set({ authorization: admin, ...headers })
        .send(body as object);
    /** The contest as the API shows it (loosely typed: the tests compare whole bodies). */
    const getContest = async (id: number): Promise<Body & ContestShape> => {
      const res = await get(`/api/contests/${id}`);
      expect(res.status).toBe(200);
      return res.body as Body & ContestShape;
    };

    describe('trade catalogue', () => {
      const listTrades = async () => {
        const res = await get('/api/trades');
        expect(res.status).toBe(200);
        return res.body as { id: number; code: string; name: string; nameEn: string | null }[];
      };

      it('is seeded with the trades of the 2017 report, in Chinese and English', async () => {
        const trades = await listTrades();
        const byCode = new Map(trades.map((x) => [x.code, x]));
        expect(
          ['ECOM', 'AGATE', 'CHEMLAB', 'EXPRESS', 'GARDEN'].map((code) => byCode.get(code)),
        ).toEqual([
          { id: expect.any(Number), code: 'ECOM', name: '电子商务', nameEn: 'E-commerce' },
          { id: expect.any(Number), code: 'AGATE', name: '玛瑙雕刻', nameEn: 'Agate carving' },
          {
            id: expect.any(Number),
            code: 'CHEMLAB',
            name: '化工分析',
            nameEn: 'Chemical analysis',
          },
          {
            id: expect.any(Number),
            code: 'EXPRESS',
            name: '快递业务',
            nameEn: 'Express delivery business',
          },
          {
            id: expect.any(Number),
            code: 'GARDEN',
            name: '园林技艺',
            nameEn: 'Landscaping and garden craft',
          },
        ]);
        for (const trade of trades) {
          expect(trade.nameEn).toEqual(expect.stringMatching(/^[A-Z][\w -]+$/));
        }
        const codes = trades.map((x) => x.code);
        expect(new Set(codes).size).toBe(codes.length);
        expect(codes).toEqual([...codes].sort());
      });

      it('adds a trade with POST /api/trades', async () => {
        const before = await listTrades();
        const res = await post('/api/trades', {
          code: 'DRONE',
          name: '无人机驾驶',
          nameEn: 'Drone piloting',
        });
        expect(res.status).toBe(201);
        expect(res.body).toEqual({
          id: expect.any(Number),
          code: 'DRONE',
          name: '无人机驾驶',
          nameEn: 'Drone piloting',
        });
        const without = await post('/api/trades', { code: 'FORKLIFT', name: '叉车司机' });
        expect(without.status).toBe(201);
        expect(without.body).toMatchObject({ code: 'FORKLIFT', nameEn: null });
        const after = await listTrades();
        expect(after).toHaveLength(before.length + 2);
        expect(after).toEqual(expect.arrayContaining([res.body, without.body]));
      });

      it('refuses a duplicate code with 409 TRADE_CODE_TAKEN', async () => {
        const before = await listTrades();
        const res = await post('/api/trades', { code: 'ECOM', name: '另一个电子商务' });
        expectError(res, 409, 'TRADE_CODE_TAKEN');
        expect(res.body.message).toContain('ECOM');
        expect(await listTrades()).toEqual(before);
      });

      it('refuses a lower-case code with 400 VALIDATION_FAILED naming code', async () => {
        const before = await listTrades();
        const res = await post('/api/trades', { code: 'ecom2', name: '电子商务二' });
        expectError(res, 400, 'VALIDATION_FAILED');
        expect(res.body.details).toEqual([{ field: 'code', message: expect.any(String) }]);
        expect(await listTrades()).toEqual(before);
      });
    });

    describe('units tree', () => {
      let federation: { id: number };
      let district: { id: number };
      let enterprise: { id: number };

      const listUnits = async () => {
        const res = await get('/api/units');
        expect(res.status).toBe(200);
        return res.body as { id: number; code: string; parentId: number | null; depth: number }[];
      };

      it('builds federation → district → enterprise with depths 0, 1, 2', async () => {
        const fed = await post('/api/units', { code: 'FXZGH', name: '阜新市总工会' });
        expect(fed.status).toBe(201);
        expect(fed.body).toEqual({
          id: expect.any(Number),
          code: 'FXZGH',
          name: '阜新市总工会',
          parentId: null,
          depth: 0,
        });
        federation = fed.body;
        const dis = await post('/api/units', {
          code: 'HZQ',
          name: '海州区总工会',
          parentId: federation.id,
        });
        expect(dis.status).toBe(201);
        expect(dis.body).toMatchObject({ code: 'HZQ', parentId: federation.id, depth: 1 });
        district = dis.body;
        const ent = await post('/api/units', {
          code: 'FXKY',
          name: '阜新矿业集团工会',
          parentId: district.id,
        });
        expect(ent.status).toBe(201);
        expect(ent.body).toMatchObject({ code: 'FXKY', parentId: district.id, depth: 2 });
        enterprise = ent.body;

        expect(await listUnits()).toEqual([fed.body, dis.body, ent.body]);
      });

      it('GET /api/units/:id/subtree gives a unit and everything below it, and nothing else', async () => {
        // A sibling district whose id shares a prefix-free path with nothing above.
        const sibling = await setup.unit('XHQ', '细河区总工会', federation.id);
        const ofDistrict = await get(`/api/units/${district.id}/subtree`);
        expect(ofDistrict.status).toBe(200);
        expect((ofDistrict.body as { id: number }[]).map((u) => u.id)).toEqual([
          district.id,
          enterprise.id,
        ]);
        const ofFederation = await get(`/api/units/${federation.id}/subtree`);
        expect((ofFederation.body as { id: number }[]).map((u) => u.id).sort()).toEqual(
          [federation.id, district.id, enterprise.id, sibling.id].sort(),
        );
        const ofEnterprise = await get(`/api/units/${enterprise.id}/subtree`);
        expect((ofEnterprise.body as { id: number }[]).map((u) => u.id)).toEqual([enterprise.id]);
        expectError(await get('/api/units/999999/subtree'), 404, 'UNIT_NOT_FOUND');
      });

      it('refuses an unknown parent with 400 PARENT_UNIT_NOT_FOUND', async () => {
        const before = await listUnits();
        const res = await post('/api/units', {
          code: 'ORPHAN',
          name: '孤儿单位',
          parentId: 999999,
        });
        expectError(res, 400, 'PARENT_UNIT_NOT_FOUND');
        expect(await listUnits()).toEqual(before);
      });

      it('refuses a duplicate code with 409 UNIT_CODE_TAKEN', async () => {
        const before = await listUnits();
        const res = await post('/api/units', {
          code: 'HZQ',
          name: '另一个海州区',
          parentId: federation.id,
        });
        expectError(res, 409, 'UNIT_CODE_TAKEN');
        expect(await listUnits()).toEqual(before);
      });

      it('does not hang a unit sent with parentId null under another unit', async () => {
        // Some unit exists, so a lookup of "parent null" that matched any row would find one.
        await setup.unit('NULLTEST', '空父测试根单位');
        const before = await listUnits();
        const res = await post('/api/units', {
          code: 'NULLPARENT',
          name: '空父单位',
          parentId: null,
        });
        // Either a root unit (null meaning "no parent") or a 400 that creates nothing.
        if (res.status === 201) {
          expect(res.body).toMatchObject({ code: 'NULLPARENT', parentId: null, depth: 0 });
        } else {
          expect(res.status).toBe(400);
          expect(await listUnits()).toEqual(before);
        }
      });
    });

    describe('competition FX2017 with two contests', () => {
      let competitionId: number;
      let ecom: Body;
      let weld: Body;

      beforeAll(async () => {
        const res = await post('/api/competitions', {
          code: 'FX2017',
          name: '2017年阜新市职工职业技能大赛',
          year: 2017,
          issuingBody: '阜新市总工会',
        });
        expect(res.status).toBe(201);
        expect(res.body).toEqual({
          id: expect.any(Number),
          code: 'FX2017',
          name: '2017年阜新市职工职业技能大赛',
          year: 2017,
          issuingBody: '阜新市总工会',
          createdAt: expect.stringMatching(ISO_INSTANT),
        });
        competitionId = res.body.id;
      });

      it('creates the ECOM contest with a 30/70 scheme and every default filled in', async () => {
        const res = await post(`/api/competitions/${competitionId}/contests`, {
          tradeId: tradeIds.ECOM,
          scheme: scheme30x70(),
        });
        expect(res.status).toBe(201);
        expect(res.body).toEqual({
          id: expect.any(Number),
          competitionId,
          trade: { id: tradeIds.ECOM, code: 'ECOM', name: '电子商务', nameEn: 'E-commerce' },
          status: 'DRAFT',
          allowedTransitions: ['REGISTRATION'],
          version: 1,
          minField: 3,
          allowMultipleEntries: false,
          round: 1,
          hostUnitId: null,
          selfRegistration: false,
          scheme: schemeView(30, 70),
          titlePolicy: DEFAULT_TITLE_POLICY,
          tieBreak: DEFAULT_TIE_BREAK,
          createdAt: expect.stringMatching(ISO_INSTANT),
          updatedAt: expect.stringMatching(ISO_INSTANT),
        });
        ecom = res.body;
        expect(await getContest(res.body.id)).toEqual(res.body);
      });

      it('creates the WELD contest with a 20/80 scheme', async () => {
        const res = await post(`/api/competitions/${competitionId}/contests`, {
          tradeId: tradeIds.WELD,
          scheme: scheme20x80(),
          minField: 5,
        });
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({
          competitionId,
          trade: { id: tradeIds.WELD, code: 'WELD', name: '焊工' },
          status: 'DRAFT',
          version: 1,
          minField: 5,
          scheme: schemeView(20, 80),
          titlePolicy: DEFAULT_TITLE_POLICY,
          tieBreak: DEFAULT_TIE_BREAK,
        });
        expect(res.body.id).not.toBe(ecom.id);
        weld = res.body;
      });

      it('GET /api/competitions/:id lists both contests', async () => {
        const res = await get(`/api/competitions/${competitionId}`);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({
          id: competitionId,
          code: 'FX2017',
          name: '2017年阜新市职工职业技能大赛',
          year: 2017,
          issuingBody: '阜新市总工会',
          createdAt: expect.stringMatching(ISO_INSTANT),
          contests: [
            {
              id: ecom.id,
              tradeId: tradeIds.ECOM,
              tradeCode: 'ECOM',
              tradeName: '电子商务',
              status: 'DRAFT',
            },
            {
              id: weld.id,
              tradeId: tradeIds.WELD,
              tradeCode: 'WELD',
              tradeName: '焊工',
              status: 'DRAFT',
            },
          ],
        });
        const contests = await get(`/api/competitions/${competitionId}/contests`);
        expect(contests.status).toBe(200);
        expect(contests.body).toEqual([ecom, weld]);
      });

      describe('other accepted set-ups', () => {
        let otherId: number;
        beforeAll(async () => {
          otherId = (await setup.competition('FX2018', '2018年阜新市职工职业技能大赛', 2018)).id;
        });

        it('accepts a 25/55/20 scheme with a defence part, defaulting method and tolerance', async () => {
          const res = await post(`/api/competitions/${otherId}/contests`, {
            tradeId: tradeIds.GARDEN,
            scheme: schemeWithDefence(),
          });
          expect(res.status).toBe(201);
          const parts = res.body.scheme.parts as { key: string; weight: number }[];
          expect(parts.map((p) => [p.key, p.weight])).toEqual([
            ['theory', 25],
            ['practical', 55],
            ['defence', 20],
          ]);
          expect(res.body.scheme.parts[2]).toEqual({
            key: 'defence',
            name: '答辩',
            weight: 20,
            maxPoints: 20,
            passMark: 60,
            carried: false,
            criteria: [
              {
                key: 'answers',
                name: '答辩表现',
                kind: 'JUDGEMENT',
                method: 'MEDIAN',
                maxPoints: 20,
                tolerance: 1,
              },
            ],
          });
          expect(res.body.tieBreak).toEqual(DEFAULT_TIE_BREAK);
        });

        it('accepts a percentage title ladder and fills in the rounding', async () => {
          const res = await post(`/api/competitions/${otherId}/contests`, {
            tradeId: tradeIds.CHEMLAB,
            scheme: scheme30x70(),
            titlePolicy: {
              rungs: [
                { title: 'CHAMPION', fromRank: 1, toRank: 1 },
                { title: 'PACESETTER', percent: 5 },
                { title: 'EXPERT', percent: 15.5, rounding: 'HALF_UP' },
                { title: 'EXCELLENT', percent: '30', rounding: 'CEIL' },
              ],
              minTotal: '65.50',
              tieAtBoundary: 'EXCLUDE_ALL',
            },
            tieBreak: [{ by: 'CRITERION', criterionKey: 'safety' }, { by: 'TIME' }],
          });
          expect(res.status).toBe(201);
          expect(res.body.titlePolicy).toEqual({
            rungs: [
              { title: 'CHAMPION', titleName: '技术状元', fromRank: 1, toRank: 1 },
              { title: 'PACESETTER', titleName: '技术标兵', percent: 5, rounding: 'FLOOR' },
              { title: 'EXPERT', titleName: '技术能手', percent: 15.5, rounding: 'HALF_UP' },
              { title: 'EXCELLENT', titleName: '优秀选手', percent: 30, rounding: 'CEIL' },
            ],
            minTotal: 65.5,
            requireAllPartsPassed: true,
            tieAtBoundary: 'EXCLUDE_ALL',
          });
          expect(res.body.tieBreak).toEqual([
            { by: 'CRITERION', criterionKey: 'safety', order: 'DESC' },
            { by: 'TIME', order: 'ASC' },
          ]);
        });

        it('the extra contests went to FX2018, not FX2017', async () => {
          const other = await get(`/api/competitions/${otherId}`);
          expect((other.body.contests as { tradeCode: string }[]).map((c) => c.tradeCode)).toEqual([
            'CHEMLAB',
            'GARDEN',
          ]);
          const fx2017 = await get(`/api/competitions/${competitionId}`);
          expect((fx2017.body.contests as { id: number }[]).map((c) => c.id)).toEqual([
            ecom.id,
            weld.id,
          ]);
        });
      });

      describe('malformed set-ups get a 4xx with a code and leave nothing behind', () => {
        /** A valid contest for a trade FX2017 does not have yet, so only the flaw can refuse it. */
        const base = (): { tradeId: number; scheme: Scheme } & Body => ({
          tradeId: tradeIds.AGATE,
          scheme: scheme30x70(),
        });
        const withScheme = (change: (scheme: Scheme) => void) => {
          const body = base();
          change(body.scheme);
          return body;
        };
        const withLadder = (rungs: unknown[]) => ({ ...base(), titlePolicy: { rungs } });

        const expectNothingLeftBehind = async () => {
          const res = await get(`/api/competitions/${competitionId}`);
          expect(res.status).toBe(200);
          expect(res.body.contests).toEqual([
            expect.objectContaining({ id: ecom.id, tradeCode: 'ECOM', status: 'DRAFT' }),
            expect.objectContaining({ id: weld.id, tradeCode: 'WELD', status: 'DRAFT' }),
          ]);
          const full = await get(`/api/competitions/${competitionId}/contests`);
          expect(full.body).toEqual([ecom, weld]);
        };

        it('the valid base set-up would be accepted (checked on another competition)', async () => {
          const probe = await setup.competition('PROBE2017', '探针', 2017);
          const res = await post(`/api/competitions/${probe.id}/contests`, base());
          expect(res.status).toBe(201);
          expect(res.body.trade.code).toBe('AGATE');
        });

        type Case = {
          name: string;
          body: () => unknown;
          status: number;
          code: string;
          issues?: { code: string; path: string }[];
          field?: string;
        };

        const cases: Case[] = [
          {
            name: 'weights 30/60',
            body: () => withScheme((s) => (s.parts[1].weight = 60)),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [{ code: 'WEIGHTS_NOT_100', path: 'parts' }],
          },
          {
            name: 'a duplicate part key',
            body: () => withScheme((s) => (s.parts[1].key = 'theory')),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [{ code: 'DUPLICATE_PART_KEY', path: 'parts[1].key' }],
          },
          {
            name: 'a criterion key repeated in another part',
            body: () => withScheme((s) => (s.parts[1].criteria![1].key = 'exam')),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [{ code: 'DUPLICATE_CRITERION_KEY', path: 'parts[1].criteria[1].key' }],
          },
          {
            name: 'a criterion worth 0 points',
            body: () => withScheme((s) => (s.parts[0].criteria![0].maxPoints = 0)),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [{ code: 'MAX_POINTS_INVALID', path: 'parts[0].criteria[0].maxPoints' }],
          },
          {
            name: 'a criterion worth negative points',
            body: () => withScheme((s) => (s.parts[1].criteria![0].maxPoints = -40)),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [{ code: 'MAX_POINTS_INVALID', path: 'parts[1].criteria[0].maxPoints' }],
          },
          {
            name: 'a criterion maximum with 3 decimals (10.005)',
            body: () => withScheme((s) => (s.parts[1].criteria![0].maxPoints = 10.005)),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [{ code: 'MAX_POINTS_INVALID', path: 'parts[1].criteria[0].maxPoints' }],
          },
          {
            name: 'a judgement tolerance of 1.5 marks',
            body: () => withScheme((s) => (s.parts[1].criteria![2].tolerance = 1.5)),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [{ code: 'TOLERANCE_INVALID', path: 'parts[1].criteria[2].tolerance' }],
          },
          {
            name: 'an unknown criterion kind',
            body: () =>
              withScheme((s) => ((s.parts[1].criteria![0] as unknown as Body).kind = 'GUESSWORK')),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [{ code: 'KIND_INVALID', path: 'parts[1].criteria[0].kind' }],
          },
          {
            name: 'an unknown aggregation method',
            body: () =>
              withScheme((s) => ((s.parts[0].criteria![0] as unknown as Body).method = 'MODE')),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [{ code: 'METHOD_INVALID', path: 'parts[0].criteria[0].method' }],
          },
          {
            name: "a part maximum that is not its criteria's sum",
            body: () => withScheme((s) => ((s.parts[1] as unknown as Body).maxPoints = 90)),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [{ code: 'PART_MAX_MISMATCH', path: 'parts[1].maxPoints' }],
          },
          {
            name: 'a scheme with no parts',
            body: () => ({ ...base(), scheme: { parts: [] } }),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [{ code: 'PARTS_INVALID', path: 'parts' }],
          },
          {
            name: 'several flaws at once, each reported',
            body: () =>
              withScheme((s) => {
                s.parts[0].criteria![0].maxPoints = 0;
                (s.parts[1].criteria![1] as unknown as Body).method = 'MODE';
                s.parts[1].weight = 60;
              }),
            status: 400,
            code: 'SCHEME_INVALID',
            issues: [
              { code: 'MAX_POINTS_INVALID', path: 'parts[0].criteria[0].maxPoints' },
              { code: 'METHOD_INVALID', path: 'parts[1].criteria[1].method' },
              { code: 'WEIGHTS_NOT_100', path: 'parts' },
            ],
          },
          {
            name: 'overlapping title rungs (CHAMPION 1–2, PACESETTER 2–3)',
            body: () =>
              withLadder([
                { title: 'CHAMPION', fromRank: 1, toRank: 2 },
                { title: 'PACESETTER', fromRank: 2, toRank: 3 },
              ]),
            status: 400,
            code: 'TITLE_POLICY_INVALID',
            issues: [{ code: 'RUNG_OVERLAP', path: 'rungs[1].fromRank' }],
          },
          {
            name: 'a gap in the title ladder (CHAMPION 1–1, PACESETTER 3–4)',
            body: () =>
              withLadder([
                { title: 'CHAMPION', fromRank: 1, toRank: 1 },
                { title: 'PACESETTER', fromRank: 3, toRank: 4 },
              ]),
            status: 400,
            code: 'TITLE_POLICY_INVALID',
            issues: [{ code: 'RUNG_GAP', path: 'rungs[1].fromRank' }],
          },
          {
            name: 'a 0 % rung',
            body: () => withLadder([{ title: 'CHAMPION', percent: 0 }]),
            status: 400,
            code: 'TITLE_POLICY_INVALID',
            issues: [{ code: 'PERCENT_INVALID', path: 'rungs[0].percent' }],
          },
          {
            name: 'a 101 % rung',
            body: () =>
              withLadder([
                { title: 'CHAMPION', percent: 1 },
                { title: 'PACESETTER', percent: 101 },
              ]),
            status: 400,
            code: 'TITLE_POLICY_INVALID',
            issues: [{ code: 'PERCENT_INVALID', path: 'rungs[1].percent' }],
          },
          {
            name: 'rungs out of ladder order',
            body: () =>
              withLadder([
                { title: 'PACESETTER', fromRank: 1, toRank: 1 },
                { title: 'CHAMPION', fromRank: 2, toRank: 3 },
              ]),
            status: 400,
            code: 'TITLE_POLICY_INVALID',
            issues: [{ code: 'TITLE_ORDER', path: 'rungs[1].title' }],
          },
          {
            name: 'a tie-break naming an unknown part',
            body: () => ({ ...base(), tieBreak: [{ by: 'PART', partKey: 'defence' }] }),
            status: 400,
            code: 'TIE_BREAK_INVALID',
            issues: [{ code: 'UNKNOWN_PART', path: '[0].partKey' }],
          },
          {
            name: 'minField 0',
            body: () => ({ ...base(), minField: 0 }),
            status: 400,
            code: 'VALIDATION_FAILED',
            field: 'minField',
          },
          {
            name: 'a scheme that is a string, not an object',
            body: () => ({ ...base(), scheme: '30/70' }),
            status: 400,
            code: 'VALIDATION_FAILED',
            field: 'scheme',
          },
          {
            name: 'a scheme that is an array',
            body: () => ({ ...base(), scheme: scheme30x70().parts }),
            status: 400,
            code: 'VALIDATION_FAILED',
            field: 'scheme',
          },
          {
            name: 'no scheme at all',
            body: () => ({ tradeId: tradeIds.AGATE }),
            status: 400,
            code: 'VALIDATION_FAILED',
            field: 'scheme',
          },
          {
            name: 'an unknown field',
            body: () => ({ ...base(), judges: [1, 2] }),
            status: 400,
            code: 'VALIDATION_FAILED',
            field: 'judges',
          },
          {
            name: 'an unknown tradeId',
            body: () => ({ ...base(), tradeId: 999999 }),
            status: 400,
            code: 'TRADE_NOT_FOUND',
          },
          {
            name: 'a second contest for a trade the competition already has',
            body: () => ({ ...base(), tradeId: tradeIds.ECOM, scheme: scheme20x80() }),
            status: 409,
            code: 'CONTEST_TRADE_TAKEN',
          },
        ];

        it.each(cases)('$name → $status $code', async (c) => {
          const res = await post(`/api/competitions/${competitionId}/contests`, c.body());
          expectError(res, c.status, c.code);
          if (c.issues) {
            expect(
              (res.body.details.issues as { code: string; path: string }[]).map((i) => ({
                code: i.code,
                path: i.path,
              })),
            ).toEqual(c.issues);
            for (const issue of res.body.details.issues as { message: unknown }[]) {
              expect(issue.message).toEqual(expect.any(String));
            }
          }
          if (c.field) {
            expect((res.body.details as { field: string }[]).map((d) => d.field)).toContain(
              c.field,
            );
          }
          await expectNothingLeftBehind();
        });

        it('an unknown competition → 404 COMPETITION_NOT_FOUND', async () => {
          const before = await get('/api/competitions');
          const res = await post('/api/competitions/999999/contests', base());
          expectError(res, 404, 'COMPETITION_NOT_FOUND');
          expect(await get('/api/competitions')).toHaveProperty('body', before.body);
          await expectNothingLeftBehind();
        });

        it('a non-numeric competition id in the path → 400 INVALID_ID', async () => {
          expectError(await post('/api/competitions/abc/contests', base()), 400, 'INVALID_ID');
          expectError(await post('/api/competitions/1.5/contests', base()), 400, 'INVALID_ID');
          await expectNothingLeftBehind();
        });
      });
    });

    describe('lifecycle via PATCH /api/contests/:id', () => {
      let counter = 0;
      /** A DRAFT ECOM contest (30/70) in a competition of its own. */
      const freshContest = async (): Promise<number> => {
        counter += 1;
        const competition = await setup.competition(`LC${counter}`, `生命周期 ${counter}`, 2017);
        const contest = await setup.contest(competition.id, {
          tradeId: tradeIds.ECOM,
          scheme: scheme30x70(),
        });
        expect(contest).toMatchObject({ status: 'DRAFT', version: 1 });
        return contest.id;
      };
      const weights = (contest: { scheme: { parts: { weight: number }[] } }) =>
        contest.scheme.parts.map((p) => p.weight);

      it('walks DRAFT → REGISTRATION → SCORING → REVIEW, one version each; publishing has its own route', async () => {
        const id = await freshContest();
        const steps = [
          ['REGISTRATION', ['SCORING', 'DRAFT']],
          ['SCORING', ['REVIEW', 'REGISTRATION']],
          ['REVIEW', ['PUBLISHED', 'SCORING']],
        ] as const;
        let version = 1;
        for (const [status, next] of steps) {
          const res = await patchContest(id, { status });
          expect(res.status).toBe(200);
          version += 1;
          expect({
            status: res.body.status,
            version: res.body.version,
            next: res.body.allowedTransitions,
          }).toEqual({ status, version, next });
        }
        const review = await getContest(id);
        // PUBLISHED needs a finished result run (POST …/results/publish); FINAL a closed window.
        expectError(await patchContest(id, { status: 'PUBLISHED' }), 409, 'USE_RESULTS_PUBLISH');
        expect(await getContest(id)).toEqual(review);
        expectError(await patchContest(id, { status: 'FINAL' }), 409, 'INVALID_TRANSITION');
      });

      it('refuses a skipped step (DRAFT → SCORING) with 409 INVALID_TRANSITION and changes nothing', async () => {
        const id = await freshContest();
        const before = await getContest(id);
        const res = await patchContest(id, { status: 'SCORING' });
        expectError(res, 409, 'INVALID_TRANSITION');
        expect(res.body.details).toEqual({ from: 'DRAFT', to: 'SCORING' });
        expect(await getContest(id)).toEqual(before);
      });

      it('refuses the current status with 409 SAME_STATUS', async () => {
        const id = await freshContest();
        const before = await getContest(id);
        const res = await patchContest(id, { status: 'DRAFT' });
        expectError(res, 409, 'SAME_STATUS');
        expect(await getContest(id)).toEqual(before);
      });

      it('refuses an unknown status with 400 VALIDATION_FAILED', async () => {
        const id = await freshContest();
        const res = await patchContest(id, { status: 'ARCHIVED' });
        expectError(res, 400, 'VALIDATION_FAILED');
        expect(await getContest(id)).toMatchObject({ status: 'DRAFT', version: 1 });
      });

      it('allows the step back REGISTRATION → DRAFT', async () => {
        const id = await freshContest();
        expect((await patchContest(id, { status: 'REGISTRATION' })).status).toBe(200);
        const back = await patchContest(id, { status: 'DRAFT' });
        expect(back.status).toBe(200);
        expect(back.body).toMatchObject({
          status: 'DRAFT',
          version: 3,
          allowedTransitions: ['REGISTRATION'],
        });
      });

      it('refuses editing the scheme outside DRAFT with 409 CONTEST_NOT_EDITABLE, scheme unchanged', async () => {
        const id = await freshContest();
        expect((await patchContest(id, { status: 'REGISTRATION' })).status).toBe(200);
        const before = await getContest(id);
        const res = await patchContest(id, { scheme: scheme20x80() });
        expectError(res, 409, 'CONTEST_NOT_EDITABLE');
        expect(res.body.details).toEqual({ status: 'REGISTRATION' });
        const after = await getContest(id);
        expect(after).toEqual(before);
        expect(weights(after)).toEqual([30, 70]);
        expectError(await patchContest(id, { minField: 10 }), 409, 'CONTEST_NOT_EDITABLE');
        expect(await getContest(id)).toEqual(before);
      });

      it('replaces the scheme in DRAFT, and a default tie-break follows the new scheme', async () => {
        const id = await freshContest();
        const to2080 = await patchContest(id, { scheme: scheme20x80() });
        expect(to2080.status).toBe(200);
        expect(to2080.body).toMatchObject({
          status: 'DRAFT',
          version: 2,
          scheme: schemeView(20, 80),
          tieBreak: DEFAULT_TIE_BREAK,
        });
        expect(await getContest(id)).toEqual(to2080.body);

        const renamed = await patchContest(id, { scheme: writtenHandsOnScheme() });
        expect(renamed.status).toBe(200);
        expect(renamed.body.version).toBe(3);
        expect(renamed.body.scheme.parts).toEqual([
          {
            key: 'written',
            name: '笔试',
            weight: 40,
            maxPoints: 100,
            passMark: 60,
            carried: false,
            criteria: [
              {
                key: 'paper',
                name: '试卷',
                kind: 'MEASUREMENT',
                method: 'MEAN',
                maxPoints: 100,
                tolerance: null,
              },
            ],
          },
          {
            key: 'handson',
            name: '操作',
            weight: 60,
            maxPoints: 50,
            passMark: null,
            carried: false,
            criteria: [
              {
                key: 'task',
                name: '操作任务',
                kind: 'JUDGEMENT',
                method: 'MEAN',
                maxPoints: 50,
                tolerance: 1,
              },
            ],
          },
        ]);
        expect(renamed.body.tieBreak).toEqual([
          { by: 'PART', partKey: 'handson', order: 'DESC' },
          { by: 'TIME', order: 'ASC' },
        ]);
      });

      it('keeps a chosen tie-break across a scheme change, and refuses one the new scheme breaks', async () => {
        const id = await freshContest();
        const chosen = [{ by: 'CRITERION', criterionKey: 'safety', order: 'ASC' }];
        const set = await patchContest(id, { tieBreak: chosen });
        expect(set.status).toBe(200);
        expect(set.body.tieBreak).toEqual(chosen);
        const kept = await patchContest(id, { scheme: scheme20x80() });
        expect(kept.status).toBe(200);
        expect(kept.body.tieBreak).toEqual(chosen);
        expect(weights(kept.body)).toEqual([20, 80]);

        const before = await getContest(id);
        const broken = await patchContest(id, { scheme: writtenHandsOnScheme() });
        expectError(broken, 400, 'TIE_BREAK_INVALID');
        expect(broken.body.details.issues).toEqual([
          { code: 'UNKNOWN_CRITERION', path: '[0].criterionKey', message: expect.any(String) },
        ]);
        expect(await getContest(id)).toEqual(before);
      });

      it('refuses a stale version in the body with 409 STALE_VERSION {expected, current}', async () => {
        const id = await freshContest();
        expect((await patchContest(id, { minField: 4, version: 1 })).status).toBe(200);
        const before = await getContest(id);
        expect(before.version).toBe(2);
        const res = await patchContest(id, { status: 'REGISTRATION', version: 1 });
        expectError(res, 409, 'STALE_VERSION');
        expect(res.body.details).toEqual({ expected: 1, current: 2 });
        expect(await getContest(id)).toEqual(before);
      });

      it('reads the version from If-Match: "1" is stale at version 2, "2" is current', async () => {
        const id = await freshContest();
        expect((await patchContest(id, { minField: 5 }, { 'If-Match': '"1"' })).status).toBe(200);
        const before = await getContest(id);
        const stale = await patchContest(id, { status: 'REGISTRATION' }, { 'If-Match': '"1"' });
        expectError(stale, 409, 'STALE_VERSION');
        expect(stale.body.details).toEqual({ expected: 1, current: 2 });
        expect(await getContest(id)).toEqual(before);
        const current = await patchContest(id, { status: 'REGISTRATION' }, { 'If-Match': '"2"' });
        expect(current.status).toBe(200);
        expect(current.body).toMatchObject({ status: 'REGISTRATION', version: 3, minField: 5 });
      });

      it('refuses If-Match: "abc" with 400 IF_MATCH_INVALID', async () => {
        const id = await freshContest();
        const res = await patchContest(id, { status: 'REGISTRATION' }, { 'If-Match': '"abc"' });
        expectError(res, 400, 'IF_MATCH_INVALID');
        expect(await getContest(id)).toMatchObject({ status: 'DRAFT', version: 1 });
      });

      it.each([{ minField: null }, { allowMultipleEntries: null }])(
        'refuses %p (a setting that cannot be empty) with 400, changing nothing',
        async (body) => {
          const id = await freshContest();
          const before = await getContest(id);
          const res = await patchContest(id, body);
          expect({ status: res.status, code: res.body.code }).toEqual({
            status: 400,
            code: expect.any(String),
          });
          expect(await getContest(id)).toEqual(before);
        },
      );

      it('refuses an empty PATCH with 400 NOTHING_TO_UPDATE', async () => {
        const id = await freshContest();
        expectError(await patchContest(id, {}), 400, 'NOTHING_TO_UPDATE');
        expectError(await patchContest(id, { version: 1 }), 400, 'NOTHING_TO_UPDATE');
        expect(await getContest(id)).toMatchObject({ status: 'DRAFT', version: 1 });
      });

      it('a PATCH with an invalid scheme and a status change changes neither', async () => {
        const id = await freshContest();
        const before = await getContest(id);
        const bad = scheme20x80();
        bad.parts[1].weight = 70;
        const res = await patchContest(id, { scheme: bad, status: 'REGISTRATION' });
        expectError(res, 400, 'SCHEME_INVALID');
        expect(res.body.details.issues).toEqual([
          { code: 'WEIGHTS_NOT_100', path: 'parts', message: expect.any(String) },
        ]);
        expect(await getContest(id)).toEqual(before);
      });

      it('a PATCH with a valid scheme and a refused step changes neither (one transaction)', async () => {
        const id = await freshContest();
        const before = await getContest(id);
        const res = await patchContest(id, { scheme: scheme20x80(), status: 'SCORING' });
        expectError(res, 409, 'INVALID_TRANSITION');
        const after = await getContest(id);
        expect(after).toEqual(before);
        expect(weights(after)).toEqual([30, 70]);
      });

      it('edits and steps forward in one PATCH when both are valid', async () => {
        const id = await freshContest();
        const res = await patchContest(id, { scheme: scheme20x80(), status: 'REGISTRATION' });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ status: 'REGISTRATION', version: 2 });
        expect(weights(res.body)).toEqual([20, 80]);
      });

      it('answers unknown and malformed contest ids with 404 CONTEST_NOT_FOUND and 400 INVALID_ID', async () => {
        expectError(
          await patchContest(999999, { status: 'REGISTRATION' }),
          404,
          'CONTEST_NOT_FOUND',
        );
        expectError(await patchContest('x1', { status: 'REGISTRATION' }), 400, 'INVALID_ID');
        expectError(await get('/api/contests/999999'), 404, 'CONTEST_NOT_FOUND');
      });
    });
  },
);
