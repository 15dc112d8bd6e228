/**
 * The demo competition, made through the HTTP API of a running server from a fixed seed: 5
 * contests of 60 workers set up, scored, published and certified (fewer with
 * `publishedContests`), and one more (CNC turning) in the middle of scoring. Used by `npm run demo`
 * and by the browser tests.
 */
import ExcelJS from 'exceljs';
import { BenchApi } from '../bench/api';
import { benchIdNumber, benchName, seeded } from '../bench/roster';

const TRADES = ['ECOM', 'WELD', 'ELEC', 'LATHE', 'GARDEN'];
const PER_CONTEST = 60;
const IN_PROGRESS_TRADE = 'CNC';
const IN_PROGRESS_SIZE = 24;
/** The password of every demo account (organizer, chief, judge1–4, grader, coordinator). */
export const DEMO_PASSWORD = 'demo-password';
const PASSWORD = DEMO_PASSWORD;

export interface DemoCompetition {
  competitionId: number;
  /** Published and certified. */
  publishedContestIds: number[];
  /** Drawn, theory marked, practical criteria unscored. */
  inProgressContestId: number;
  /** A certificate's verification code. */
  verifyCode: string;
}

const SCHEME = {
  parts: [
    {
      key: 'theory',
      name: '理论',
      weight: 30,
      criteria: [
        { key: 'exam', name: '理论考试', maxPoints: 100, kind: 'MEASUREMENT', method: 'SINGLE' },
      ],
    },
    {
      key: 'practical',
      name: '实操',
      weight: 70,
      criteria: [
        { key: 'accuracy', name: '尺寸精度', maxPoints: 40, kind: 'MEASUREMENT' },
        {
          key: 'process',
          name: '工艺规范',
          maxPoints: 30,
          kind: 'MEASUREMENT',
          method: 'TRIMMED_MEAN',
        },
        { key: 'safety', name: '安全文明生产', maxPoints: 30, kind: 'JUDGEMENT', tolerance: 1 },
      ],
    },
  ],
};

async function roster(rows: Array<[string, string, string]>): Promise<Blob> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['2026年职工职业技能大赛（演示）报名表']);
  sheet.addRow(['序号', '姓名', '身份证号', '单位代码']);
  rows.forEach(([name, id, unit], i) => sheet.addRow([i + 1, name, id, unit]));
  return new Blob([await workbook.xlsx.writeBuffer()]);
}

