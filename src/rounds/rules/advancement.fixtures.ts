import { toCenti } from '../../common/points';
import type { TieBreakKey } from '../../contests/rules/contest-rules.types';
import type { AdvancementRule } from './advancement-rule';
import { computeAdvancement } from './advancement';
import type {
  AdvancementInput,
  AdvancementList,
  FeederResults,
  FeederRow,
  FeederStatus,
} from './advancement.types';

/*
 * Worked examples are written as tables of people, one line each:
 *
 *   feeder | id  | name | unit | total | rank | notes
 *   1      | 101 | 张伟 | 101  | 92.50 | 1    | practical=70 time=3000
 *   1      | 102 | 王芳 | 20   | -     | -    | absent
 *
 * notes: guest, absent, dq (disqualified), failed (a part not passed), practical=<points> and
 * time=<seconds> (what the default tie-break chain reads), worker=<id> (the same person entered
 * in two feeders; otherwise each row is its own worker, id + 10000). A total or rank of '-' is none.
 *
 * The unit tree of every example:
 *   1 市总工会 ─┬─ 10 海州区 ─┬─ 101 海州机械厂
 *               │             └─ 102 海州电厂
 *               ├─ 20 连云区 ─── 201 港口集团
 *               └─ 30 灌云县
 */

export const UNIT_PARENT: Readonly<Record<number, number | null>> = {
  1: null,
  10: 1,
  101: 10,
  102: 10,
  20: 1,
  201: 20,
  30: 1,
};

export function ancestorsOf(unitId: number): number[] {
  const chain: number[] = [];
  for (let up = UNIT_PARENT[unitId]; up !== null && up !== undefined; up = UNIT_PARENT[up]) {
    chain.push(up);
  }
  return chain;
}

/** The default chain: practical-part score, higher first; then time used, less first. */
export const DEFAULT_CHAIN: TieBreakKey[] = [
  { by: 'PART', partKey: 'practical', order: 'DESC' },
  { by: 'TIME', order: 'ASC' },
];

export interface TableRow extends FeederRow {
  feederContestId: number;
}

function centi(text: string, what: string): number {
  const value = toCenti(text);
  if (value === null) throw new Error(`Bad ${what} in the table: ${text}`);
  return value;
}

export function people(table: string): TableRow[] {
  const lines = table
    .trim()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('|').map((cell) => cell.trim()));
  return lines.slice(1).map(([feeder, id, name, unit, total, rank, notes = '']): TableRow => {
    const words = notes.split(/\s+/).filter(Boolean);
    const value = (key: string) => words.find((w) => w.startsWith(`${key}=`))?.split('=')[1];
    const practical = value('practical');
    const time = value('time');
    const worker = value('worker');
    return {
      feederContestId: Number(feeder),
      registrationId: Number(id),
      workerId: worker === undefined ? Number(id) + 10_000 : Number(worker),
      name,
      unitId: Number(unit),
      unitAncestorIds: ancestorsOf(Number(unit)),
      totalCenti: total === '-' ? null : centi(total, 'total'),
      rank: rank === '-' ? null : Number(rank),
      partScaledCenti: practical === undefined ? {} : { practical: centi(practical, 'practical') },
      timeSeconds: time === undefined ? null : Number(time),
      guest: words.includes('guest'),
      absent: words.includes('absent'),
      disqualified: words.includes('dq'),
      allPartsPassed: !words.includes('failed'),
    };
  });
}

export interface FeederSpec {
  status?: FeederStatus;
  tieBreak?: TieBreakKey[];
}

/** Groups the table's rows by feeder (in the order the feeders first appear). */
export function feedersOf(
  rows: readonly TableRow[],
  specs: Record<number, FeederSpec> = {},
): FeederResults[] {
  const ids = [...new Set(rows.map((row) => row.feederContestId))];
  return ids.map((contestId) => ({
    contestId,
    status: specs[contestId]?.status ?? 'FINAL',
    tieBreak: specs[contestId]?.tieBreak ?? DEFAULT_CHAIN,
    rows: rows
      .filter((row) => row.feederContestId === contestId)
      .map(({ feederContestId: _feeder, ...row }) => row),
  }));
}

/**
 * Two feeders judged apart: feeder 1 of four (units 101, 102), feeder 2 of three (units 201 and
 * 30); the examples of places per feeder and of declines both start from it.
 */
export const TWO_FEEDERS = `
  feeder | id | name | unit | total | rank
  1      | 1  | 张伟 | 101  | 92.50 | 1
  1      | 2  | 王芳 | 101  | 88.00 | 2
  1      | 3  | 李娜 | 102  | 85.25 | 3
  1      | 4  | 刘洋 | 102  | 80.00 | 4
  2      | 5  | 陈静 | 201  | 95.00 | 1
  2      | 6  | 杨帆 | 201  | 90.00 | 2
  2      | 7  | 赵磊 | 30   | 87.00 | 3
`;

export const NOW = new Date('2026-05-01T00:00:00Z');

export function advance(
  table: string,
  rule: AdvancementRule,
  more: Partial<Omit<AdvancementInput, 'feeders' | 'rule'>> & {
    specs?: Record<number, FeederSpec>;
  } = {},
): AdvancementList {
  const { specs, ...rest } = more;
  return computeAdvancement({ now: NOW, ...rest, feeders: feedersOf(people(table), specs), rule });
}

/** One word per person, in the list's order: `张伟 ADVANCED`, `王芳 RESERVE 1`. */
export function outcome(list: AdvancementList): string[] {
  return list.entries.map(
    (e) => `${e.name} ${e.status}${e.reserveNo === undefined ? '' : ` ${e.reserveNo}`}`,
  );
}

/** The names with a status, in the list's order. */
export const named = (list: AdvancementList, status: string): string[] =>
  list.entries.filter((e) => e.status === status).map((e) => e.name);

export const reasonOf = (list: AdvancementList, name: string) =>
  list.entries.find((e) => e.name === name)?.reason;
