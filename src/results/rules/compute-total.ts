import type { Scheme } from '../../contests/rules/contest-rules.types';
import { add, div, fromCenti, mul, Rational, sum, toCentiHalfUp, ZERO } from './rational';

/*
 * A contestant's total (docs/results.md "Parts and weights" and "Pass marks"). Each part is scaled to 100
 * and weighted; the weighted sum is kept exact and rounded half up to 2 decimals once, so the total
 * never depends on how the parts happened to round. Pass marks are checked on the part score as it
 * is shown, rounded to 2 decimals, because what the public sees is what was ranked.
 */

export interface PartResult {
  key: string;
  /** The sum of the part's criterion points, in hundredths, exact. */
  pointsCenti: Rational;
  /** The part score scaled to 100, rounded half up to 2 decimals, in hundredths: 0..10000. */
  scaledCenti: number;
  /** null when the part has no pass mark. */
  passed: boolean | null;
}

export interface ContestantTotal {
  parts: PartResult[];
  /** The scheme's criteria, in scheme order, with the points they were given. */
  criteria: Record<string, Rational>;
  /** Out of 100, in hundredths, rounded half up once from the exact weighted sum. */
  totalCenti: number;
  /** True when no part with a pass mark was failed (a part without one never fails). */
  allPartsPassed: boolean;
}

/** Weights are in hundredths of a percent of the total: 10000 is the whole 100. */
const WHOLE_CENTI = fromCenti(10_000);

/**
 * Computes a contestant's parts and total from the points of every criterion of the scheme (see
 * aggregateCriterion). A missing criterion, or one the scheme does not have, is a caller error:
 * the first means results are computed too early, the second that they were computed against
 * another version of the scheme; both throw rather than count as zero or be ignored.
 *
 * A carried part (docs/results.md "Carried score") takes `carriedTotalCenti`, the contestant's
 * published feeder total in hundredths, as its points, and is then scaled, weighted and checked
 * against its pass mark like any part. Without one it throws too (the service refuses first,
 * naming the contestants): a missing feeder total never counts as zero.
 */
export function computeTotal(
  scheme: Scheme,
  criterionPoints: Record<string, Rational>,
  carriedTotalCenti: number | null = null,
): ContestantTotal {
  const known = new Set(scheme.parts.flatMap((part) => part.criteria.map((c) => c.key)));
  const missing = [...known].filter((key) => !Object.hasOwn(criterionPoints, key));
  if (missing.length > 0) {
    throw new RangeError(`No points for criteria ${missing.join(', ')}`);
  }
  const unknown = Object.keys(criterionPoints).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new RangeError(`Criteria ${unknown.join(', ')} are not in the scheme`);
  }

  const criteria: Record<string, Rational> = {};
  const parts: PartResult[] = [];
  let exactTotal = ZERO;
  for (const part of scheme.parts) {
    if (part.maxPointsCenti <= 0) {
      throw new RangeError(`Part ${part.key} has no points to scale (max ${part.maxPointsCenti})`);
    }
    const points = part.criteria.map((c) => {
      criteria[c.key] = criterionPoints[c.key];
      return criterionPoints[c.key];
    });
    const pointsCenti = part.carried
      ? fromCenti(carriedPoints(part.key, part.maxPointsCenti, carriedTotalCenti))
      : sum(points);
    // Exact score out of 100, in hundredths: points / max × 10000.
    const exactScaled = div(mul(pointsCenti, WHOLE_CENTI), fromCenti(part.maxPointsCenti));
    const scaledCenti = toCentiHalfUp(exactScaled);
    const passed = part.passMarkCenti === null ? null : scaledCenti >= part.passMarkCenti;
    parts.push({ key: part.key, pointsCenti, scaledCenti, passed });
    // The exact scaled score is weighted, not the rounded one: rounding happens once, below.
    exactTotal = add(exactTotal, div(mul(exactScaled, fromCenti(part.weightCenti)), WHOLE_CENTI));
  }

  return {
    parts,
    criteria,
    totalCenti: toCentiHalfUp(exactTotal),
    allPartsPassed: parts.every((p) => p.passed !== false),
  };
}

/** A carried part's points: the feeder total, which must be there and within the part's maximum. */
function carriedPoints(key: string, maxPointsCenti: number, totalCenti: number | null): number {
  if (totalCenti === null) {
    throw new RangeError(`No feeder total to carry into part ${key}`);
  }
  if (!Number.isSafeInteger(totalCenti) || totalCenti < 0 || totalCenti > maxPointsCenti) {
    throw new RangeError(
      `Feeder total ${totalCenti} is outside part ${key} (0..${maxPointsCenti})`,
    );
  }
  return totalCenti;
}

/** The keys of the parts a contestant failed, in scheme order, for TitleInput.failedParts. */
export function failedPartKeys(total: ContestantTotal): string[] {
  return total.parts.filter((p) => p.passed === false).map((p) => p.key);
}
