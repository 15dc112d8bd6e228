/*
 * Normalising a blank's answer before it is compared (docs/exams.md "Marking"). The given answer
 * and every accepted answer go through the same steps, so the bank may hold either spelling.
 */

/** Full-width ASCII (U+FF01–U+FF5E) sits 0xFEE0 above its half-width form (U+0021–U+007E). */
const FULL_WIDTH = /[\uFF01-\uFF5E]/gu;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = /\u3000/gu;
const ASCII_UPPER = /[A-Z]/gu;

/**
 * 1. full-width ASCII → half-width, ideographic space (U+3000) → space;
 * 2. trim the ends (only the ends: inner spaces are kept as typed, so "a b" ≠ "ab");
 * 3. Latin letters A–Z → a–z (ASCII only, no locale: full-width letters are ASCII by then).
 * Nothing else changes: no NFKC (① stays ①), no collapsing of inner spaces.
 */
export function normaliseBlankAnswer(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(IDEOGRAPHIC_SPACE, ' ')
    .trim()
    .replace(ASCII_UPPER, (c) => c.toLowerCase());
}

/** Whether a given text matches one of the accepted answers after the same normalisation. */
export function blankMatches(given: string, accepted: readonly string[]): boolean {
  const normalised = normaliseBlankAnswer(given);
  if (normalised === '') return false;
  return accepted.some((a) => normaliseBlankAnswer(a) === normalised);
}
