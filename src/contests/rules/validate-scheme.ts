import { formatCenti, toCenti } from '../../common/points';
import {
  AGGREGATION_METHODS,
  AggregationMethod,
  CRITERION_KINDS,
  Criterion,
  CriterionKind,
  describeValue,
  isOneOf,
  isRecord,
  IssueCollector,
  Part,
  RuleResult,
  Scheme,
} from './contest-rules.types';

/** Lower-case ASCII so keys are safe in URLs, exports and JSON paths. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;
export const MAX_PARTS = 5;
export const MAX_CRITERIA_PER_PART = 50;
export const MAX_NAME_LENGTH = 100;
export const MAX_CRITERION_POINTS_CENTI = 100_000;
export const WEIGHTS_TOTAL_CENTI = 10_000;
export const DEFAULT_PASS_MARK_CENTI = 6_000;
/** Judgement marks run 0–3; tolerances are counted in the same marks (as hundredths). */
export const MAX_JUDGEMENT_MARK_CENTI = 300;
export const DEFAULT_JUDGEMENT_TOLERANCE_CENTI = 100;
/** A carried part's points are a feeder total, which is out of 100. */
export const CARRIED_MAX_POINTS_CENTI = 10_000;

/** What a scheme is checked against besides itself. */
export interface SchemeContext {
  /** The contest's round: only a later round (2 or more) has a feeder total to carry. */
  round: number;
}

/** The weight in hundredths, or null when it is not a positive 2-place decimal. */
function weightCenti(value: unknown): number | null {
  const centi = toCenti(value);
  return centi !== null && centi > 0 ? centi : null;
}

/** A criterion's maximum in hundredths, or null when it is outside (0, 1000]. */
function criterionMaxCenti(value: unknown): number | null {
  const centi = toCenti(value);
  return centi !== null && centi > 0 && centi <= MAX_CRITERION_POINTS_CENTI ? centi : null;
}

function readKey(value: unknown, path: string, issues: IssueCollector): string | null {
  if (typeof value === 'string' && KEY_PATTERN.test(value)) return value;
  issues.add(
    'KEY_INVALID',
    path,
    `A key must start with a lower-case letter and hold only a-z, 0-9 and _, at most 32 characters; got ${describeValue(value)}.`,
  );
  return null;
}

function readName(value: unknown, path: string, issues: IssueCollector): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name === '') {
    issues.add('NAME_REQUIRED', path, 'A name is required (a non-empty text).');
    return name;
  }
  // Counted in characters, not UTF-16 units, so a rare CJK character counts once.
  const length = [...name].length;
  if (length > MAX_NAME_LENGTH) {
    issues.add(
      'NAME_TOO_LONG',
      path,
      `A name may have at most ${MAX_NAME_LENGTH} characters; this one has ${length}.`,
    );
  }
  return name;
}

/**
 * The spread allowed between judges' marks. JUDGEMENT criteria are marked 0–3, so the tolerance is
 * a whole number of marks; MEASUREMENT tolerances are points within the criterion's maximum.
 */
function readTolerance(
  value: unknown,
  kind: CriterionKind | null,
  maxCenti: number | null,
  path: string,
  issues: IssueCollector,
): number | null {
  if (value === null) return null;
  if (kind === 'JUDGEMENT') {
    if (value === undefined) return DEFAULT_JUDGEMENT_TOLERANCE_CENTI;
    const centi = toCenti(value);
    if (centi === null || centi < 0 || centi > MAX_JUDGEMENT_MARK_CENTI || centi % 100 !== 0) {
      issues.add(
        'TOLERANCE_INVALID',
        path,
        `A judgement tolerance is a whole number of marks from 0 to 3 (or null for no check); got ${describeValue(value)}.`,
      );
    }
    return centi;
  }
  if (kind === 'MEASUREMENT') {
    if (value === undefined) return null;
    const centi = toCenti(value);
    const ceiling = maxCenti ?? MAX_CRITERION_POINTS_CENTI;
    if (centi === null || centi < 0 || centi > ceiling) {
      issues.add(
        'TOLERANCE_INVALID',
        path,
        `A measurement tolerance is in points, from 0 to the criterion's maximum${maxCenti === null ? '' : ` (${formatCenti(maxCenti)})`}, with at most 2 decimal places; got ${describeValue(value)}.`,
      );
    }
    return centi;
  }
  // With no valid kind the scale of the tolerance is unknown; KIND_INVALID already says what to fix.
  return null;
}

