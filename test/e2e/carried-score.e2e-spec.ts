import type { Response } from 'supertest';
import { eventually, expectOk, requestsAs, startApp, type E2eApp } from '../support/e2e-app';
import { databases, tamper } from '../support/e2e-databases';
import { maleId } from '../factories/id-numbers';
import {
  judgePanel,
  type JudgePanel,
  publishedFeeder,
  startScoring,
} from '../factories/published-contest';
import { SetupApi } from '../factories/setup-api';

interface Row {
  registrationId: number;
  name: string;
  parts: Array<{ key: string; name: string; score: string; passed: boolean | null }>;
  criteria: Record<string, string>;
  total: string | null;
  rank: number | null;
  tied: boolean;
  attendance: string;
  title: string | null;
  titleReason: string;
}

/** docs/results.md "Carried score": a final of 30 % preliminary (carried) + 70 % practical. */
const FINAL_SCHEME = {
  parts: [
    { key: 'prelim', name: '初赛成绩', weight: 30, carried: true, passMark: 80 },
    {
      key: 'practical',
      name: '实操',
      weight: 70,
      criteria: [
        { key: 'task', name: '实操作业', maxPoints: 100, kind: 'MEASUREMENT', method: 'SINGLE' },
      ],
    },
  ],
};

/**
 * Each finalist's published preliminary total (which advancement's apply carries onto their
 * registration in the final) and the final's practical task points; the expected rows are worked out by hand in docs/results.md's terms:
 * total = 30 × carried / 100 + 70 × task / 100, rounded half up once.
 */
const FINALISTS: Array<[name: string, carriedCenti: number | null, task: number]> = [
  ['王芳', 9235, 85.5], // 27.705 + 59.85 = 87.555 → 87.56
  ['张伟', 8000, 90], // 24.00 + 63.00 = 87.00; carried 80.00 passes the pass mark of 80 exactly
  ['李娜', 9400, 84], // 28.20 + 58.80 = 87.00: tied with 张伟, ahead by the carried part
  ['赵磊', 7999, 95], // 23.997 + 66.50 = 90.497 → 90.50, first; carried 79.99 fails the part
  ['刘洋', null, 0], // entered by hand: no carried total
];

