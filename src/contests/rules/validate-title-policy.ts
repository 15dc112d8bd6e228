import { formatCenti, toCenti } from '../../common/points';
import {
  describeValue,
  isOneOf,
  isRecord,
  IssueCollector,
  RANK_ROUNDINGS,
  RankRounding,
  RuleResult,
  TIE_AT_BOUNDARY,
  TieAtBoundary,
  Title,
  TitlePolicy,
  TitlePolicyInput,
  TitleRung,
  TITLES,
} from './contest-rules.types';

export const DEFAULT_MIN_TOTAL_CENTI = 6_000;

/** docs/setup.md "Title ladder": 1 / 2–3 / 4–10 / 11–15, total ≥ 60, all parts passed, ties included. */
export function defaultTitlePolicy(): TitlePolicyInput {
  return {
    rungs: [
      { title: 'CHAMPION', fromRank: 1, toRank: 1 },
      { title: 'PACESETTER', fromRank: 2, toRank: 3 },
      { title: 'EXPERT', fromRank: 4, toRank: 10 },
      { title: 'EXCELLENT', fromRank: 11, toRank: 15 },
    ],
    minTotal: 60,
    requireAllPartsPassed: true,
    tieAtBoundary: 'INCLUDE_ALL',
  };
}

/** What reading the ladder top-down has seen so far; later rungs are checked against it. */
interface LadderState {
  /** The highest ladder position seen so far, for TITLE_ORDER. */
  lastTitleIndex: number;
  seenTitles: Set<Title>;
  /** The rank the next range rung must start at; null once a broken rung makes it unknowable. */
  nextFromRank: number | null;
  seenPercent: boolean;
  /** The largest percentage so far, in hundredths; cumulative rungs must exceed it. */
  lastPercentCenti: number;
}

const isRank = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

function readTitle(
  value: unknown,
  path: string,
  state: LadderState,
  issues: IssueCollector,
): Title | null {
  if (!isOneOf(TITLES, value)) {
    issues.add(
      'TITLE_INVALID',
      path,
      `A rung's title must be one of ${TITLES.join(', ')}; got ${describeValue(value)}.`,
    );
    return null;
  }
  if (state.seenTitles.has(value)) {
    issues.add('DUPLICATE_TITLE', path, `${value} already has a rung; each title may appear once.`);
    return value;
  }
  state.seenTitles.add(value);
  const index = TITLES.indexOf(value);
  if (index < state.lastTitleIndex) {
    issues.add(
      'TITLE_ORDER',
      path,
      `${value} must come before ${TITLES[state.lastTitleIndex]}: list rungs in ladder order ${TITLES.join(', ')}.`,
    );
  }
  state.lastTitleIndex = Math.max(state.lastTitleIndex, index);
  return value;
}

function readRanks(
  rung: Record<string, unknown>,
  path: string,
  state: LadderState,
  issues: IssueCollector,
): { fromRank: number; toRank: number } | null {
  const { fromRank, toRank } = rung;
  for (const [field, value] of [
    ['fromRank', fromRank],
    ['toRank', toRank],
  ] as const) {
    if (!isRank(value)) {
      issues.add(
        'RANK_INVALID',
        `${path}.${field}`,
        `${field} must be a whole number of 1 or more; got ${describeValue(value)}.`,
      );
    }
  }
  if (state.seenPercent) {
    // A percentage rung ends at a rank that depends on the field size, so no fixed range can follow.
    issues.add(
      'RANGE_AFTER_PERCENT',
      path,
      'A rank-range rung cannot follow a percentage rung; put the range rungs first.',
    );
  }
  const expected = state.nextFromRank;
  // Once a range rung is unreadable, where the next one should start is unknown: report no more.
  state.nextFromRank = null;
  if (!isRank(fromRank) || !isRank(toRank) || state.seenPercent) return null;
  if (fromRank > toRank) {
    issues.add(
      'RANK_RANGE_INVALID',
      `${path}.toRank`,
      `toRank (${toRank}) must not be below fromRank (${fromRank}).`,
    );
    return null;
  }
  if (expected !== null && fromRank < expected) {
    issues.add(
      'RUNG_OVERLAP',
      `${path}.fromRank`,
      `Ranks ${fromRank}–${Math.min(toRank, expected - 1)} are already covered by the rung above, which ends at rank ${expected - 1}; start this rung at rank ${expected}.`,
    );
  } else if (expected !== null && fromRank > expected) {
    issues.add(
      'RUNG_GAP',
      `${path}.fromRank`,
      `Ranks ${expected}–${fromRank - 1} would get no title; start this rung at rank ${expected}.`,
    );
  }
  state.nextFromRank = toRank + 1;
  return { fromRank, toRank };
}