function readCriterion(input: unknown, path: string, issues: IssueCollector): Criterion | null {
  if (!isRecord(input)) {
    issues.add('CRITERION_INVALID', path, 'Each criterion must be an object.');
    return null;
  }
  const key = readKey(input.key, `${path}.key`, issues);
  const name = readName(input.name, `${path}.name`, issues);
  const maxPointsCenti = criterionMaxCenti(input.maxPoints);
  if (maxPointsCenti === null) {
    issues.add(
      'MAX_POINTS_INVALID',
      `${path}.maxPoints`,
      `A criterion's maximum must be more than 0 and at most 1000 points, with at most 2 decimal places; got ${describeValue(input.maxPoints)}.`,
    );
  }
  const kind = isOneOf(CRITERION_KINDS, input.kind) ? input.kind : null;
  if (kind === null) {
    issues.add(
      'KIND_INVALID',
      `${path}.kind`,
      `A criterion's kind must be MEASUREMENT or JUDGEMENT; got ${describeValue(input.kind)}.`,
    );
  }
  let method: AggregationMethod = 'MEAN';
  if (input.method !== undefined) {
    if (isOneOf(AGGREGATION_METHODS, input.method)) method = input.method;
    else {
      issues.add(
        'METHOD_INVALID',
        `${path}.method`,
        `A criterion's method must be one of ${AGGREGATION_METHODS.join(', ')}; got ${describeValue(input.method)}.`,
      );
    }
  }
  const toleranceCenti = readTolerance(
    input.tolerance,
    kind,
    maxPointsCenti,
    `${path}.tolerance`,
    issues,
  );
  if (key === null || maxPointsCenti === null || kind === null) return null;
  return { key, name, kind, method, maxPointsCenti, toleranceCenti };
}

function readPassMark(value: unknown, path: string, issues: IssueCollector): number | null {
  if (value === undefined) return DEFAULT_PASS_MARK_CENTI;
  if (value === null) return null;
  const centi = toCenti(value);
  if (centi === null || centi < 0 || centi > 10_000) {
    issues.add(
      'PASS_MARK_INVALID',
      path,
      `A pass mark is on the part's score out of 100: from 0 to 100 with at most 2 decimal places, or null for none; got ${describeValue(value)}.`,
    );
  }
  return centi;
}

/** `carried` is true or false (or left out: false). */
function readCarried(value: unknown, path: string, issues: IssueCollector): boolean {
  if (value === undefined || value === false) return false;
  if (value === true) return true;
  issues.add(
    'CARRIED_PART_INVALID',
    path,
    `"carried" is true (the part carries the feeder total in) or false; got ${describeValue(value)}.`,
  );
  return false;
}

/**
 * A carried part: no criteria (its points are the feeder total, never judges' scores), and a
 * maximum of 100 (the feeder total's scale) unless a larger one is given to shrink it.
 */
function readCarriedPart(
  input: Record<string, unknown>,
  path: string,
  issues: IssueCollector,
): number | null {
  const criteria = input.criteria;
  if (criteria !== undefined && !(Array.isArray(criteria) && criteria.length === 0)) {
    issues.add(
      'CARRIED_PART_HAS_CRITERIA',
      `${path}.criteria`,
      `A carried part has no criteria: its points are the finalist's feeder total, which judges never score; leave "criteria" out (got ${Array.isArray(criteria) ? `${criteria.length} criteria` : describeValue(criteria)}).`,
    );
  }
  if (input.maxPoints === undefined) return CARRIED_MAX_POINTS_CENTI;
  const given = toCenti(input.maxPoints);
  if (given === null || given < CARRIED_MAX_POINTS_CENTI) {
    issues.add(
      'MAX_POINTS_INVALID',
      `${path}.maxPoints`,
      `A carried part's maximum is at least 100 (a feeder total is out of 100), with at most 2 decimal places, or left out for 100; got ${describeValue(input.maxPoints)}.`,
    );
    return null;
  }
  return given;
}

