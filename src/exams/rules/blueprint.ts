import { formatCenti, toCenti } from '../../common/points';
import type { QuestionType } from './exam.types';

/*
 * A paper's blueprint (组卷方案): how many questions of each type, area and difficulty, and the
 * points for each. Checked on its own (validateBlueprint) and against the bank's active questions
 * (checkBlueprintAgainstBank); docs/exams.md "Blueprints and the draw".
 */

export const BLUEPRINT_QUESTION_TYPES: readonly QuestionType[] = [
  'SINGLE',
  'MULTIPLE',
  'TRUE_FALSE',
  'BLANK',
];

export const QUESTION_TYPE_NAMES_ZH: Readonly<Record<QuestionType, string>> = {
  SINGLE: '单选',
  MULTIPLE: '多选',
  TRUE_FALSE: '判断',
  BLANK: '填空',
};

/** The codes of the issues found here; the routes put them in the error catalogue later. */
export type ExamRuleCode =
  | 'BLUEPRINT_EMPTY'
  | 'BLUEPRINT_ROW_INVALID'
  | 'BLUEPRINT_TYPE_INVALID'
  | 'BLUEPRINT_COUNT_INVALID'
  | 'BLUEPRINT_POINTS_INVALID'
  | 'BLUEPRINT_AREA_INVALID'
  | 'BLUEPRINT_DIFFICULTY_INVALID'
  | 'BLUEPRINT_TOTAL_MISMATCH'
  | 'BLUEPRINT_SHORT';

export interface ExamRuleIssue {
  code: ExamRuleCode;
  /** Where in the input: `blueprint[2].points`. */
  path: string;
  message: string;
}

/** A row as sent: points per question as a number or a decimal string ("2.50"). */
export interface BlueprintRowInput {
  type: QuestionType;
  count: number;
  points: number | string;
  area?: string | null;
  difficulty?: number | null;
}

/** A checked row: points in integer hundredths, area trimmed, absent filters as null. */
export interface BlueprintRow {
  type: QuestionType;
  count: number;
  pointsCenti: number;
  area: string | null;
  difficulty: number | null;
}

export interface BlueprintOptions {
  /** The exam's points total; default 100.00. */
  total?: number | string;
}

export const DEFAULT_EXAM_TOTAL_CENTI = 10000;

