import { MAX_SHEET_NAME, SheetNames } from './sheet-names';

describe('SheetNames (worksheet names from free text)', () => {
  it('keeps a plain name', () => {
    expect(new SheetNames().name('电子商务')).toBe('电子商务');
  });

  it('turns the characters Excel refuses into their full-width forms', () => {
    expect(new SheetNames().name('焊工/电焊:[高级]*?\\')).toBe('焊工／电焊：［高级］＊？＼');
  });

  it('drops apostrophes at either end and never answers an empty name', () => {
    const names = new SheetNames();
    expect(names.name("'=1+1'")).toBe('=1+1');
    expect(names.name("''")).toBe('Sheet');
  });

  it('cuts long names to 31 characters, counting a CJK extension character once', () => {
    const name = new SheetNames().name('𠜎'.repeat(40));
    expect([...name]).toHaveLength(MAX_SHEET_NAME);
  });

  it('numbers repeats, ignoring case, within the 31 characters', () => {
    const names = new SheetNames();
    expect(names.name('Welding')).toBe('Welding');
    expect(names.name('WELDING')).toBe('WELDING (2)');
    expect(names.name('welding')).toBe('welding (3)');
    const long = 'x'.repeat(40);
    expect(names.name(long)).toBe('x'.repeat(31));
    expect(names.name(long)).toBe(`${'x'.repeat(27)} (2)`);
  });
});
