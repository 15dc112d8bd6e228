import { headerMatcher, normalizeHeader } from './header-names';

describe('normalizeHeader', () => {
  it.each([
    ['成绩', '成绩'],
    ['  Score ', 'score'],
    ['Ｓｃｏｒｅ', 'score'],
    ['加\u3000密\u3000号', '加密号'],
    ['\u200b考号\u2060', '考号'],
    ['＊成绩（必填）：', '成绩'],
    ['分数.', '分数'],
    ['得分(百分制)', '得分(百分制)'],
  ])('normalises %j to %j', (text, key) => {
    expect(normalizeHeader(text)).toBe(key);
  });
});

describe('headerMatcher', () => {
  const match = headerMatcher(
    ['code', 'points'] as const,
    { code: ['加密号', 'Code'], points: ['成绩', 'score'] },
    'Test',
  );

  it.each([
    ['加密号', 'code'],
    ['CODE', 'code'],
    ['成绩（满分100）', 'points'],
    ['Score (0-100)', 'points'],
    ['*成绩*', 'points'],
  ] as const)('maps %j to %s', (text, field) => {
    expect(match(text)).toBe(field);
  });

  it.each(['', '  ', '序号', '成绩1', '(成绩)', '理论成绩'])('maps %j to nothing', (text) => {
    expect(match(text)).toBeNull();
  });

  it('refuses an alias claimed by two fields, whatever its spelling', () => {
    expect(() =>
      headerMatcher(['a', 'b'] as const, { a: ['编号'], b: ['编 号（必填）'] }, 'Clash'),
    ).toThrow('Clash header alias "编 号（必填）" maps to both a and b');
  });

  it('allows the same alias twice for one field', () => {
    const same = headerMatcher(['a'] as const, { a: ['编号', '编　号'] }, 'Same');
    expect(same('编号')).toBe('a');
  });
});
