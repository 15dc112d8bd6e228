import {
  SCORE_FIELDS,
  SCORE_FILE_VOCABULARY,
  SCORE_HEADER_ALIASES,
  matchScoreHeader,
} from './score-columns';

describe('matchScoreHeader', () => {
  it.each(
    SCORE_FIELDS.flatMap((field) => SCORE_HEADER_ALIASES[field].map((alias) => [alias, field])),
  )('recognises the alias %s as %s', (alias, field) => {
    expect(matchScoreHeader(alias)).toBe(field);
  });

  it.each([
    ['加　密　号', 'code'],
    ['CODE', 'code'],
    ['Code:', 'code'],
    ['抽签号*', 'code'],
    ['身份证号码（18位）', 'idNumber'],
    ['ID No.', 'idNumber'],
    ['姓 名', 'name'],
    ['成绩（满分100分）', 'points'],
    ['理论成绩*', 'points'],
    ['Score', 'points'],
    ['ＰＯＩＮＴＳ', 'points'],
  ] as const)('normalises %j to %s', (text, field) => {
    expect(matchScoreHeader(text)).toBe(field);
  });

  it.each(['序号', '单位', '备注', '名次', '总分', '成绩1', '实操成绩', ''])(
    'does not recognise %j',
    (text) => {
      expect(matchScoreHeader(text)).toBeNull();
    },
  );
});

describe('SCORE_FILE_VOCABULARY.isHeader', () => {
  it.each([
    [{ code: '加密号', points: '成绩' }, true],
    [{ idNumber: '身份证号', points: '成绩' }, true],
    [{ code: '考号', idNumber: '身份证号', name: '姓名', points: '分数' }, true],
    [{ name: '姓名', points: '成绩' }, false],
    [{ code: '加密号', idNumber: '身份证号' }, false],
    [{}, false],
  ])('%j → %s', (columns, header) => {
    expect(SCORE_FILE_VOCABULARY.isHeader(columns)).toBe(header);
  });
});
