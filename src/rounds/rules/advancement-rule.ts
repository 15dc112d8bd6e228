import type { RuleIssue } from '../../common/errors/domain-error';
import { toCenti } from '../../common/points';
import {
  describeValue,
  isOneOf,
  isRecord,
  IssueCollector,
  TIE_AT_BOUNDARY,
  TieAtBoundary,
  type PointsInput,
} from '../../contests/rules/contest-rules.types';

/*
 * The next round's rule of advancement (晋级规则), as an organizer sends it with the round's
 * feeders (选拔赛). Who may advance and how many; see ./advancement.ts for how it is applied.
 */

export const ADVANCEMENT_MODES = [
  'TOP_N_PER_FEEDER',
  'QUOTA_PER_UNIT',
  'TOP_N_OVERALL',
  'TOP_PERCENT',
] as const;
export type AdvancementMode = (typeof ADVANCEMENT_MODES)[number];

export const POOL_POLICIES = ['REFILL', 'NONE'] as const;
export type PoolPolicy = (typeof POOL_POLICIES)[number];

export interface UnitQuota {
  unitId: number;
  places: number;
}

/** As sent and stored: every optional field keeps its default when left out. */
export interface AdvancementRule {
  mode: AdvancementMode;
  /** TOP_N_PER_FEEDER: places per feeder; TOP_N_OVERALL: places in all. */
  n?: number;
  /** TOP_PERCENT: share of the official ranked field of all feeders, > 0 and ≤ 100, 2 decimals. */
  percent?: PointsInput;
  /** QUOTA_PER_UNIT: each named unit's places (名额), filled from the unit and the units below it. */
  quotas?: UnitQuota[];
  /** QUOTA_PER_UNIT only: unused places are refilled from the best remaining (default) or left empty. */
  pool?: PoolPolicy;
  /** A published total below this never advances (default: none). */
  minTotal?: PointsInput;
  /** Only entrants who passed every part advance (default false). */
  allPartsPassed?: boolean;
  /** A full tie across the last place: everyone tied advances (default) or no one. */
  tiesAtCut?: TieAtBoundary;
  /** ISO 8601 instant by which advancers confirm; unconfirmed ones are then replaced once. */
  confirmBy?: string;
}

/** The rule with defaults filled in and amounts in integer hundredths. */
export interface NormalisedAdvancementRule {
  mode: AdvancementMode;
  n: number | null;
  percentCenti: number | null;
  quotas: UnitQuota[];
  pool: PoolPolicy;
  minTotalCenti: number | null;
  allPartsPassed: boolean;
  tiesAtCut: TieAtBoundary;
  /** Milliseconds since the epoch. */
  confirmBy: number | null;
}

export interface AdvancementRuleContext {
  /** Every unit the quotas may name: unit id → its ancestors' ids (parent first). */
  unitAncestors?: ReadonlyMap<number, readonly number[]>;
  /** When given, a deadline must lie after it (a rule is not saved with a deadline already gone). */
  now?: Date;
}