function readPercent(
  rung: Record<string, unknown>,
  path: string,
  state: LadderState,
  issues: IssueCollector,
): { percentCenti: number; rounding: RankRounding } | null {
  state.seenPercent = true;
  const percentCenti = toCenti(rung.percent);
  const percentOk = percentCenti !== null && percentCenti > 0 && percentCenti <= 10_000;
  if (!percentOk) {
    issues.add(
      'PERCENT_INVALID',
      `${path}.percent`,
      `percent must be more than 0 and at most 100, with at most 2 decimal places; got ${describeValue(rung.percent)}.`,
    );
  } else if (percentCenti <= state.lastPercentCenti) {
    issues.add(
      'PERCENT_NOT_INCREASING',
      `${path}.percent`,
      `percent counts from the top of the field, so it must be more than the ${formatCenti(state.lastPercentCenti)}% of the rung above; got ${formatCenti(percentCenti)}%.`,
    );
  }
  if (percentOk) state.lastPercentCenti = Math.max(state.lastPercentCenti, percentCenti);

  const rounding = rung.rounding === undefined ? 'FLOOR' : rung.rounding;
  if (!isOneOf(RANK_ROUNDINGS, rounding)) {
    issues.add(
      'ROUNDING_INVALID',
      `${path}.rounding`,
      `rounding must be one of ${RANK_ROUNDINGS.join(', ')}; got ${describeValue(rung.rounding)}.`,
    );
    return null;
  }
  return percentOk ? { percentCenti, rounding } : null;
}

function readRung(
  input: unknown,
  path: string,
  state: LadderState,
  issues: IssueCollector,
): TitleRung | null {
  if (!isRecord(input)) {
    issues.add('RUNG_INVALID', path, 'Each rung must be an object.');
    state.nextFromRank = null;
    return null;
  }
  const title = readTitle(input.title, `${path}.title`, state, issues);
  const isRange = input.fromRank !== undefined || input.toRank !== undefined;
  const isPercent = input.percent !== undefined || input.rounding !== undefined;
  if (isRange === isPercent) {
    issues.add(
      'RUNG_KIND_INVALID',
      path,
      'A rung is either a rank range (fromRank and toRank) or a percentage (percent, optional rounding), not both or neither.',
    );
    state.nextFromRank = null;
    return null;
  }
  if (isRange) {
    const ranks = readRanks(input, path, state, issues);
    return title && ranks ? { title, kind: 'RANKS', ...ranks } : null;
  }
  const percent = readPercent(input, path, state, issues);
  return title && percent ? { title, kind: 'PERCENT', ...percent } : null;
}

function readMinTotal(value: unknown, issues: IssueCollector): number {
  if (value === undefined) return DEFAULT_MIN_TOTAL_CENTI;
  const centi = toCenti(value);
  if (centi !== null && centi >= 0 && centi <= 10_000) return centi;
  issues.add(
    'MIN_TOTAL_INVALID',
    'minTotal',
    `minTotal must be from 0 to 100 with at most 2 decimal places; got ${describeValue(value)}.`,
  );
  return DEFAULT_MIN_TOTAL_CENTI;
}

function readRequireAllPartsPassed(value: unknown, issues: IssueCollector): boolean {
  if (value === undefined) return true;
  if (typeof value === 'boolean') return value;
  issues.add(
    'REQUIRE_ALL_PARTS_PASSED_INVALID',
    'requireAllPartsPassed',
    `requireAllPartsPassed must be true or false; got ${describeValue(value)}.`,
  );
  return true;
}

function readTieAtBoundary(value: unknown, issues: IssueCollector): TieAtBoundary {
  if (value === undefined) return 'INCLUDE_ALL';
  if (isOneOf(TIE_AT_BOUNDARY, value)) return value;
  issues.add(
    'TIE_POLICY_INVALID',
    'tieAtBoundary',
    `tieAtBoundary must be one of ${TIE_AT_BOUNDARY.join(', ')}; got ${describeValue(value)}.`,
  );
  return 'INCLUDE_ALL';
}

/** Checks a title ladder and fills in the docs/setup.md defaults. */
export function validateTitlePolicy(input: unknown): RuleResult<TitlePolicy> {
  const issues = new IssueCollector();
  if (!isRecord(input)) {
    issues.add('POLICY_INVALID', '', 'The title policy must be an object with a "rungs" list.');
    return issues.failure();
  }
  const rawRungs = input.rungs;
  if (!Array.isArray(rawRungs) || rawRungs.length > TITLES.length) {
    issues.add(
      'RUNGS_INVALID',
      'rungs',
      `rungs must be a list of at most ${TITLES.length} rungs (empty awards no titles); ${Array.isArray(rawRungs) ? `it has ${rawRungs.length}` : 'no list was given'}.`,
    );
  }
  const state: LadderState = {
    lastTitleIndex: 0,
    seenTitles: new Set(),
    nextFromRank: 1,
    seenPercent: false,
    lastPercentCenti: 0,
  };
  const rungs = (Array.isArray(rawRungs) ? (rawRungs as unknown[]) : []).map((rung, i) =>
    readRung(rung, `rungs[${i}]`, state, issues),
  );
  const minTotalCenti = readMinTotal(input.minTotal, issues);
  const requireAllPartsPassed = readRequireAllPartsPassed(input.requireAllPartsPassed, issues);
  const tieAtBoundary = readTieAtBoundary(input.tieAtBoundary, issues);
  return issues.result(() => ({
    rungs: rungs.filter((rung): rung is TitleRung => rung !== null),
    minTotalCenti,
    requireAllPartsPassed,
    tieAtBoundary,
  }));
}