function readPart(input: unknown, path: string, issues: IssueCollector): Part | null {
  if (!isRecord(input)) {
    issues.add('PART_INVALID', path, 'Each part must be an object.');
    return null;
  }
  const key = readKey(input.key, `${path}.key`, issues);
  const name = readName(input.name, `${path}.name`, issues);
  const weight = weightCenti(input.weight);
  if (weight === null) {
    issues.add(
      'WEIGHT_INVALID',
      `${path}.weight`,
      `A part's weight must be more than 0 with at most 2 decimal places; got ${describeValue(input.weight)}.`,
    );
  }
  const passMarkCenti = readPassMark(input.passMark, `${path}.passMark`, issues);
  if (readCarried(input.carried, `${path}.carried`, issues)) {
    const maxPointsCenti = readCarriedPart(input, path, issues);
    if (key === null || weight === null || maxPointsCenti === null) return null;
    return {
      key,
      name,
      weightCenti: weight,
      maxPointsCenti,
      passMarkCenti,
      carried: true,
      criteria: [],
    };
  }

  const rawCriteria = input.criteria;
  const criteriaPath = `${path}.criteria`;
  if (
    !Array.isArray(rawCriteria) ||
    rawCriteria.length < 1 ||
    rawCriteria.length > MAX_CRITERIA_PER_PART
  ) {
    issues.add(
      'CRITERIA_INVALID',
      criteriaPath,
      `A part needs 1 to ${MAX_CRITERIA_PER_PART} criteria; ${Array.isArray(rawCriteria) ? `it has ${rawCriteria.length}` : 'no criteria list was given'}.`,
    );
  }
  const criteriaInput: unknown[] = Array.isArray(rawCriteria) ? rawCriteria : [];
  const criteria = criteriaInput.map((c, i) => readCriterion(c, `${criteriaPath}[${i}]`, issues));

  const maxima = criteriaInput.map((c) => (isRecord(c) ? criterionMaxCenti(c.maxPoints) : null));
  const criteriaTotal = maxima.every((m): m is number => m !== null)
    ? maxima.reduce((a, b) => a + b, 0)
    : null;
  let maxPointsCenti = criteriaTotal;
  if (input.maxPoints !== undefined) {
    const given = toCenti(input.maxPoints);
    if (given === null || given <= 0) {
      issues.add(
        'MAX_POINTS_INVALID',
        `${path}.maxPoints`,
        `A part's maximum must be more than 0 with at most 2 decimal places, or left out to use the sum of its criteria; got ${describeValue(input.maxPoints)}.`,
      );
    } else if (criteriaTotal !== null && given !== criteriaTotal) {
      issues.add(
        'PART_MAX_MISMATCH',
        `${path}.maxPoints`,
        `The part's maximum is ${formatCenti(given)} but its criteria add up to ${formatCenti(criteriaTotal)}; set it to ${formatCenti(criteriaTotal)} or leave it out.`,
      );
    }
    maxPointsCenti = given;
  }

  if (key === null || weight === null || maxPointsCenti === null) return null;
  const valid = criteria.filter((c): c is Criterion => c !== null);
  return {
    key,
    name,
    weightCenti: weight,
    maxPointsCenti,
    passMarkCenti,
    carried: false,
    criteria: valid,
  };
}

