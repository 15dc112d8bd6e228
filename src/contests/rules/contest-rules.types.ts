import type { RuleIssue } from '../../common/errors/domain-error';
import type { ErrorCode } from '../../common/errors/error-codes';

export const CRITERION_KINDS = ['MEASUREMENT', 'JUDGEMENT'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export const AGGREGATION_METHODS = ['MEAN', 'TRIMMED_MEAN', 'MEDIAN', 'SINGLE'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

/** Ladder order, highest first: rung order in a title policy must follow it. */
export const TITLES = ['CHAMPION', 'PACESETTER', 'EXPERT', 'EXCELLENT'] as const;
export type Title = (typeof TITLES)[number];

export const TITLE_NAMES_ZH: Readonly<Record<Title, string>> = {
  CHAMPION: '技术状元',
  PACESETTER: '技术标兵',
  EXPERT: '技术能手',
  EXCELLENT: '优秀选手',
};

export const CONTEST_STATUSES = [
  'DRAFT',
  'REGISTRATION',
  'SCORING',
  'REVIEW',
  'PUBLISHED',
  'FINAL',
] as const;
export type ContestStatus = (typeof CONTEST_STATUSES)[number];

export const RANK_ROUNDINGS = ['FLOOR', 'CEIL', 'HALF_UP'] as const;
export type RankRounding = (typeof RANK_ROUNDINGS)[number];

export const TIE_AT_BOUNDARY = ['INCLUDE_ALL', 'EXCLUDE_ALL'] as const;
export type TieAtBoundary = (typeof TIE_AT_BOUNDARY)[number];

export const SORT_ORDERS = ['ASC', 'DESC'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

// ---- Scoring scheme -------------------------------------------------------------------------

/** Points may arrive as JSON numbers or decimal strings ("12.50"); both are read exactly. */
export type PointsInput = number | string;

export interface CriterionInput {
  key: string;
  name: string;
  maxPoints: PointsInput;
  kind: CriterionKind;
  method?: AggregationMethod;
  /** JUDGEMENT: marks on the 0–3 scale (default 1); MEASUREMENT: points (default none). */
  tolerance?: PointsInput | null;
}

export interface PartInput {
  key: string;
  name: string;
  weight: PointsInput;
  /**
   * Defaults to the sum of the criteria maxima; if given it must equal that sum. A carried part:
   * defaults to 100 (the feeder total's scale), at least 100 if given.
   */
  maxPoints?: PointsInput;
  /** On the part's score scaled to 100; omitted → 60, null → no pass mark. */
  passMark?: PointsInput | null;
  /** A carried part: its points are the finalist's feeder total, so it has no criteria. */
  carried?: boolean;
  criteria?: CriterionInput[];
}

export interface SchemeInput {
  parts: PartInput[];
}

/** Normalised: every amount of points is in integer hundredths. */
export interface Criterion {
  key: string;
  name: string;
  kind: CriterionKind;
  method: AggregationMethod;
  maxPointsCenti: number;
  /** JUDGEMENT: hundredths of a mark (100 = one mark); MEASUREMENT: hundredths of a point. */
  toleranceCenti: number | null;
}

export interface Part {
  key: string;
  name: string;
  weightCenti: number;
  maxPointsCenti: number;
  passMarkCenti: number | null;
  /**
   * True for a carried part (docs/results.md "Carried score"): its points are the finalist's
   * feeder total in hundredths, out of `maxPointsCenti`; it has no criteria and judges never score it.
   */
  carried: boolean;
  criteria: Criterion[];
}

export interface Scheme {
  parts: Part[];
}

// ---- Title policy ---------------------------------------------------------------------------

export type TitleRungInput = {
  title: Title;
  fromRank?: number;
  toRank?: number;
  percent?: PointsInput;
  rounding?: RankRounding;
};

export interface TitlePolicyInput {
  rungs: TitleRungInput[];
  minTotal?: PointsInput;
  requireAllPartsPassed?: boolean;
  tieAtBoundary?: TieAtBoundary;
}

export type TitleRung =
  | { title: Title; kind: 'RANKS'; fromRank: number; toRank: number }
  /** Cumulative: the top `percentCenti / 100` % of the ranked field, counted with `rounding`. */
  | { title: Title; kind: 'PERCENT'; percentCenti: number; rounding: RankRounding };

export interface TitlePolicy {
  rungs: TitleRung[];
  minTotalCenti: number;
  requireAllPartsPassed: boolean;
  tieAtBoundary: TieAtBoundary;
}

// ---- Tie-break chain ------------------------------------------------------------------------

export type TieBreakKeyInput =
  | { by: 'PART'; partKey: string; order?: SortOrder }
  | { by: 'CRITERION'; criterionKey: string; order?: SortOrder }
  | { by: 'TIME'; order?: SortOrder };

export type TieBreakKey =
  | { by: 'PART'; partKey: string; order: SortOrder }
  | { by: 'CRITERION'; criterionKey: string; order: SortOrder }
  | { by: 'TIME'; order: SortOrder };

export const TIE_BREAK_BYS = ['PART', 'CRITERION', 'TIME'] as const;
export type TieBreakBy = (typeof TIE_BREAK_BYS)[number];

// ---- Results and guards ---------------------------------------------------------------------

export type RuleResult<T> = { ok: true; value: T } | { ok: false; issues: RuleIssue[] };

/*
 * The rules read API bodies and stored JSON alike, so every field is checked as `unknown`; these
 * helpers are the shared vocabulary for that.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** How a rejected value is quoted in a message, so the caller can find it in what they sent. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}

/** Collects issues in input order; validators report every problem, not just the first. */
export class IssueCollector {
  readonly issues: RuleIssue[] = [];

  add(code: ErrorCode, path: string, message: string): void {
    this.issues.push({ code, path, message });
  }

  get isEmpty(): boolean {
    return this.issues.length === 0;
  }

  /** The value is built only when nothing was wrong, so partial drafts never leak out. */
  result<T>(build: () => T): RuleResult<T> {
    return this.isEmpty ? { ok: true, value: build() } : this.failure();
  }

  failure(): { ok: false; issues: RuleIssue[] } {
    return { ok: false, issues: this.issues };
  }
}
