import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import sqlite3 from 'sqlite3';
import { checkDigit } from '../../factories/id-numbers';
import { personName } from '../../factories/people';
import { call, signIn } from './cluster';

/**
 * What the fault tests share: HTTP sessions against real processes, rosters of thousands of
 * distinct workers, a contest brought to scoring through the API, a direct look into the SQLite
 * file, and the figures each test prints.
 */

/** The i-th distinct valid resident ID number (birth dates from 1970-01-01, 900 numbers a day). */
export function workerIdNumber(i: number): string {
  const day = new Date(Date.UTC(1970, 0, 1) + Math.floor(i / 900) * 86_400_000);
  const birth = day.toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `210902${birth}${String(100 + (i % 900)).padStart(3, '0')}`;
  return first17 + checkDigit(first17);
}

export interface RosterRow {
  name: string;
  idNumber: string;
  unitCode: string;
}

/** `count` distinct workers from person number `from` on (disjoint ranges never share a worker). */
export function rosterRows(from: number, count: number, unitCode: string): RosterRow[] {
  return Array.from({ length: count }, (_, k) => ({
    name: personName(from + k),
    idNumber: workerIdNumber(from + k),
    unitCode,
  }));
}

export function csvRoster(rows: RosterRow[]): Buffer {
  const lines = [
    '姓名,身份证号,单位代码',
    ...rows.map((r) => `${r.name},${r.idNumber},${r.unitCode}`),
  ];
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/** An .xlsx roster as a unit's office keeps it (a title row, then Chinese headers), streamed. */
export async function xlsxRoster(rows: RosterRow[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['职工职业技能大赛报名表']).commit();
  sheet.addRow(['序号', '姓名', '身份证号', '单位代码']).commit();
  rows.forEach((r, i) => sheet.addRow([i + 1, r.name, r.idNumber, r.unitCode]).commit());
  sheet.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

/** One signed-in user against one process; `at(url)` keeps the token for a restarted process. */
export class Session {
  constructor(
    readonly base: string,
    readonly token: string,
  ) {}

  static async signIn(base: string, username: string, password: string): Promise<Session> {
    return new Session(base, await signIn(base, username, password));
  }

  at(base: string): Session {
    return new Session(base, this.token);
  }

  request<T = unknown>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    return call<T>(this.base, method, path, body, this.token);
  }

  /** The call, which must answer 2xx; anything else throws with the answer. */
  async ok<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request<T>(method, path, body);
    if (res.status < 200 || res.status > 299)
      throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async upload<T = unknown>(path: string, filename: string, content: Buffer): Promise<Answer<T>> {
    const form = new FormData();
    form.append('file', new Blob([content]), filename);
    const res = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: form,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }
}

/** A one-criterion contest: a worker's total is the one score given (as in the e2e tests). */
export { SINGLE_SCORE_SCHEME } from '../../factories/published-contest';

/** Two criteria, each the mean of every judge's points. */
export const TWO_CRITERIA_SCHEME = {
  parts: [
    {
      key: 'practical',
      name: '实操',
      weight: 100,
      criteria: [
        { key: 'accuracy', name: '尺寸精度', maxPoints: 60, kind: 'MEASUREMENT', method: 'MEAN' },
        { key: 'finish', name: '表面质量', maxPoints: 40, kind: 'MEASUREMENT', method: 'MEAN' },
      ],
    },
  ],
};

export interface Contestant {
  registrationId: number;
  code: string;
  name: string;
  idNumber: string;
}

export interface ScoringContest {
  contestId: number;
  competitionId: number;
  judges: Session[];
  judgeIds: number[];
  chief: Session;
  /** In roster order. */
  contestants: Contestant[];
}

let userCounter = 0;

/**
 * A contest in SCORING with `people` registered (by an inline CSV roster import), approved and
 * drawn, and `judges` judges plus a chief judge assigned and signed in.
 */
export async function scoringContest(
  organizer: Session,
  options: {
    competitionId: number;
    tradeCode: string;
    unitCode: string;
    people: RosterRow[];
    judges: number;
    scheme: object;
  },
): Promise<ScoringContest> {
  const trades = await organizer.ok<Array<{ id: number; code: string }>>('GET', '/api/trades');
  const trade = trades.find((t) => t.code === options.tradeCode);
  if (!trade) throw new Error(`no trade ${options.tradeCode}`);
  const contest = await organizer.ok<{ id: number }>(
    'POST',
    `/api/competitions/${options.competitionId}/contests`,
    { tradeId: trade.id, scheme: options.scheme },
  );
  const contestId = contest.id;
  await organizer.ok('PATCH', `/api/contests/${contestId}`, { status: 'REGISTRATION' });
  const imported = await organizer.upload<{ created: number }>(
    `/api/contests/${contestId}/registrations/import`,
    'roster.csv',
    csvRoster(options.people),
  );
  if (imported.status !== 200 || imported.body.created !== options.people.length)
    throw new Error(`roster import → ${imported.status} ${JSON.stringify(imported.body)}`);

  const judgeIds: number[] = [];
  const judges: Session[] = [];
  const newJudge = async (chief: boolean): Promise<Session> => {
    const username = `judge${process.pid}x${++userCounter}`;
    const password = `${username}-password`;
    const user = await organizer.ok<{ id: number }>('POST', '/api/users', {
      username,
      password,
      displayName: username,
      role: 'JUDGE',
    });
    await organizer.ok('POST', `/api/contests/${contestId}/judges`, { userId: user.id, chief });
    if (!chief) judgeIds.push(user.id);
    return Session.signIn(organizer.base, username, password);
  };
  for (let j = 0; j < options.judges; j++) judges.push(await newJudge(false));
  const chief = await newJudge(true);

  await organizer.ok('PATCH', `/api/contests/${contestId}`, { status: 'SCORING' });
  await organizer.ok('POST', `/api/contests/${contestId}/registrations/decisions`, {
    status: 'APPROVED',
    allPending: true,
  });
  await organizer.ok('POST', `/api/contests/${contestId}/draw`, {});
  const listed = await organizer.ok<
    Array<{ id: number; code: string; worker: { name: string; idNumber: string } }>
  >('GET', `/api/contests/${contestId}/registrations`);
  const byName = new Map(listed.map((r) => [r.worker.name, r]));
  const contestants = options.people.map((p) => {
    const r = byName.get(p.name);
    if (!r?.code) throw new Error(`${p.name} has no registration or code`);
    return { registrationId: r.id, code: r.code, name: p.name, idNumber: p.idNumber };
  });
  return {
    contestId,
    competitionId: options.competitionId,
    judges,
    judgeIds,
    chief,
    contestants,
  };
}

/** A unit and a competition for a test's contests. */
export async function competitionWithUnit(
  organizer: Session,
  code: string,
): Promise<{ competitionId: number; unitCode: string }> {
  const unitCode = `U-${code}`;
  await organizer.ok('POST', '/api/units', { code: unitCode, name: `${code}测试单位工会` });
  const competition = await organizer.ok<{ id: number }>('POST', '/api/competitions', {
    code,
    name: `${code}职工职业技能大赛`,
    year: 2026,
    issuingBody: '阜新市总工会',
  });
  return { competitionId: competition.id, unitCode };
}

/** `points(i)` for every contestant on `criterionKey`, by every judge, in batches of 2,000. */
export async function scoreEveryone(
  contest: ScoringContest,
  criterionKey: string,
  points: (i: number, judge: number) => string,
): Promise<void> {
  for (const [j, judge] of contest.judges.entries()) {
    for (let from = 0; from < contest.contestants.length; from += 2000) {
      const entries = contest.contestants
        .slice(from, from + 2000)
        .map((c, k) => ({ code: c.code, criterionKey, points: points(from + k, j) }));
      await judge.ok('PUT', `/api/contests/${contest.contestId}/scores`, { entries });
    }
  }
}

export interface RunView {
  runId: number;
  runNo: number;
  status: string;
  jobId: string | null;
  error: { code: string | null; message: string } | null;
}

export async function runsOf(organizer: Session, contestId: number): Promise<RunView[]> {
  return organizer.ok<RunView[]>('GET', `/api/contests/${contestId}/results/runs`);
}

export interface ResultRowView {
  registrationId: number;
  position: number;
  name: string;
  total: string | null;
  rank: number | null;
  tied: boolean;
  title: string | null;
}

export async function resultRows(
  organizer: Session,
  contestId: number,
  runId: number,
): Promise<ResultRowView[]> {
  return organizer.ok<ResultRowView[]>('GET', `/api/contests/${contestId}/results?runId=${runId}`);
}

/** A direct connection to the product's SQLite file, for what the API does not show. */
export class SqliteProbe {
  private constructor(private readonly db: sqlite3.Database) {}

  static open(file: string, busyTimeoutMs = 30000): Promise<SqliteProbe> {
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (error) => {
        if (error) return reject(error);
        db.configure('busyTimeout', busyTimeoutMs);
        resolve(new SqliteProbe(db));
      });
    });
  }

  all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return new Promise((resolve, reject) =>
      this.db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[]))),
    );
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await this.all<{ n: number }>(sql, params);
    return Number(row.n);
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.db.exec(sql, (error) => (error ? reject(error) : resolve())),
    );
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.db.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

/** The figures a fault test prints (and the README quotes): one line each, in CI's output. */
export class FaultFigures {
  private readonly lines: Array<[string, string | number]> = [];

  constructor(private readonly title: string) {}

  set(name: string, value: string | number): void {
    const existing = this.lines.find(([n]) => n === name);
    if (existing) existing[1] = value;
    else this.lines.push([name, value]);
  }

  add(name: string, by = 1): void {
    const existing = this.lines.find(([n]) => n === name);
    if (existing) existing[1] = Number(existing[1]) + by;
    else this.lines.push([name, by]);
  }

  print(): void {
    const width = Math.max(...this.lines.map(([n]) => n.length));
    console.log(
      [
        `fault test: ${this.title}`,
        ...this.lines.map(([n, v]) => `  ${n.padEnd(width)}  ${v}`),
      ].join('\n'),
    );
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * One of the service's commands (`npm run <command> -- <args>`: backup, restore, db:move, migrate)
 * as the product runs it, src/cli/main.ts, here from the sources (as the processes), with the
 * processes' environment; its output kept.
 */
export function cliRun(
  command: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 120000,
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join('src', 'cli', 'main.ts'), command, ...args],
      {
        cwd: join(__dirname, '..', '..', '..'),
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}
