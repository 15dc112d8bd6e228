import { formulaSafe, formulaSafeRow, withoutFormulaGuard } from './formula-guard';

describe('formulaSafe (formula injection in exported cells)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil.example","点击")', '\'=HYPERLINK("http://evil.example","点击")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-王伟', "'-王伟"],
  ])('puts an apostrophe before %j', (text, safe) => {
    expect(formulaSafe(text)).toBe(safe);
  });

  it.each(['王伟', '阜新市第一机械厂工会', "O'Brien", '1 = 1', '88.00', '', ' =1', '＝1'])(
    'leaves %j as it is',
    (text) => {
      expect(formulaSafe(text)).toBe(text);
    },
  );

  it('leaves numbers, dates and empty cells alone', () => {
    const date = new Date('2017-06-01T00:00:00Z');
    expect(formulaSafeRow([1, -2, date, null, undefined, '=x'])).toEqual([
      1,
      -2,
      date,
      null,
      undefined,
      "'=x",
    ]);
  });
});

describe('withoutFormulaGuard (reading back what an export wrote)', () => {
  it.each(['=1+1', '-王伟', '@SUM(A1)', '+86', '\t=1', "O'Brien", "'quoted'", '王伟'])(
    'reads formulaSafe(%j) as it was',
    (text) => {
      expect(withoutFormulaGuard(formulaSafe(text))).toBe(text);
    },
  );

  it('keeps an apostrophe that guards nothing', () => {
    expect(withoutFormulaGuard("'王伟")).toBe("'王伟");
  });
});