async function waitForJob(api: BenchApi, jobId: string): Promise<void> {
  for (;;) {
    const job = await api.call<{ state: string; error?: string }>('GET', `/jobs/${jobId}`);
    if (job.state === 'completed') return;
    if (job.state === 'failed') throw new Error(`job ${jobId} failed: ${job.error}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Fills a fresh server (whose first organizer is `organizer` / DEMO_PASSWORD) with the demo
 * competition. `base` is the server's origin, e.g. http://localhost:3000.
 */
export async function seedDemo(
  base: string,
  log: (line: string) => void = () => undefined,
  options: { publishedContests?: number } = {},
): Promise<DemoCompetition> {
  const api = await new BenchApi(`${base}/api`).login('organizer', PASSWORD);
  const random = seeded(2026);

  const city = await api.call<{ id: number }>('POST', '/units', {
    code: 'FX',
    name: '阜新市总工会',
  });
  const unitCodes: string[] = [];
  const districtIds: number[] = [];
  for (const [d, district] of ['海州区', '细河区', '太平区'].entries()) {
    const parent = await api.call<{ id: number }>('POST', '/units', {
      code: `FX-${d + 1}`,
      name: `${district}总工会`,
      parentId: city.id,
    });
    districtIds.push(parent.id);
    for (const e of [1, 2]) {
      const code = `FX-${d + 1}-${e}`;
      await api.call('POST', '/units', {
        code,
        name: `${district}第${e}机械厂工会`,
        parentId: parent.id,
      });
      unitCodes.push(code);
    }
  }
  const user = (username: string, role: string, unitId?: number) =>
    api.call<{ id: number }>('POST', '/users', {
      username,
      password: PASSWORD,
      displayName: username,
      role,
      unitId,
    });
  const coordinator = await user('coordinator', 'UNIT_COORDINATOR', districtIds[0]);
  const chief = await user('chief', 'JUDGE');
  const grader = await user('grader', 'JUDGE');
  const judges = [
    await user('judge1', 'JUDGE', districtIds[0]),
    await user('judge2', 'JUDGE', districtIds[1]),
    await user('judge3', 'JUDGE', districtIds[2]),
    await user('judge4', 'JUDGE'),
  ];
  void coordinator;
  const competition = await api.call<{ id: number }>('POST', '/competitions', {
    code: 'DEMO2026',
    name: '2026年职工职业技能大赛（演示）',
    year: 2026,
    issuingBody: '阜新市总工会',
  });
  const trades = await api.call<Array<{ id: number; code: string; name: string }>>(
    'GET',
    '/trades',
  );
  const apiOf = async (name: string) => api.login(name, PASSWORD);
  const judgeApis = await Promise.all(['judge1', 'judge2', 'judge3', 'judge4'].map(apiOf));
  const graderApi = await apiOf('grader');
  const chiefApi = await apiOf('chief');
  let worker = 0;
  let verifyCode = '';
  const publishedContestIds: number[] = [];
  for (const tradeCode of TRADES.slice(0, options.publishedContests ?? TRADES.length)) {
    const trade = trades.find((t) => t.code === tradeCode)!;
    const contest = await api.call<{ id: number }>(
      'POST',
      `/competitions/${competition.id}/contests`,
      {
        tradeId: trade.id,
        scheme: SCHEME,
      },
    );
    publishedContestIds.push(contest.id);
    await api.call('PATCH', `/contests/${contest.id}`, { status: 'REGISTRATION' });
    const rows: Array<[string, string, string]> = [];
    for (let i = 0; i < PER_CONTEST; i++, worker++) {
      rows.push([
        benchName(worker * 7),
        benchIdNumber(2_000_000 + worker),
        unitCodes[worker % unitCodes.length],
      ]);
    }
    const form = new FormData();
    form.append('file', await roster(rows), '报名表.xlsx');
    await api.call('POST', `/contests/${contest.id}/registrations/import`, form);
    for (const judge of judges) {
      await api.call('POST', `/contests/${contest.id}/judges`, {
        userId: judge.id,
        parts: ['practical'],
      });
    }
    await api.call('POST', `/contests/${contest.id}/judges`, {
      userId: grader.id,
      criteria: ['exam'],
    });
    await api.call('POST', `/contests/${contest.id}/judges`, { userId: chief.id, chief: true });
    await api.call('PATCH', `/contests/${contest.id}`, { status: 'SCORING' });
    await api.call('POST', `/contests/${contest.id}/registrations/decisions`, {
      status: 'APPROVED',
      allPending: true,
    });
    await api.call('POST', `/contests/${contest.id}/draw`, {});
    // Each worker has an underlying skill; judges mark around it, within the tolerance.
    const sheet = await graderApi.call<{ rows: Array<{ code: string }> }>(
      'GET',
      `/contests/${contest.id}/score-sheet`,
    );
    const skill = new Map(sheet.rows.map((r) => [r.code, 0.45 + random() * 0.55]));
    await graderApi.call('PUT', `/contests/${contest.id}/scores`, {
      entries: sheet.rows.map((r) => ({
        code: r.code,
        criterionKey: 'exam',
        points: Math.round(100 * skill.get(r.code)!),
      })),
    });
    for (const judgeApi of judgeApis) {
      const own = await judgeApi.call<{ rows: Array<{ code: string }> }>(
        'GET',
        `/contests/${contest.id}/score-sheet`,
      );
      await judgeApi.call('PUT', `/contests/${contest.id}/scores`, {
        entries: own.rows.flatMap((r) => {
          const s = skill.get(r.code)!;
          const jitter = () => (random() - 0.5) * 0.1;
          return [
            {
              code: r.code,
              criterionKey: 'accuracy',
              points: Math.round(40 * Math.min(1, s + jitter()) * 2) / 2,
            },
            {
              code: r.code,
              criterionKey: 'process',
              points: Math.round(30 * Math.min(1, s + jitter())),
            },
            { code: r.code, criterionKey: 'safety', points: s > 0.8 ? 3 : s > 0.6 ? 2 : 1 },
          ];
        }),
      });
    }
    await chiefApi.call('POST', `/contests/${contest.id}/scores/confirm`, {});
    await api.call('PATCH', `/contests/${contest.id}`, { status: 'REVIEW' });
    const run = await api.call<{ runId: number; jobId: string }>(
      'POST',
      `/contests/${contest.id}/results/compute`,
    );
    await waitForJob(api, run.jobId);
    await api.call('POST', `/contests/${contest.id}/results/publish`, { runId: run.runId });
    const issued = await api.call<{ jobId: string }>(
      'POST',
      `/contests/${contest.id}/certificates/issue`,
      {},
    );
    await waitForJob(api, issued.jobId);
    const [first] = await api.call<Array<{ code: string }>>(
      'GET',
      `/contests/${contest.id}/certificates`,
    );
    verifyCode ||= first?.code ?? '';
    log(`  ${trade.name}: ${PER_CONTEST} workers registered, scored, published and certified`);
  }

  // One more contest in the middle of scoring, so the judges' pages have work: drawn, the
  // theory exam marked, the practical criteria not yet scored by anyone.
  const cnc = trades.find((t) => t.code === IN_PROGRESS_TRADE)!;
  const open = await api.call<{ id: number }>('POST', `/competitions/${competition.id}/contests`, {
    tradeId: cnc.id,
    scheme: SCHEME,
  });
  await api.call('PATCH', `/contests/${open.id}`, { status: 'REGISTRATION' });
  const openRows: Array<[string, string, string]> = [];
  for (let i = 0; i < IN_PROGRESS_SIZE; i++, worker++) {
    openRows.push([
      benchName(worker * 7),
      benchIdNumber(2_000_000 + worker),
      unitCodes[worker % unitCodes.length],
    ]);
  }
  const openForm = new FormData();
  openForm.append('file', await roster(openRows), '报名表.xlsx');
  await api.call('POST', `/contests/${open.id}/registrations/import`, openForm);
  for (const judge of judges) {
    await api.call('POST', `/contests/${open.id}/judges`, {
      userId: judge.id,
      parts: ['practical'],
    });
  }
  await api.call('POST', `/contests/${open.id}/judges`, { userId: grader.id, criteria: ['exam'] });
  await api.call('POST', `/contests/${open.id}/judges`, { userId: chief.id, chief: true });
  await api.call('PATCH', `/contests/${open.id}`, { status: 'SCORING' });
  await api.call('POST', `/contests/${open.id}/registrations/decisions`, {
    status: 'APPROVED',
    allPending: true,
  });
  await api.call('POST', `/contests/${open.id}/draw`, {});
  const openSheet = await graderApi.call<{ rows: Array<{ code: string }> }>(
    'GET',
    `/contests/${open.id}/score-sheet`,
  );
  await graderApi.call('PUT', `/contests/${open.id}/scores`, {
    entries: openSheet.rows.map((r) => ({
      code: r.code,
      criterionKey: 'exam',
      points: 40 + Math.round(60 * random()),
    })),
  });
  log(`  ${cnc.name}: ${IN_PROGRESS_SIZE} workers drawn, theory marked, practical still to score`);

  return {
    competitionId: competition.id,
    publishedContestIds,
    inProgressContestId: open.id,
    verifyCode,
  };
}
