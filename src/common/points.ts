/**
 * Points are decimals with at most 2 places (docs/results.md "Exact arithmetic"). We hold them as integer
 * hundredths ("centi") so that sums and comparisons are exact: 0.1 + 0.2 must equal 0.3.
 */

/** A plain decimal with at most 2 places; no exponent, no sign other than a leading minus. */
const DECIMAL_2DP = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;
const MAX_SAFE_CENTI = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Reads points from a JS number or a numeric string into integer hundredths, or null when the value
 * is not a decimal with at most 2 places that fits a safe integer.
 *
 * Numbers go through their shortest round-trip string (`String(0.29)` is `"0.29"`), never through
 * `value * 100`, which would give 28.999999999999996. A number whose string needs an exponent
 * (1e21, 1e-7) is refused rather than guessed at.
 */
export function toCenti(value: unknown): number | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else if (typeof value === 'string') {
    // Strict: surrounding blanks, '+', '.5' and '5.' are refused so that stored values stay canonical.
    text = value;
  } else {
    return null;
  }
  const match = DECIMAL_2DP.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  // BigInt keeps the range check exact for long digit strings that a double would round.
  const magnitude = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (magnitude > MAX_SAFE_CENTI) return null;
  const centi = Number(magnitude);
  // "-0.00" is zero; returning -0 would make Object.is / toBe comparisons surprising.
  return sign === '-' && centi !== 0 ? -centi : centi;
}

function assertCenti(centi: number): void {
  if (!Number.isSafeInteger(centi)) {
    throw new RangeError(`Points in hundredths must be a safe integer, got ${centi}`);
  }
}

/**
 * Hundredths back to a JS number for JSON output. Dividing an integer by 100 is correctly rounded,
 * so the result is the double nearest the decimal: 6420 → 64.2, 29 → 0.29.
 */
export function fromCenti(centi: number): number {
  assertCenti(centi);
  return centi === 0 ? 0 : centi / 100;
}

/** Hundredths as a fixed 2-place string for people and exports: 6420 → "64.20", -5 → "-0.05". */
export function formatCenti(centi: number): string {
  assertCenti(centi);
  const magnitude = Math.abs(centi);
  const hundredths = magnitude % 100;
  // Subtracting first keeps the division exact even near MAX_SAFE_INTEGER.
  const whole = (magnitude - hundredths) / 100;
  const fraction = String(hundredths).padStart(2, '0');
  return `${centi < 0 ? '-' : ''}${whole}.${fraction}`;
}