export type BlueprintCheck =
  { ok: true; rows: BlueprintRow[]; totalCenti: number } | { ok: false; issues: ExamRuleIssue[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 单选·安全知识·难度3: the row as people read it. */
export function describeRow(row: BlueprintRow): string {
  const parts = [QUESTION_TYPE_NAMES_ZH[row.type]];
  if (row.area !== null) parts.push(row.area);
  if (row.difficulty !== null) parts.push(`难度${row.difficulty}`);
  return parts.join('·');
}

/**
 * Checks every row and the paper's total; reports every problem found, each with its path. The
 * total Σ count × points is compared in integer hundredths, so it is exact.
 */
export function validateBlueprint(
  blueprint: unknown,
  options: BlueprintOptions = {},
): BlueprintCheck {
  const totalCenti =
    options.total === undefined ? DEFAULT_EXAM_TOTAL_CENTI : toCenti(options.total);
  if (totalCenti === null || totalCenti <= 0) {
    throw new RangeError(`The exam's total must be positive with at most 2 decimals`);
  }
  const issues: ExamRuleIssue[] = [];
  if (!Array.isArray(blueprint) || blueprint.length === 0) {
    return {
      ok: false,
      issues: [{ code: 'BLUEPRINT_EMPTY', path: 'blueprint', message: '组卷方案至少要有一行' }],
    };
  }
  const rows: BlueprintRow[] = [];
  blueprint.forEach((raw: unknown, index) => {
    const at = `blueprint[${index}]`;
    if (!isRecord(raw)) {
      issues.push({ code: 'BLUEPRINT_ROW_INVALID', path: at, message: '每一行须是一个对象' });
      return;
    }
    let valid = true;
    const issue = (code: ExamRuleCode, field: string, message: string): void => {
      valid = false;
      issues.push({ code, path: `${at}.${field}`, message });
    };
    const type = raw.type;
    if (typeof type !== 'string' || !BLUEPRINT_QUESTION_TYPES.includes(type as QuestionType)) {
      issue('BLUEPRINT_TYPE_INVALID', 'type', '题型须是 SINGLE、MULTIPLE、TRUE_FALSE 或 BLANK');
    }
    const count = raw.count;
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) {
      issue('BLUEPRINT_COUNT_INVALID', 'count', '题数须是不小于 1 的整数');
    }
    const pointsCenti = toCenti(raw.points);
    if (pointsCenti === null || pointsCenti <= 0) {
      issue('BLUEPRINT_POINTS_INVALID', 'points', '每题分值须大于 0，最多两位小数');
    }
    let area: string | null = null;
    if (raw.area !== undefined && raw.area !== null) {
      if (typeof raw.area !== 'string' || raw.area.trim() === '') {
        issue('BLUEPRINT_AREA_INVALID', 'area', '知识领域须是非空文字');
      } else {
        area = raw.area.trim();
      }
    }
    let difficulty: number | null = null;
    if (raw.difficulty !== undefined && raw.difficulty !== null) {
      const d = raw.difficulty;
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 5) {
        issue('BLUEPRINT_DIFFICULTY_INVALID', 'difficulty', '难度须是 1 到 5 的整数');
      } else {
        difficulty = d;
      }
    }
    if (valid) {
      rows.push({
        type: type as QuestionType,
        count: count as number,
        pointsCenti: pointsCenti as number,
        area,
        difficulty,
      });
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  const sum = rows.reduce((acc, row) => acc + row.count * row.pointsCenti, 0);
  if (!Number.isSafeInteger(sum) || sum !== totalCenti) {
    const said = Number.isSafeInteger(sum) ? formatCenti(sum) : '过大';
    return {
      ok: false,
      issues: [
        {
          code: 'BLUEPRINT_TOTAL_MISMATCH',
          path: 'blueprint',
          message: `各行题数×分值之和为 ${said}，须等于试卷总分 ${formatCenti(totalCenti)}`,
        },
      ],
    };
  }
  return { ok: true, rows, totalCenti };
}

// ---- The bank ---------------------------------------------------------------------------------

/** An active question of the bank as the blueprint and the draw see it. */
export interface BankQuestion {
  id: number;
  version: number;
  type: QuestionType;
  area: string;
  difficulty: number;
  /** SINGLE and MULTIPLE: the original option keys in the bank's order (A, B, C, D…). */
  optionKeys?: readonly string[];
}

export function isEligible(row: BlueprintRow, question: BankQuestion): boolean {
  return (
    question.type === row.type &&
    (row.area === null || question.area.trim() === row.area) &&
    (row.difficulty === null || question.difficulty === row.difficulty)
  );
}

/** Rows with more filters first (area and difficulty, then one, then none); ties by position. */
export function rowPriority(rows: readonly BlueprintRow[]): number[] {
  const filters = (row: BlueprintRow): number =>
    (row.area === null ? 0 : 1) + (row.difficulty === null ? 0 : 1);
  return rows.map((_, i) => i).sort((a, b) => filters(rows[b]) - filters(rows[a]) || a - b);
}

export interface Assignment {
  /** Per row, the positions (in the order given) of the questions it holds. */
  byRow: number[][];
  /** Per row, how many eligible questions the bank holds in all (shared with other rows). */
  eligible: number[];
}

/**
 * Fills the rows' slots with distinct eligible questions: a maximum bipartite b-matching found by
 * augmenting paths, one slot at a time, rows in priority order (rowPriority). A slot takes the
 * first free eligible question in the order given; when none is free, a breadth-first search over
 * rows looks for a chain of moves (a question held by another row that could take a different free
 * question) that frees one. An augmenting path never empties a slot already filled, and a slot
 * with no augmenting path never gets one later, so the matching found is maximum: a row is short
 * only if no assignment at all fills every row. docs/exams.md "Blueprints and the draw".
 */
export function assignQuestions(
  rows: readonly BlueprintRow[],
  questions: readonly BankQuestion[],
): Assignment {
  const eligibleLists = rows.map((row) =>
    questions.flatMap((q, position) => (isEligible(row, q) ? [position] : [])),
  );
  const holder = new Array<number>(questions.length).fill(-1);
  const byRow: number[][] = rows.map(() => []);
  // Questions only ever go from free to held, so each row's search for a free one moves forward.
  const cursor = rows.map(() => 0);
  const freeFor = (row: number): number => {
    const list = eligibleLists[row];
    while (cursor[row] < list.length && holder[list[cursor[row]]] !== -1) cursor[row] += 1;
    return cursor[row] < list.length ? list[cursor[row]] : -1;
  };
  const take = (row: number, question: number): void => {
    holder[question] = row;
    byRow[row].push(question);
  };
  const move = (question: number, from: number, to: number): void => {
    const held = byRow[from];
    held.splice(held.indexOf(question), 1);
    take(to, question);
  };

  for (const start of rowPriority(rows)) {
    for (let slot = 0; slot < rows[start].count; slot += 1) {
      const free = freeFor(start);
      if (free !== -1) {
        take(start, free);
        continue;
      }
      // parent[y] = [x, q]: q is held by y and eligible for x, so y can hand q to x.
      const parent = new Map<number, [number, number]>();
      const visited = new Set<number>([start]);
      const queue = [start];
      let end = -1;
      let endFree = -1;
      while (queue.length > 0 && end === -1) {
        const x = queue.shift() as number;
        for (const q of eligibleLists[x]) {
          const y = holder[q];
          if (y === -1 || y === x || visited.has(y)) continue;
          visited.add(y);
          parent.set(y, [x, q]);
          const f = freeFor(y);
          if (f !== -1) {
            end = y;
            endFree = f;
            break;
          }
          queue.push(y);
        }
      }
      if (end === -1) break; // no assignment gives this row another question
      take(end, endFree);
      let y = end;
      while (y !== start) {
        const [x, q] = parent.get(y) as [number, number];
        move(q, y, x);
        y = x;
      }
    }
  }
  return { byRow, eligible: eligibleLists.map((list) => list.length) };
}

export interface RowShortage {
  row: number;
  needed: number;
  missing: number;
  /** Eligible questions in the bank for this row, counting those other rows need too. */
  inBank: number;
}

export type BankCheck =
  { ok: true } | { ok: false; shortages: RowShortage[]; issues: ExamRuleIssue[] };

/**
 * Can the bank's active questions fill every row, no question counted twice? Rows may overlap (a
 * row without an area takes any area of its type), so a row-by-row count is not enough: this runs
 * the same assignment as the draw (assignQuestions) over the bank sorted by id.
 */
export function checkBlueprintAgainstBank(
  blueprint: readonly BlueprintRow[],
  bank: readonly BankQuestion[],
): BankCheck {
  const sorted = [...bank].sort((a, b) => a.id - b.id);
  sorted.forEach((q, i) => {
    if (i > 0 && sorted[i - 1].id === q.id) {
      throw new RangeError(`The bank holds question ${q.id} twice; pass each active question once`);
    }
  });
  const { byRow, eligible } = assignQuestions(blueprint, sorted);
  const shortages: RowShortage[] = [];
  const issues: ExamRuleIssue[] = [];
  blueprint.forEach((row, index) => {
    const missing = row.count - byRow[index].length;
    if (missing <= 0) return;
    shortages.push({ row: index, needed: row.count, missing, inBank: eligible[index] });
    const what = `需要 ${describeRow(row)} ${row.count} 道`;
    const message =
      eligible[index] < row.count
        ? `${what}，题库只有 ${eligible[index]} 道`
        : `${what}，题库有 ${eligible[index]} 道，但其他行也要用，只能分到 ${byRow[index].length} 道，缺 ${missing} 道`;
    issues.push({ code: 'BLUEPRINT_SHORT', path: `blueprint[${index}].count`, message });
  });
  return shortages.length === 0 ? { ok: true } : { ok: false, shortages, issues };
}
