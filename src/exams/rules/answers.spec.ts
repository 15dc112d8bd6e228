import { blankMatches, normaliseBlankAnswer } from './answers';

describe('normaliseBlankAnswer', () => {
  it.each([
    ['ＡＢＣ１２３', 'abc123'], // full-width letters and digits, then lower case
    ['　答案　', '答案'], // ideographic spaces at the ends are trimmed
    ['  Ohm  ', 'ohm'],
    ['Ａ　Ｂ', 'a b'], // an inner ideographic space becomes one plain space and stays
    ['a  b', 'a  b'], // inner spaces are never collapsed
    ['（１）', '(1)'], // full-width punctuation → ASCII
    ['～！＠', '~!@'], // both ends of U+FF01–U+FF5E
    ['①', '①'], // no NFKC: a circled digit is not a 1
    ['欧姆定律', '欧姆定律'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseBlankAnswer(raw)).toBe(expected);
  });

  it('changes only ASCII letters case (É stays upper case)', () => {
    expect(normaliseBlankAnswer('ÉCOLE')).toBe('École');
  });
});

describe('blankMatches', () => {
  it('compares both sides after the same normalisation', () => {
    expect(blankMatches('ＡＢＣ１２３', ['abc123'])).toBe(true);
    expect(blankMatches('abc123', ['ＡＢＣ１２３'])).toBe(true);
    expect(blankMatches('　答案　', ['答案'])).toBe(true);
  });

  it('keeps inner spaces: "a b" is not "ab"', () => {
    expect(blankMatches('ab', ['a b'])).toBe(false);
    expect(blankMatches('A　B', ['a b'])).toBe(true);
  });

  it('accepts any of several accepted answers, and never a blank one', () => {
    expect(blankMatches('380V', ['380 V', '380v'])).toBe(true);
    expect(blankMatches('　', ['', ' '])).toBe(false);
  });
});
