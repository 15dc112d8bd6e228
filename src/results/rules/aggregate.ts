import type { AggregationMethod, CriterionKind } from '../../contests/rules/contest-rules.types';
import { assertCenti, div, fromCenti, mul, Rational, rational } from './rational';

/*
 * One criterion's points from its judges' scores (docs/results.md "Several judges on one criterion" and
 * "Judgement criteria"). Scores arrive as integer hundredths: points for a MEASUREMENT, marks × 100
 * (0..300) for a JUDGEMENT. The result stays an exact rational; rounding happens once, on the total.
 */

export interface AggregatedCriterion {
  kind: CriterionKind;
  method: AggregationMethod;
  maxPointsCenti: number;
}

/** A mark on the 0–3 scale, in hundredths: the full mark that earns the criterion's max points. */
export const FULL_MARK_CENTI = 300;

/** Dropping one highest and one lowest leaves nothing to average with fewer than 3 scores. */
export const TRIMMED_MEAN_MIN_VALUES = 3;

/**
 * Σ values / n, normalised once: the same value as adding n rationals one by one, without a gcd
 * per addition (results take 400,000 means in a city-scale competition).
 */
function mean(values: readonly number[]): Rational {
  let total = 0n;
  for (const value of values) total += BigInt(value);
  return rational(total, BigInt(values.length));
}

/** Numeric order; the default sort would put 1000 before 900. */
function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The judges' scores combined by the criterion's method, in the scores' own unit. */
export function combineScores(method: AggregationMethod, valuesCenti: readonly number[]): Rational {
  if (valuesCenti.length === 0) {
    throw new RangeError('A criterion needs at least one score to be combined');
  }
  // Refused before sorting or summing uses them.
  for (const value of valuesCenti) assertCenti(value);
  switch (method) {
    case 'MEAN':
      return mean(valuesCenti);
    case 'TRIMMED_MEAN': {
      if (valuesCenti.length < TRIMMED_MEAN_MIN_VALUES) {
        throw new RangeError(
          `TRIMMED_MEAN needs at least ${TRIMMED_MEAN_MIN_VALUES} scores, got ${valuesCenti.length}`,
        );
      }
      // One instance each of the highest and the lowest: [5, 5, 5] keeps [5], not [].
      return mean(sorted(valuesCenti).slice(1, -1));
    }
    case 'MEDIAN': {
      const ordered = sorted(valuesCenti);
      const middle = Math.floor(ordered.length / 2);
      return ordered.length % 2 === 1
        ? fromCenti(ordered[middle])
        : mean([ordered[middle - 1], ordered[middle]]);
    }
    case 'SINGLE':
      // One judge's or a consensus mark. Should several scores still arrive (a second judge entered
      // one too), their mean is taken rather than picking one arbitrarily; with one it is itself.
      return mean(valuesCenti);
  }
}

/**
 * The criterion's points in hundredths, exact. A MEASUREMENT's combined score is already points.
 * A JUDGEMENT's is a mark ×100, worth max × mark / 3: maxPointsCenti × combinedMarkCenti / 300.
 */
export function aggregateCriterion(
  criterion: AggregatedCriterion,
  valuesCenti: readonly number[],
): Rational {
  const combined = combineScores(criterion.method, valuesCenti);
  if (criterion.kind === 'MEASUREMENT') return combined;
  return div(mul(fromCenti(criterion.maxPointsCenti), combined), fromCenti(FULL_MARK_CENTI));
}