/** Later duplicates are reported; the first holder of a key is named so it can be found. */
function reportDuplicateKeys(parts: unknown[], issues: IssueCollector): void {
  const partKeys = new Map<string, string>();
  const criterionKeys = new Map<string, string>();
  parts.forEach((part, p) => {
    if (!isRecord(part)) return;
    const partPath = `parts[${p}]`;
    if (typeof part.key === 'string' && KEY_PATTERN.test(part.key)) {
      const first = partKeys.get(part.key);
      if (first === undefined) partKeys.set(part.key, partPath);
      else {
        issues.add(
          'DUPLICATE_PART_KEY',
          `${partPath}.key`,
          `Part key "${part.key}" is already used by ${first}; part keys must be unique.`,
        );
      }
    }
    if (!Array.isArray(part.criteria) || part.carried === true) return;
    (part.criteria as unknown[]).forEach((criterion, c) => {
      if (!isRecord(criterion)) return;
      if (typeof criterion.key !== 'string' || !KEY_PATTERN.test(criterion.key)) return;
      const path = `${partPath}.criteria[${c}]`;
      const first = criterionKeys.get(criterion.key);
      if (first === undefined) criterionKeys.set(criterion.key, path);
      else {
        issues.add(
          'DUPLICATE_CRITERION_KEY',
          `${path}.key`,
          `Criterion key "${criterion.key}" is already used by ${first}; criterion keys must be unique across the whole scheme because scores name a criterion by its key alone.`,
        );
      }
    });
  });
}

/**
 * At most one carried part, only in a later round (a first round has no feeder total to carry),
 * and never alone: the final's own work is judged in at least one other part.
 */
function reportCarriedParts(
  parts: unknown[],
  context: SchemeContext,
  issues: IssueCollector,
): void {
  const carried = parts
    .map((part, p) => (isRecord(part) && part.carried === true ? p : null))
    .filter((p): p is number => p !== null);
  if (carried.length === 0) return;
  if (context.round < 2) {
    for (const p of carried) {
      issues.add(
        'CARRIED_PART_FIRST_ROUND',
        `parts[${p}].carried`,
        `Only a later round (round 2 or more) carries a feeder total in; this contest is round ${context.round}.`,
      );
    }
  }
  for (const p of carried.slice(1)) {
    issues.add(
      'CARRIED_PART_TOO_MANY',
      `parts[${p}].carried`,
      `A scheme carries the feeder total in at most once; parts[${carried[0]}] already does.`,
    );
  }
  if (carried.length === parts.length) {
    issues.add(
      'CARRIED_PART_ALONE',
      'parts',
      'A scheme needs at least one part that judges score besides the carried part.',
    );
  }
}

/**
 * Checks a scoring scheme and normalises it to hundredths, filling in the docs/setup.md defaults.
 * `context.round` is the contest's round (default 1), which decides whether a part may be carried.
 */
export function validateScheme(
  input: unknown,
  context: SchemeContext = { round: 1 },
): RuleResult<Scheme> {
  const issues = new IssueCollector();
  if (!isRecord(input)) {
    issues.add('SCHEME_INVALID', '', 'The scheme must be an object with a "parts" list.');
    return issues.failure();
  }
  const rawParts = input.parts;
  if (!Array.isArray(rawParts) || rawParts.length < 1 || rawParts.length > MAX_PARTS) {
    issues.add(
      'PARTS_INVALID',
      'parts',
      `A scheme needs 1 to ${MAX_PARTS} parts; ${Array.isArray(rawParts) ? `it has ${rawParts.length}` : 'no parts list was given'}.`,
    );
  }
  const partsInput: unknown[] = Array.isArray(rawParts) ? rawParts : [];
  const parts = partsInput.map((p, i) => readPart(p, `parts[${i}]`, issues));
  reportDuplicateKeys(partsInput, issues);
  reportCarriedParts(partsInput, context, issues);

  const weights = partsInput.map((p) => (isRecord(p) ? weightCenti(p.weight) : null));
  if (weights.length > 0 && weights.every((w): w is number => w !== null)) {
    const total = weights.reduce((a, b) => a + b, 0);
    if (total !== WEIGHTS_TOTAL_CENTI) {
      issues.add(
        'WEIGHTS_NOT_100',
        'parts',
        `The part weights must add up to exactly 100.00; they add up to ${formatCenti(total)}.`,
      );
    }
  }
  return issues.result(() => ({ parts: parts.filter((p): p is Part => p !== null) }));
}
