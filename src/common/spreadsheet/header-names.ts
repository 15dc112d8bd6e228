/**
 * Header text matching shared by every table vocabulary.
 *
 * People rename, decorate and retype headers freely ("姓\u3000名", "身份证号（必填）", "ID No."),
 * so headers are compared after normalisation rather than verbatim.
 */

// Zero-width characters survive NFKC and are invisible in Excel, but break exact matching.
const INVISIBLE = /[\s\u200b-\u200d\u2060]+/gu;
// Required-field markers and label punctuation that templates put around a header. After NFKC the
// full-width forms (＊, （必填）, ：, ．) have become their ASCII equivalents.
const TRAILING_DECORATION = /(?:\*|\(必填\)|:|\.)$/u;
const LEADING_DECORATION = /^\*/u;
const TRAILING_NOTE = /\([^()]*\)$/u;

/** Canonical form of a header cell: NFKC, no whitespace at all, lower case, no required markers. */
export function normalizeHeader(text: string): string {
  let key = text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  let previous: string;
  do {
    previous = key;
    key = key.replace(TRAILING_DECORATION, '').replace(LEADING_DECORATION, '');
  } while (key !== previous);
  return key;
}

/**
 * A header matcher over per-field alias lists: the field a header cell denotes, or null.
 * Throws at construction when one alias is claimed by two fields, since header detection would
 * then depend on list order. `what` names the vocabulary in that message.
 */
export function headerMatcher<F extends string>(
  fields: readonly F[],
  aliases: Readonly<Record<F, readonly string[]>>,
  what: string,
): (text: string) => F | null {
  const index = new Map<string, F>();
  for (const field of fields) {
    for (const alias of aliases[field]) {
      const key = normalizeHeader(alias);
      const taken = index.get(key);
      if (taken !== undefined && taken !== field) {
        throw new Error(`${what} header alias "${alias}" maps to both ${taken} and ${field}`);
      }
      index.set(key, field);
    }
  }
  return (text) => {
    const key = normalizeHeader(text);
    if (key === '') return null;
    // Then without a trailing note: 身份证号码(18位), 性别(男/女), 成绩(满分100).
    return index.get(key) ?? index.get(normalizeHeader(key.replace(TRAILING_NOTE, ''))) ?? null;
  };
}
