/**
 * Resident ID numbers for test data, with a correct GB 11643-1999 check digit (computed here,
 * independently of src/workers/rules/id-number.ts, so a bug there cannot hide behind its own data).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** `seq` is 3 digits; its last digit odd → male, even → female. */
export function idNumber(seq: number, birth = '19850312', region = '210902'): string {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + checkDigit(first17);
}

export const maleId = (n: number, birth?: string): string => idNumber(2 * n + 1, birth);
export const femaleId = (n: number, birth?: string): string => idNumber(2 * n, birth);

/** The same number with its check digit replaced by a wrong one. */
export function withWrongCheckDigit(id: string): string {
  const wrong = id[17] === '0' ? '1' : '0';
  return id.slice(0, 17) + wrong;
}