/** Places are counted in people; a contest of the reference year had 1,200 per trade at most. */
export const MAX_PLACES = 10_000;
export const MAX_QUOTAS = 1_000;
const FIELDS = [
  'mode',
  'n',
  'percent',
  'quotas',
  'pool',
  'minTotal',
  'allPartsPassed',
  'tiesAtCut',
  'confirmBy',
];
/** A full instant with a zone, so that the deadline means the same everywhere. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const isCount = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_PLACES;

function checkFieldsForMode(
  rule: Record<string, unknown>,
  mode: AdvancementMode,
  issues: IssueCollector,
): void {
  const wants: Record<AdvancementMode, string[]> = {
    TOP_N_PER_FEEDER: ['n'],
    TOP_N_OVERALL: ['n'],
    TOP_PERCENT: ['percent'],
    QUOTA_PER_UNIT: ['quotas', 'pool'],
  };
  const codes = {
    n: 'ADVANCEMENT_N_INVALID',
    percent: 'ADVANCEMENT_PERCENT_INVALID',
    quotas: 'ADVANCEMENT_QUOTAS_INVALID',
    pool: 'ADVANCEMENT_POOL_INVALID',
  } as const;
  for (const field of ['n', 'percent', 'quotas', 'pool'] as const) {
    if (rule[field] !== undefined && !wants[mode].includes(field)) {
      issues.add(
        codes[field],
        field,
        `${field} has no meaning for the mode ${mode}; leave it out.`,
      );
    }
  }
}

function checkQuotas(
  input: unknown,
  context: AdvancementRuleContext,
  issues: IssueCollector,
): void {
  if (!Array.isArray(input) || input.length === 0 || input.length > MAX_QUOTAS) {
    issues.add(
      'ADVANCEMENT_QUOTAS_INVALID',
      'quotas',
      `QUOTA_PER_UNIT needs quotas, a list of 1 to ${MAX_QUOTAS} { unitId, places }; got ${describeValue(input)}.`,
    );
    return;
  }
  const seen = new Map<number, number>();
  let places = 0;
  (input as unknown[]).forEach((quota, i) => {
    const path = `quotas[${i}]`;
    if (!isRecord(quota) || !Number.isSafeInteger(quota.unitId) || (quota.unitId as number) < 1) {
      issues.add(
        'ADVANCEMENT_QUOTAS_INVALID',
        isRecord(quota) ? `${path}.unitId` : path,
        `A quota needs unitId, a unit's id; got ${describeValue(isRecord(quota) ? quota.unitId : quota)}.`,
      );
      return;
    }
    const unitId = quota.unitId as number;
    if (!isCount(quota.places, 0)) {
      issues.add(
        'ADVANCEMENT_QUOTAS_INVALID',
        `${path}.places`,
        `places must be a whole number from 0 to ${MAX_PLACES}; got ${describeValue(quota.places)}.`,
      );
    } else {
      places += quota.places;
    }
    const first = seen.get(unitId);
    if (first !== undefined) {
      issues.add(
        'ADVANCEMENT_QUOTA_UNIT_DUPLICATE',
        `${path}.unitId`,
        `Unit ${unitId} already has a quota at quotas[${first}]; give each unit one quota.`,
      );
    } else {
      seen.set(unitId, i);
    }
    const known = context.unitAncestors;
    if (known && !known.has(unitId)) {
      issues.add('ADVANCEMENT_QUOTA_UNIT_UNKNOWN', `${path}.unitId`, `There is no unit ${unitId}.`);
    }
  });
  if (issues.isEmpty && places === 0) {
    issues.add('ADVANCEMENT_QUOTAS_INVALID', 'quotas', 'The quotas give no place at all.');
  }
  // A unit's quota counts its whole subtree, so a quota inside another's subtree would count twice.
  const ancestors = context.unitAncestors;
  if (!ancestors) return;
  for (const [unitId, i] of seen) {
    const above = (ancestors.get(unitId) ?? []).find((id) => seen.has(id));
    if (above !== undefined) {
      issues.add(
        'ADVANCEMENT_QUOTA_UNITS_NESTED',
        `quotas[${i}].unitId`,
        `Unit ${unitId} is below unit ${above}, which has its own quota; a unit's quota already counts the units below it.`,
      );
    }
  }
}

function checkOptional(
  rule: Record<string, unknown>,
  context: AdvancementRuleContext,
  issues: IssueCollector,
): void {
  if (rule.minTotal !== undefined) {
    const centi = toCenti(rule.minTotal);
    if (centi === null || centi < 0 || centi > 10_000) {
      issues.add(
        'ADVANCEMENT_MIN_TOTAL_INVALID',
        'minTotal',
        `minTotal must be from 0 to 100 with at most 2 decimal places; got ${describeValue(rule.minTotal)}.`,
      );
    }
  }
  if (rule.allPartsPassed !== undefined && typeof rule.allPartsPassed !== 'boolean') {
    issues.add(
      'ADVANCEMENT_RULE_INVALID',
      'allPartsPassed',
      `allPartsPassed must be true or false; got ${describeValue(rule.allPartsPassed)}.`,
    );
  }
  if (rule.tiesAtCut !== undefined && !isOneOf(TIE_AT_BOUNDARY, rule.tiesAtCut)) {
    issues.add(
      'ADVANCEMENT_TIES_AT_CUT_INVALID',
      'tiesAtCut',
      `tiesAtCut must be ${TIE_AT_BOUNDARY.join(' or ')}; got ${describeValue(rule.tiesAtCut)}.`,
    );
  }
  if (rule.confirmBy !== undefined) {
    const ok = typeof rule.confirmBy === 'string' && ISO_INSTANT.test(rule.confirmBy);
    const at = ok ? Date.parse(rule.confirmBy as string) : NaN;
    if (!Number.isFinite(at)) {
      issues.add(
        'ADVANCEMENT_CONFIRM_BY_INVALID',
        'confirmBy',
        `confirmBy must be an ISO 8601 date and time with its zone, e.g. 2026-05-01T17:00:00+08:00; got ${describeValue(rule.confirmBy)}.`,
      );
    } else if (context.now && at <= context.now.getTime()) {
      issues.add(
        'ADVANCEMENT_CONFIRM_BY_INVALID',
        'confirmBy',
        `confirmBy ${rule.confirmBy as string} has already passed; set a deadline still to come.`,
      );
    }
  }
}

/**
 * Every problem of a rule, in field order; empty when the rule may be saved. Reads the rule as
 * `unknown`, so the same check serves an API body and a stored rule.
 */
