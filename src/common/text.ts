/** Cleaning the text people type or paste into cells and forms (any feature; no framework). */

/** Zero-width space/joiners, word joiner and BOM: invisible in Excel but they break equality. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * NFKC turns full-width letters, digits and punctuation (typed with a Chinese IME) into ASCII.
 * Zero-width characters go first so that they never become a space or split a word.
 */
export function normaliseCellText(raw: string): string {
  return raw
    .replace(ZERO_WIDTH, '')
    .normalize('NFKC')
    .replace(/[\u00A0\u3000]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
