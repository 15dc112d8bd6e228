import { maleId } from '../factories/id-numbers';
import { cityWithContests, register, setStatus } from '../factories/registration-api';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

type MyContest = {
  contestId: number;
  competitionName: string;
  tradeCode: string;
  tradeName: string;
  status: string;
  drawn: boolean;
  chief: boolean;
  criteria: Array<{ key: string; name: string; partKey: string; kind: string; maxPoints: string }>;
  scoresEntered: number;
};

/* The judge's start page: GET /api/judging/contests lists the contests the caller is on. */
describe.each(databases)('The judge pages’ contest list on %s', (_name, database) => {
  let e2e: E2eApp;
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let organizer: string;
  let judge: string;
  let chief: string;
  let outsider: string;
  let lathe: number;
  let weld: number;

  const mine = async (auth: string) => {
    const res = await e2e.http.get('/api/judging/contests').set('authorization', auth);
    expect(res.status).toBe(200);
    return res.body as MyContest[];
  };

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp(db.overrides);
    organizer = await e2e.login();
    const { setup, districtA, open } = await cityWithContests(e2e.http, organizer);
    const judgeId = (await setup.user('panel-judge', 'JUDGE')).id;
    const chiefId = (await setup.user('panel-chief', 'JUDGE')).id;
    await setup.user('no-panel', 'JUDGE');
    judge = await e2e.login('panel-judge', 'panel-judge-password');
    chief = await e2e.login('panel-chief', 'panel-chief-password');
    outsider = await e2e.login('no-panel', 'no-panel-password');

    lathe = (await open('LATHE')).id;
    weld = (await open('WELD')).id;
    await register(e2e.http, organizer, lathe, {
      name: '选手甲',
      idNumber: maleId(1),
      unitId: districtA.id,
    });
    const assign = async (contestId: number, body: object) => {
      const res = await e2e.http
        .post(`/api/contests/${contestId}/judges`)
        .set('authorization', organizer)
        .send(body);
      expect(res.status).toBe(201);
    };
    await assign(lathe, { userId: judgeId, parts: ['practical'] });
    await assign(lathe, { userId: chiefId, chief: true });
    await assign(weld, { userId: judgeId, criteria: ['exam'] });
    await setStatus(e2e.http, organizer, lathe, 'SCORING');
    await e2e.http
      .post(`/api/contests/${lathe}/registrations/decisions`)
      .set('authorization', organizer)
      .send({ status: 'APPROVED', allPending: true });
    const draw = await e2e.http
      .post(`/api/contests/${lathe}/draw`)
      .set('authorization', organizer)
      .send({});
    expect(draw.status).toBe(201);
  });

  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('lists a judge’s contests with trade, status, draw and only their own criteria', async () => {
    const list = await mine(judge);
    expect(list.map((c) => c.contestId)).toEqual([lathe, weld]);
    const [first, second] = list;
    expect(first).toMatchObject({
      tradeCode: 'LATHE',
      status: 'SCORING',
      drawn: true,
      chief: false,
      scoresEntered: 0,
    });
    expect(first.competitionName).toBe('2017年阜新市职工职业技能大赛');
    expect(first.tradeName.length).toBeGreaterThan(0);
    expect(first.criteria).toEqual([
      {
        key: 'accuracy',
        name: '尺寸精度',
        partKey: 'practical',
        kind: 'MEASUREMENT',
        maxPoints: '40.00',
      },
      {
        key: 'finish',
        name: '表面质量',
        partKey: 'practical',
        kind: 'MEASUREMENT',
        maxPoints: '30.00',
      },
      {
        key: 'safety',
        name: '安全文明生产',
        partKey: 'practical',
        kind: 'JUDGEMENT',
        maxPoints: '30.00',
      },
    ]);
    expect(second).toMatchObject({ tradeCode: 'WELD', status: 'REGISTRATION', drawn: false });
    expect(second.criteria.map((c) => c.key)).toEqual(['exam']);
  });

  it('counts the scores the judge has entered', async () => {
    const sheet = (
      await e2e.http.get(`/api/contests/${lathe}/score-sheet`).set('authorization', judge)
    ).body as { rows: Array<{ code: string }> };
    const code = sheet.rows[0].code;
    const put = await e2e.http
      .put(`/api/contests/${lathe}/scores`)
      .set('authorization', judge)
      .send({
        entries: [
          { code, criterionKey: 'accuracy', points: '31.5' },
          { code, criterionKey: 'safety', points: 2 },
        ],
      });
    expect(put.status).toBe(200);
    expect((await mine(judge)).find((c) => c.contestId === lathe)?.scoresEntered).toBe(2);
  });

  it('marks a chief judge, who scores nothing unless given criteria', async () => {
    expect(await mine(chief)).toEqual([
      expect.objectContaining({ contestId: lathe, chief: true, criteria: [], scoresEntered: 0 }),
    ]);
  });

  it('answers an empty list to a judge on no panel, and refuses other roles', async () => {
    expect(await mine(outsider)).toEqual([]);
    const res = await e2e.http.get('/api/judging/contests').set('authorization', organizer);
    expect(res.status).toBe(403);
    expect((await e2e.http.get('/api/judging/contests')).status).toBe(401);
  });
});