describe.each(databases)('A carried score in a final on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  let organizer: string;
  let judge: string;
  let chief: string;
  let panel: JudgePanel;
  let competitionId: number;
  let tradeId: number;
  let unitId: number;
  let prelim: number;
  let final: number;
  const people = new Map<string, { registrationId: number; code: string }>();

  const as = (auth: string) => requestsAs(e2e.http, auth);
  const issuesOf = (res: Response) =>
    (res.body as { details: { issues: Array<{ code: string; path: string }> } }).details.issues.map(
      (i) => [i.code, i.path],
    );
  const createContest = (body: object) =>
    as(organizer).post(`/api/competitions/${competitionId}/contests`, { tradeId, ...body });

  /**
   * The preliminary (初赛), through the API: the four who will advance are scored their carried
   * totals on its one 100-point criterion, so each published total is exactly that score.
   */
  async function publishedPreliminary(): Promise<number> {
    const advancing = FINALISTS.filter(([, carried]) => carried !== null);
    const { contestId } = await publishedFeeder(
      e2e.http,
      organizer,
      panel,
      { competitionId, tradeId },
      advancing.map(([name, carried], i) => ({
        name,
        idNumber: maleId(300 + i),
        unitId,
        points: carried! / 100,
      })),
    );
    return contestId;
  }

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp(db.overrides);
    organizer = await e2e.login();
    const setup = new SetupApi(e2e.http, organizer);
    tradeId = await setup.tradeId('LATHE');
    competitionId = (await setup.competition('CAR2017')).id;
    unitId = (await setup.unit('CARU', '阜新矿业集团工会')).id;
    panel = await judgePanel(e2e.http, organizer, (u, p) => e2e.login(u, p), 'car');
    ({ judge, chief } = panel);
    prelim = await publishedPreliminary();
  }, 240_000);

  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('refuses a carried part in a first round, with criteria, twice, or alone, and changes nothing', async () => {
    const before = (await as(organizer).get(`/api/competitions/${competitionId}/contests`))
      .body as unknown[];
    const firstRound = await createContest({ scheme: FINAL_SCHEME });
    expect(firstRound.status).toBe(400);
    expect(firstRound.body).toMatchObject({ code: 'SCHEME_INVALID' });
    expect(issuesOf(firstRound)).toEqual([['CARRIED_PART_FIRST_ROUND', 'parts[0].carried']]);

    const withCriteria = await createContest({
      round: 2,
      scheme: {
        parts: [
          { ...FINAL_SCHEME.parts[0], criteria: FINAL_SCHEME.parts[1].criteria },
          {
            ...FINAL_SCHEME.parts[1],
            criteria: [{ ...FINAL_SCHEME.parts[1].criteria![0], key: 'job' }],
          },
        ],
      },
    });
    expect(withCriteria.status).toBe(400);
    expect(issuesOf(withCriteria)).toEqual([['CARRIED_PART_HAS_CRITERIA', 'parts[0].criteria']]);

    const twice = await createContest({
      round: 2,
      scheme: {
        parts: [
          { ...FINAL_SCHEME.parts[0], weight: 20 },
          { ...FINAL_SCHEME.parts[0], key: 'semi', weight: 10 },
          FINAL_SCHEME.parts[1],
        ],
      },
    });
    expect(issuesOf(twice)).toEqual([['CARRIED_PART_TOO_MANY', 'parts[1].carried']]);

    const alone = await createContest({
      round: 2,
      scheme: { parts: [{ ...FINAL_SCHEME.parts[0], weight: 100 }] },
    });
    expect(issuesOf(alone)).toEqual([['CARRIED_PART_ALONE', 'parts']]);
    const after = (await as(organizer).get(`/api/competitions/${competitionId}/contests`))
      .body as unknown[];
    expect(after).toHaveLength(before.length);
  });

  it('creates the final with its carried part shown as such', async () => {
    const created = await createContest({
      round: 2,
      scheme: FINAL_SCHEME,
      tieBreak: [{ by: 'PART', partKey: 'prelim' }],
    });
    expectOk(created);
    final = (created.body as { id: number }).id;
    const contest = (await as(organizer).get(`/api/contests/${final}`)).body as {
      round: number;
      scheme: { parts: unknown[] };
      tieBreak: unknown[];
    };
    expect(contest.round).toBe(2);
    expect(contest.scheme.parts).toEqual([
      {
        key: 'prelim',
        name: '初赛成绩',
        weight: 30,
        maxPoints: 100,
        passMark: 80,
        carried: true,
        criteria: [],
      },
      {
        key: 'practical',
        name: '实操',
        weight: 70,
        maxPoints: 100,
        passMark: 60,
        carried: false,
        criteria: [
          {
            key: 'task',
            name: '实操作业',
            kind: 'MEASUREMENT',
            method: 'SINGLE',
            maxPoints: 100,
            tolerance: null,
          },
        ],
      },
    ]);
    expect(contest.tieBreak).toEqual([{ by: 'PART', partKey: 'prelim', order: 'DESC' }]);
  });

  it('creates the finalists through advancement from the published preliminary, with their carried totals', async () => {
    const org = as(organizer);
    expectOk(
      await org.put(`/api/contests/${final}/feeders`, {
        feederContestIds: [prelim],
        rule: { mode: 'TOP_N_PER_FEEDER', n: 4 },
      }),
    );
    expectOk(await org.post(`/api/contests/${final}/advancement`));
    expectOk(await org.patch(`/api/contests/${final}`, { status: 'REGISTRATION' }));
    const applied = await org.post(`/api/contests/${final}/advancement/apply`);
    expectOk(applied);
    expect(applied.body).toMatchObject({ created: 4, withdrawn: 0 });
    // A fifth finalist entered by hand, not through advancement: no carried total.
    const byHand = await org.post(`/api/contests/${final}/registrations`, {
      worker: { name: '刘洋', idNumber: maleId(340), unitId },
    });
    expectOk(byHand);
    const registrations = (await org.get(`/api/contests/${final}/registrations`)).body as Array<{
      id: number;
      worker: { name: string };
    }>;
    for (const r of registrations) people.set(r.worker.name, { registrationId: r.id, code: '' });
    expect([...people.keys()].sort()).toEqual(FINALISTS.map(([name]) => name).sort());
  });

  it('keeps judges off the carried part', async () => {
    const org = as(organizer);
    const onCarried = await org.post(`/api/contests/${final}/judges`, {
      userId: panel.judgeId,
      parts: ['prelim'],
    });
    expect(onCarried.status).toBe(400);
    expect(onCarried.body).toMatchObject({ code: 'UNKNOWN_PART', details: { keys: ['prelim'] } });
    const rows = await startScoring(e2e.http, organizer, final, panel);
    for (const r of rows) {
      const person = [...people.values()].find((p) => p.registrationId === r.id)!;
      person.code = r.code!;
    }
  });

  it("lists only the judged criterion on the judge's sheet and in the status, and refuses the carried part's key", async () => {
    const sheet = await as(judge).get(`/api/contests/${final}/score-sheet`);
    expectOk(sheet);
    expect((sheet.body as { criteria: Array<{ key: string }> }).criteria.map((c) => c.key)).toEqual(
      ['task'],
    );
    const refused = await as(judge).put(`/api/contests/${final}/scores`, {
      entries: [{ code: people.get('王芳')!.code, criterionKey: 'prelim', points: 90 }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'SCORE_UNKNOWN_CRITERION' });
    const status = await as(chief).get(`/api/contests/${final}/scores/status`);
    expect(status.body).toMatchObject({ contestants: 5, groups: 5, confirmed: 0 });
  });

  it('confirms every score without waiting for the carried part', async () => {
    expectOk(
      await as(judge).put(`/api/contests/${final}/scores`, {
        entries: FINALISTS.map(([name, , task]) => ({
          code: people.get(name)!.code,
          criterionKey: 'task',
          points: task,
        })),
      }),
    );
    const confirmed = await as(chief).post(`/api/contests/${final}/scores/confirm`);
    expectOk(confirmed);
    const status = await as(chief).get(`/api/contests/${final}/scores/status`);
    expect(status.body).toMatchObject({ groups: 5, confirmed: 5 });
  });

  it('refuses to compute while a present finalist has no carried total, naming them by code', async () => {
    const refused = await as(organizer).post(`/api/contests/${final}/results/compute`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'CARRIED_TOTAL_MISSING',
      details: {
        count: 1,
        registrations: [
          { registrationId: people.get('刘洋')!.registrationId, code: people.get('刘洋')!.code },
        ],
      },
    });
    expect(JSON.stringify(refused.body)).not.toContain('刘洋');
    const runs = await as(organizer).get(`/api/contests/${final}/results/runs`);
    expect(runs.body).toEqual([]);
  });

  it('computes through the job: the carried part weighted, its pass mark and the tie-break applied', async () => {
    // The hand-entered finalist did not sit the final after all.
    expectOk(
      await as(chief).put(`/api/contests/${final}/attendance`, {
        entries: [{ code: people.get('刘洋')!.code, attendance: 'ABSENT' }],
        reason: '未到场',
      }),
    );
    expectOk(await as(chief).post(`/api/contests/${final}/scores/close`));
    const asked = await as(organizer).post(`/api/contests/${final}/results/compute`);
    expect(asked.status).toBe(202);
    const { runId, jobId } = asked.body as { runId: number; jobId: string };
    await eventually(async () => {
      const job = await as(organizer).get(`/api/jobs/${jobId}`);
      return (job.body as { state: string }).state === 'completed' ? true : undefined;
    }, 15_000);
    const res = await as(organizer).get(`/api/contests/${final}/results?runId=${runId}`);
    expectOk(res);
    const rows = res.body as Row[];
    const view = rows.map((r) => ({
      name: r.name,
      parts: r.parts.map((p) => [p.key, p.score, p.passed]),
      criteria: r.criteria,
      total: r.total,
      rank: r.rank,
      tied: r.tied,
      title: r.title,
      titleReason: r.titleReason,
    }));
    // Criterion points are exact, in hundredths (as every run writes them); parts and totals are shown.
    expect(view).toEqual([
      {
        name: '赵磊',
        parts: [
          ['prelim', '79.99', false],
          ['practical', '95.00', true],
        ],
        criteria: { task: '9500' },
        total: '90.50',
        rank: 1,
        tied: false,
        title: null,
        titleReason: 'PART_NOT_PASSED',
      },
      {
        name: '王芳',
        parts: [
          ['prelim', '92.35', true],
          ['practical', '85.50', true],
        ],
        criteria: { task: '8550' },
        total: '87.56',
        rank: 2,
        tied: false,
        title: 'PACESETTER',
        titleReason: 'AWARDED',
      },
      {
        name: '李娜',
        parts: [
          ['prelim', '94.00', true],
          ['practical', '84.00', true],
        ],
        criteria: { task: '8400' },
        total: '87.00',
        rank: 3,
        tied: false,
        title: 'PACESETTER',
        titleReason: 'AWARDED',
      },
      {
        name: '张伟',
        parts: [
          ['prelim', '80.00', true],
          ['practical', '90.00', true],
        ],
        criteria: { task: '9000' },
        total: '87.00',
        rank: 4,
        tied: false,
        title: 'EXPERT',
        titleReason: 'AWARDED',
      },
      {
        name: '刘洋',
        parts: [],
        criteria: {},
        total: null,
        rank: null,
        tied: false,
        title: null,
        titleReason: 'NOT_RANKED',
      },
    ]);
    expect(rows[0].parts[0].name).toBe('初赛成绩');
  });

  it('computes a new run when a carried total changes, and the same run when nothing did', async () => {
    const again = await as(organizer).post(`/api/contests/${final}/results/compute`);
    expect(again.status).toBe(202);
    const runs = (await as(organizer).get(`/api/contests/${final}/results/runs`)).body as Array<{
      runId: number;
    }>;
    expect(runs).toHaveLength(1);
    expect((again.body as { runId: number }).runId).toBe(runs[0].runId);
    // As a corrected preliminary result applied again would leave it (apply itself is refused once
    // the final is scoring, so the database is changed directly here).
    await tamper(
      e2e.env,
      `UPDATE registrations SET carried_total_centi = 9500 WHERE id = ${people.get('张伟')!.registrationId}`,
    );
    const changed = await as(organizer).post(`/api/contests/${final}/results/compute`);
    expect(changed.status).toBe(202);
    expect((changed.body as { runId: number }).runId).not.toBe(runs[0].runId);
  });
});