export function validateAdvancementRule(
  input: unknown,
  context: AdvancementRuleContext = {},
): RuleIssue[] {
  const issues = new IssueCollector();
  if (!isRecord(input)) {
    issues.add(
      'ADVANCEMENT_RULE_INVALID',
      '',
      `The rule must be an object; got ${describeValue(input)}.`,
    );
    return issues.issues;
  }
  for (const field of Object.keys(input).filter((key) => !FIELDS.includes(key))) {
    issues.add('ADVANCEMENT_RULE_INVALID', field, `The rule has no field ${field}.`);
  }
  if (!isOneOf(ADVANCEMENT_MODES, input.mode)) {
    issues.add(
      'ADVANCEMENT_MODE_INVALID',
      'mode',
      `mode must be one of ${ADVANCEMENT_MODES.join(', ')}; got ${describeValue(input.mode)}.`,
    );
  } else {
    const mode = input.mode;
    checkFieldsForMode(input, mode, issues);
    if ((mode === 'TOP_N_PER_FEEDER' || mode === 'TOP_N_OVERALL') && !isCount(input.n, 1)) {
      issues.add(
        'ADVANCEMENT_N_INVALID',
        'n',
        `${mode} needs n, a whole number of places from 1 to ${MAX_PLACES}; got ${describeValue(input.n)}.`,
      );
    }
    if (mode === 'TOP_PERCENT') {
      const centi = toCenti(input.percent);
      if (centi === null || centi <= 0 || centi > 10_000) {
        issues.add(
          'ADVANCEMENT_PERCENT_INVALID',
          'percent',
          `TOP_PERCENT needs percent, more than 0 and at most 100 with at most 2 decimal places; got ${describeValue(input.percent)}.`,
        );
      }
    }
    if (mode === 'QUOTA_PER_UNIT') {
      checkQuotas(input.quotas, context, issues);
      if (input.pool !== undefined && !isOneOf(POOL_POLICIES, input.pool)) {
        issues.add(
          'ADVANCEMENT_POOL_INVALID',
          'pool',
          `pool must be REFILL or NONE; got ${describeValue(input.pool)}.`,
        );
      }
    }
  }
  checkOptional(input, context, issues);
  return issues.issues;
}

/** Fills in the defaults of a rule; a rule that does not validate is refused loudly. */
export function normaliseAdvancementRule(rule: AdvancementRule): NormalisedAdvancementRule {
  const issues = validateAdvancementRule(rule);
  if (issues.length > 0) {
    throw new RangeError(`Invalid advancement rule: ${issues.map((i) => i.message).join(' ')}`);
  }
  return {
    mode: rule.mode,
    n: rule.n ?? null,
    percentCenti: rule.percent === undefined ? null : toCenti(rule.percent),
    quotas: (rule.quotas ?? []).map(({ unitId, places }) => ({ unitId, places })),
    pool: rule.pool ?? 'REFILL',
    minTotalCenti: rule.minTotal === undefined ? null : toCenti(rule.minTotal),
    allPartsPassed: rule.allPartsPassed ?? false,
    tiesAtCut: rule.tiesAtCut ?? 'INCLUDE_ALL',
    confirmBy: rule.confirmBy === undefined ? null : Date.parse(rule.confirmBy),
  };
}
