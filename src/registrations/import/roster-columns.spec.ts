import {
  ROSTER_FIELDS,
  ROSTER_HEADER_ALIASES,
  ROSTER_TEMPLATE_HEADERS,
  matchHeader,
  normalizeHeader,
} from './roster-columns';

describe('matchHeader', () => {
  it.each(
    ROSTER_FIELDS.flatMap((field) => ROSTER_HEADER_ALIASES[field].map((alias) => [alias, field])),
  )('recognises the alias %s as %s', (alias, field) => {
    expect(matchHeader(alias)).toBe(field);
  });

  it.each([
    ['姓\u3000名', 'name'],
    [' 姓 名 ', 'name'],
    ['姓名\n', 'name'],
    ['\u200b姓名', 'name'],
    ['姓名*', 'name'],
    ['*姓名', 'name'],
    ['姓名＊', 'name'],
    ['身份证号（必填）', 'idNumber'],
    ['身份证号码(必填)', 'idNumber'],
    ['身份证号码（必填）：', 'idNumber'],
    ['公民身份号码:', 'idNumber'],
    ['ID No.', 'idNumber'],
    ['ＩＤ　Ｎｕｍｂｅｒ', 'idNumber'],
    ['Full Name', 'name'],
    ['UNIT CODE', 'unitCode'],
    ['手机号码 ', 'phone'],
    ['Tel:', 'phone'],
    ['单位名称*', 'unit'],
    ['身份证号码（18位）', 'idNumber'],
    ['性别(男/女)', 'gender'],
    ['手机（选填）', 'phone'],
  ] as const)('normalises %j to %s', (text, field) => {
    expect(matchHeader(text)).toBe(field);
  });

  it.each([
    '序号',
    '备注',
    '',
    '   ',
    '*',
    '姓名身份证号',
    '请填写姓名',
    '出生日期',
    '单位代码2',
    '(姓名)',
  ])('does not recognise %j', (text) => {
    expect(matchHeader(text)).toBeNull();
  });
});

describe('normalizeHeader', () => {
  it('strips stacked decorations in any order', () => {
    expect(normalizeHeader('＊身份证号（必填）＊：')).toBe('身份证号');
  });

  it('keeps characters that carry meaning', () => {
    expect(normalizeHeader('单位(部门)')).toBe('单位(部门)');
  });
});

describe('ROSTER_TEMPLATE_HEADERS', () => {
  it('are in template order and map every field once, 序号 to none', () => {
    expect(ROSTER_TEMPLATE_HEADERS).toEqual([
      '序号',
      '姓名',
      '身份证号',
      '性别',
      '手机',
      '单位',
      '单位代码',
    ]);
    expect(ROSTER_TEMPLATE_HEADERS.map(matchHeader)).toEqual([null, ...ROSTER_FIELDS]);
  });
});
