import { randomInt } from 'node:crypto';

/**
 * The draw (抽签/加密): each approved registration gets a station number and a secret blind code.
 * Judges see only the code, so it must reveal nothing: it is drawn separately from the station
 * number and from a cryptographic source, never derived from anything a judge could know.
 */

/** A uniformly random integer in [0, maxExclusive). */
export type RandomInt = (maxExclusive: number) => number;

/** No 0/O or 1/I, which are confused when a code is read aloud or copied from paper. */
export const BLIND_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const BLIND_CODE_LENGTH = 6;

/**
 * 32^6 ≈ 1.07 billion codes: 40,000 entries collide about once per draw, so retries are normal,
 * but a source that keeps repeating itself is broken and must not loop forever.
 */
export const MAX_CODE_ATTEMPTS = 100;

const BLIND_CODE_PATTERN = new RegExp(`^[${BLIND_CODE_ALPHABET}]{${BLIND_CODE_LENGTH}}$`);

export interface DrawnStation<T> {
  entry: T;
  stationNo: number;
  code: string;
}

const cryptoRandom: RandomInt = (maxExclusive) => randomInt(maxExclusive);

/** Guards against a source that would silently bias the draw or index past the end. */
function draw(random: RandomInt, maxExclusive: number): number {
  const value = random(maxExclusive);
  if (!Number.isInteger(value) || value < 0 || value >= maxExclusive) {
    throw new RangeError(
      `The random source returned ${String(value)} for a draw below ${maxExclusive}.`,
    );
  }
  return value;
}

/** Fisher–Yates: every one of the n! orders of 1..n is equally likely with a uniform source. */
function shuffledStations(n: number, random: RandomInt): number[] {
  const stations = Array.from({ length: n }, (_, i) => i + 1);
  for (let i = n - 1; i > 0; i--) {
    const j = draw(random, i + 1);
    [stations[i], stations[j]] = [stations[j], stations[i]];
  }
  return stations;
}

function blindCode(random: RandomInt): string {
  let code = '';
  for (let i = 0; i < BLIND_CODE_LENGTH; i++) {
    code += BLIND_CODE_ALPHABET[draw(random, BLIND_CODE_ALPHABET.length)];
  }
  return code;
}

function uniqueCode(random: RandomInt, taken: Set<string>): string {
  for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
    const code = blindCode(random);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
  throw new Error(
    `No unused blind code after ${MAX_CODE_ATTEMPTS} attempts; the random source is not random.`,
  );
}

/**
 * Results come back in the order of `entries`. All station numbers are drawn before any code,
 * so the codes come from a later, separate stretch of the random stream.
 */
export function drawStations<T>(
  entries: readonly T[],
  random: RandomInt = cryptoRandom,
): Array<DrawnStation<T>> {
  const stations = shuffledStations(entries.length, random);
  const taken = new Set<string>();
  const codes = entries.map(() => uniqueCode(random, taken));
  return entries.map((entry, i) => ({ entry, stationNo: stations[i], code: codes[i] }));
}

export function isBlindCode(s: string): boolean {
  return BLIND_CODE_PATTERN.test(s);
}
