/*
 * Exact rationals for results arithmetic (docs/results.md "Exact arithmetic"). A mean of three judges, a
 * judgement mark times max / 3 and a part scaled to 100 are not decimals with 2 places, so integer
 * hundredths alone cannot hold them; a binary double would, but inexactly (1.005 is 1.00499…).
 * Every intermediate value stays an exact fraction of BigInts and is rounded once, at the end.
 *
 * The type carries no unit. In the results rules a Rational always counts hundredths ("centi") of
 * a point or of a mark, so fromCenti(6420) is 64.20 points and toCentiHalfUp gives back an integer.
 */

/** Always normalised: den > 0 and gcd(|num|, den) = 1, so equal values have equal fields. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num / den in lowest terms with a positive denominator; a zero denominator is refused. */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('A rational cannot have a zero denominator');
  const sign = den < 0n ? -1n : 1n;
  // gcd(0, den) is den, so zero normalises to 0/1 like any other value.
  const divisor = gcd(num, den);
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

export const ZERO: Rational = rational(0n);

/**
 * An integer number of hundredths as a rational. Only safe integers are accepted: 64.2 (points
 * where hundredths were meant) or 0.1 + 0.2 must fail loudly, not be turned into a fraction.
 */
export function fromCenti(centi: number): Rational {
  assertCenti(centi);
  return rational(BigInt(centi));
}

/** fromCenti's check alone, for code that sums hundredths as BigInts itself. */
export function assertCenti(centi: number): void {
  if (!Number.isSafeInteger(centi)) {
    throw new RangeError(`Hundredths must be a safe integer, got ${centi}`);
  }
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('Division by zero');
  return rational(a.num * b.den, a.den * b.num);
}

/** The sum of a list; the empty sum is zero. */
export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

/** -1, 0 or 1 as a is less than, equal to or greater than b; usable as a sort comparator. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  // Denominators are positive, so cross-multiplying keeps the order.
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function equals(a: Rational, b: Rational): boolean {
  // Both are normalised, so equal values have identical fields.
  return a.num === b.num && a.den === b.den;
}

/** The largest integer ≤ r (BigInt division truncates toward zero, which is wrong for negatives). */
export function floor(r: Rational): bigint {
  const q = r.num / r.den;
  return r.num < 0n && q * r.den !== r.num ? q - 1n : q;
}

/** The smallest integer ≥ r. */
export function ceil(r: Rational): bigint {
  return -floor(rational(-r.num, r.den));
}

/**
 * Round half up to an integer, symmetrically: a half goes away from zero, so 2.5 → 3 and
 * -2.5 → -3 ("half up" on the magnitude, the commercial rule 四舍五入). Results are never negative
 * in this domain; the symmetric choice just keeps round(-x) = -round(x).
 */
export function roundHalfUp(r: Rational): bigint {
  const magnitude = rational(abs(r.num), r.den);
  const rounded = floor(add(magnitude, rational(1n, 2n)));
  return r.num < 0n ? -rounded : rounded;
}

/**
 * A rational number of hundredths rounded half up (see roundHalfUp) to a whole number of
 * hundredths: 8884.5 → 8885, i.e. 88.845 points → 88.85. The result must fit a safe integer.
 */
export function toCentiHalfUp(r: Rational): number {
  const rounded = roundHalfUp(r);
  if (rounded > BigInt(Number.MAX_SAFE_INTEGER) || rounded < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${rounded} hundredths do not fit a safe integer`);
  }
  // Number(-0n) is 0, so a rounded -0.4 is a plain 0, never -0.
  return Number(rounded);
}

/** For messages and test failures: "17/3", "5". */
export function formatRational(r: Rational): string {
  return r.den === 1n ? String(r.num) : `${r.num}/${r.den}`;
}
