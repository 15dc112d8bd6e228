import { formatCenti, toCenti } from '../../common/points';
import type { CriterionKind } from '../../contests/rules/contest-rules.types';

/*
 * A judge's entry for one criterion, read exactly (docs/judging.md "Exact arithmetic"). Measurements are
 * points with at most 2 decimals; judgement marks are whole marks 0–3, stored like every other
 * amount in hundredths (a mark of 2 is 200) so tolerances and spreads share one unit.
 */

export type ScorePointsErrorCode =
  'SCORE_NOT_A_NUMBER' | 'SCORE_OUT_OF_RANGE' | 'SCORE_TOO_PRECISE' | 'SCORE_MARK_INVALID';

export type ScorePointsResult =
  { ok: true; valueCenti: number } | { ok: false; code: ScorePointsErrorCode; message: string };

export interface ScoredCriterion {
  kind: CriterionKind;
  maxPointsCenti: number;
}

export const MAX_JUDGEMENT_MARK = 3;

/**
 * Strings that are a decimal number but may carry too many places. They get SCORE_TOO_PRECISE or
 * SCORE_OUT_OF_RANGE instead of SCORE_NOT_A_NUMBER, so "12.345" is told what is actually wrong.
 * Anything else toCenti refuses ("1e2", " 5", "+5", ".5") is not a plain decimal at all.
 */
const DECIMAL_ANY_PLACES = /^-?\d+(?:\.\d+)?$/;

function fail(code: ScorePointsErrorCode, message: string): ScorePointsResult {
  return { ok: false, code, message };
}

/** How the input is quoted in a message: strings keep their quotes so blanks are visible. */
function quote(input: unknown): string {
  return typeof input === 'string' ? JSON.stringify(input) : String(input);
}

/** A finite number, or a string that spells a decimal; null for everything else. */
function approximate(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input === 'string' && DECIMAL_ANY_PLACES.test(input)) return Number(input);
  return null;
}

function parseMeasurement(input: unknown, maxPointsCenti: number): ScorePointsResult {
  const range = `from 0.00 to ${formatCenti(maxPointsCenti)}`;
  const approx = approximate(input);
  if (approx === null) {
    return fail(
      'SCORE_NOT_A_NUMBER',
      `A measurement score must be a number of points ${range}, like 12.5; got ${quote(input)}.`,
    );
  }
  const centi = toCenti(input);
  if (centi === null) {
    // toCenti refused a real number: either it has more than 2 places or it is too large to hold
    // exactly. The double is only good enough to tell which, never to store.
    if (approx < 0 || approx * 100 > maxPointsCenti) {
      return fail('SCORE_OUT_OF_RANGE', `A score must be ${range} points; got ${quote(input)}.`);
    }
    return fail(
      'SCORE_TOO_PRECISE',
      `A score may have at most 2 decimal places (${range} points); got ${quote(input)}.`,
    );
  }
  if (centi < 0 || centi > maxPointsCenti) {
    return fail('SCORE_OUT_OF_RANGE', `A score must be ${range} points; got ${quote(input)}.`);
  }
  return { ok: true, valueCenti: centi };
}

function parseMark(input: unknown): ScorePointsResult {
  if (approximate(input) === null) {
    return fail(
      'SCORE_NOT_A_NUMBER',
      `A judgement mark must be a whole mark 0, 1, 2 or 3; got ${quote(input)}.`,
    );
  }
  // Read through toCenti like any other amount, so "2" and "2.00" mean 2 and 1.999999 is refused.
  const centi = toCenti(input);
  if (centi === null || centi < 0 || centi > MAX_JUDGEMENT_MARK * 100 || centi % 100 !== 0) {
    return fail(
      'SCORE_MARK_INVALID',
      `A judgement mark must be a whole mark 0, 1, 2 or 3; got ${quote(input)}.`,
    );
  }
  return { ok: true, valueCenti: centi };
}

/**
 * Reads one judge's score for a criterion from an API body or an import row. The result is in
 * hundredths: points for a measurement, hundredths of a mark for a judgement (mark × 100).
 */
export function parseScorePoints(input: unknown, criterion: ScoredCriterion): ScorePointsResult {
  return criterion.kind === 'JUDGEMENT'
    ? parseMark(input)
    : parseMeasurement(input, criterion.maxPointsCenti);
}

/**
 * A stored score for people and exports: "12.50" for a measurement, "2" for a judgement mark.
 * A judgement value that is not a whole mark cannot come from parseScorePoints; if one is ever
 * stored it is shown exactly ("1.50") rather than rounded, so an export never hides bad data.
 */
export function formatScore(valueCenti: number, kind: CriterionKind): string {
  if (kind === 'JUDGEMENT' && Number.isSafeInteger(valueCenti) && valueCenti % 100 === 0) {
    return String(valueCenti / 100);
  }
  return formatCenti(valueCenti);
}
