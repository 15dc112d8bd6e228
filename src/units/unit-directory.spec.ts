import { UnitDirectory, UnitLookup } from './unit-directory';
import type { Unit } from './unit.entity';

const CREATED = new Date('2024-03-01T00:00:00Z');

function unit(id: number, code: string, name: string, parent: Unit | null): Unit {
  return {
    id,
    code,
    name,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    depth: parent ? parent.depth + 1 : 0,
    createdAt: CREATED,
  };
}

/*
 * A small city:
 *   /1/        阜新市总工会 (FX)
 *   /1/4/        海州区总工会 (HZ)
 *   /1/4/9/        阜新矿业集团工会 (FXKY)
 *   /1/4/12/       机关工会 (HZ-JG)
 *   /1/41/       太平区总工会 (TP): its path starts with the text "/1/4" but it is not below 4
 *   /1/5/        细河区总工会 (xh_02, stored in lower case)
 *   /1/5/13/       机关工会 (XH-JG): the same name as 12
 *   /1/5/14/       ABC 物流公司工会 (ABC)
 *   /11/       彰武县总工会 (ZW): its path starts with the text "/1" but it is not below 1
 */
const federation = unit(1, 'FX', '阜新市总工会', null);
const haizhou = unit(4, 'HZ', '海州区总工会', federation);
const mining = unit(9, 'FXKY', '阜新矿业集团工会', haizhou);
const haizhouOffice = unit(12, 'HZ-JG', '机关工会', haizhou);
const taiping = unit(41, 'TP', '太平区总工会', federation);
const xihe = unit(5, 'xh_02', '细河区总工会', federation);
const xiheOffice = unit(13, 'XH-JG', '机关工会', xihe);
const logistics = unit(14, 'ABC', 'ABC 物流公司工会', xihe);
const zhangwu = unit(11, 'ZW', '彰武县总工会', null);

const ALL = [
  federation,
  haizhou,
  mining,
  haizhouOffice,
  taiping,
  xihe,
  xiheOffice,
  logistics,
  zhangwu,
];
const directory = new UnitDirectory(ALL);

const HAN = /\p{Script=Han}/u;

function found(code: string | null, name: string | null): Unit {
  const result = directory.resolve({ code, name });
  if (!result?.ok) throw new Error(`expected a unit, got ${JSON.stringify(result)}`);
  return result.unit;
}

function refused(code: string | null, name: string | null): Extract<UnitLookup, { ok: false }> {
  const result = directory.resolve({ code, name });
  if (result === null || result.ok) {
    throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  }
  return result;
}

describe('UnitDirectory: the units themselves', () => {
  it('builds the fixture paths the way the repository does', () => {
    expect(mining.path).toBe('/1/4/9/');
    expect(mining.depth).toBe(2);
    expect(zhangwu.path).toBe('/11/');
  });

  it('gets a unit by id', () => {
    expect(directory.get(9)).toBe(mining);
    expect(directory.get(11)).toBe(zhangwu);
  });

  it('gets nothing for an unknown id', () => {
    expect(directory.get(999)).toBeUndefined();
  });
});

describe('UnitDirectory.resolve: by code', () => {
  it('finds the unit by its exact code', () => {
    expect(found('FXKY', null)).toBe(mining);
  });

  it.each([
    ['lower case', 'fxky'],
    ['mixed case', 'FxKy'],
    ['surrounding spaces', '  FXKY  '],
    ['a tab and a newline', '\tFXKY\n'],
    ['full-width spaces around it', '\u3000FXKY\u3000'],
    ['a non-breaking space', '\u00A0FXKY'],
    ['full-width capitals (NFKC)', 'ＦＸＫＹ'],
    ['full-width lower case', 'ｆｘｋｙ'],
    ['a zero-width space inside', 'FX\u200BKY'],
  ])('matches a code typed with %s', (_label, code) => {
    expect(found(code, null)).toBe(mining);
  });

  it('matches a code with a full-width hyphen', () => {
    expect(found('ＨＺ－ＪＧ', null)).toBe(haizhouOffice);
  });

  it('matches a code stored in lower case when typed in upper case', () => {
    expect(found('XH_02', null)).toBe(xihe);
    expect(found('xh_02', null)).toBe(xihe);
  });

  it('does not match a code by prefix or by a longer code', () => {
    expect(refused('FXK', null).code).toBe('UNIT_UNKNOWN');
    expect(refused('FXKY1', null).code).toBe('UNIT_UNKNOWN');
  });

  it('reports an unknown code at unitCode, naming the code in both languages', () => {
    const result = refused('FX-9999', null);
    expect(result).toEqual({
      ok: false,
      field: 'unitCode',
      code: 'UNIT_UNKNOWN',
      message: 'No unit has the code "FX-9999"',
      messageZh: '单位代码“FX-9999”不存在',
    });
    expect(result.messageZh).toMatch(HAN);
  });

  it('reports an unknown code at unitCode even when the name alone would match', () => {
    const result = refused('NOPE', '阜新矿业集团工会');
    expect([result.field, result.code]).toEqual(['unitCode', 'UNIT_UNKNOWN']);
  });

  it('knows no code in an empty directory', () => {
    const result = new UnitDirectory([]).resolve({ code: 'FX', name: null });
    expect(result).toMatchObject({ ok: false, field: 'unitCode', code: 'UNIT_UNKNOWN' });
  });

  it('finds a unit by code even when another unit shares its name', () => {
    expect(found('XH-JG', null)).toBe(xiheOffice);
    expect(found('HZ-JG', null)).toBe(haizhouOffice);
  });
});

describe('UnitDirectory.resolve: by name', () => {
  it('finds the unit by its exact name', () => {
    expect(found(null, '阜新矿业集团工会')).toBe(mining);
  });

  it.each([
    ['surrounding spaces', '  阜新矿业集团工会 '],
    ['full-width spaces around it', '\u3000阜新矿业集团工会\u3000'],
    ['a zero-width space inside', '阜新矿业\u200B集团工会'],
    ['a trailing newline (Alt+Enter in Excel)', '阜新矿业集团工会\n'],
  ])('matches a name typed with %s', (_label, name) => {
    expect(found(null, name)).toBe(mining);
  });

  it('matches a name with a full-width space inside where the stored name has a plain one', () => {
    expect(found(null, 'ABC\u3000物流公司工会')).toBe(logistics);
  });

  it('matches a name with full-width letters (NFKC)', () => {
    expect(found(null, 'ＡＢＣ 物流公司工会')).toBe(logistics);
  });

  it('collapses several spaces inside a name into one', () => {
    expect(found(null, 'ABC   物流公司工会')).toBe(logistics);
  });

  it('does not match a name with the inner space removed (names are exact)', () => {
    expect(refused(null, 'ABC物流公司工会').code).toBe('UNIT_UNKNOWN');
  });

  it('does not match part of a name', () => {
    expect(refused(null, '阜新矿业').code).toBe('UNIT_UNKNOWN');
  });

  it('treats an empty code as absent and resolves by name', () => {
    expect(found('', '阜新矿业集团工会')).toBe(mining);
    expect(found('   ', '阜新矿业集团工会')).toBe(mining);
    expect(found('\u3000', '阜新矿业集团工会')).toBe(mining);
  });

  it('reports an unknown name at unit, naming it in both languages', () => {
    const result = refused(null, '阜新市第九建筑公司工会');
    expect([result.field, result.code]).toEqual(['unit', 'UNIT_UNKNOWN']);
    expect(result.message).toContain('"阜新市第九建筑公司工会"');
    expect(result.message).toContain('unit code');
    expect(result.messageZh).toBe(
      '没有名为“阜新市第九建筑公司工会”的单位，请填写完整准确的单位名称或单位代码',
    );
  });

  it('refuses a name two units share and asks for the code', () => {
    const result = refused(null, '机关工会');
    expect(result).toEqual({
      ok: false,
      field: 'unit',
      code: 'UNIT_AMBIGUOUS',
      message: '2 units are named "机关工会"; give the unit code instead',
      messageZh: '有2个单位名为“机关工会”，请填写单位代码',
    });
    expect(result.messageZh).toMatch(HAN);
  });

  it('counts a shared name as ambiguous when it was stored with different blanks', () => {
    const units = [
      unit(1, 'A', '机关工会', null),
      unit(2, 'B', ' 机关\u3000工会', null),
      unit(3, 'C', '机关 工会', null),
    ];
    const result = new UnitDirectory(units).resolve({ code: null, name: '机关 工会' });
    expect(result).toMatchObject({ ok: false, code: 'UNIT_AMBIGUOUS' });
    expect(result?.ok === false && result.message).toMatch(/^2 units/);
  });

  it('resolves a shared name once the code is given with it', () => {
    expect(found('XH-JG', '机关工会')).toBe(xiheOffice);
  });
});

describe('UnitDirectory.resolve: code and name together', () => {
  it('accepts a code and name that agree', () => {
    expect(found('FXKY', '阜新矿业集团工会')).toBe(mining);
  });

  it('accepts them when they agree after clean-up on both sides', () => {
    expect(found(' ｆｘｋｙ ', '\u3000阜新矿业集团工会 ')).toBe(mining);
    expect(found('abc', 'ＡＢＣ\u3000物流公司工会')).toBe(logistics);
  });

  it('refuses a code and name that disagree, naming both units in both languages', () => {
    const result = refused('FXKY', '海州区总工会');
    expect(result).toEqual({
      ok: false,
      field: 'unit',
      code: 'UNIT_CODE_NAME_MISMATCH',
      message: 'Unit code "FXKY" belongs to "阜新矿业集团工会", not "海州区总工会"',
      messageZh: '单位代码“FXKY”对应的单位是“阜新矿业集团工会”，与“海州区总工会”不符',
    });
    expect(result.messageZh).toMatch(HAN);
  });

  it('refuses a name that only resembles the unit of the code', () => {
    expect(refused('FXKY', '阜新矿业集团').code).toBe('UNIT_CODE_NAME_MISMATCH');
  });

  it('takes the code alone when the name cell is blank', () => {
    expect(found('FXKY', '')).toBe(mining);
    expect(found('FXKY', ' \u3000 ')).toBe(mining);
  });
});

describe('UnitDirectory.resolve: nothing given', () => {
  it.each<[string, string | null, string | null]>([
    ['both null', null, null],
    ['both empty', '', ''],
    ['both blank', '  ', '\u3000'],
    ['only zero-width characters', '\u200B', '\uFEFF'],
  ])('gives null for %s', (_label, code, name) => {
    expect(directory.resolve({ code, name })).toBeNull();
  });
});

describe('UnitDirectory.inScope', () => {
  it.each<[string, boolean, Unit, Unit]>([
    ['the scope unit itself', true, haizhou, haizhou],
    ['a child', true, mining, haizhou],
    ['a grandchild', true, mining, federation],
    ['every unit of the tree under the root', true, xiheOffice, federation],
    ['a sibling', false, xihe, haizhou],
    ["a sibling's child", false, xiheOffice, haizhou],
    ['the parent', false, federation, haizhou],
    ['another root', false, zhangwu, federation],
    ['/11/ under /1/ (a shared text prefix only)', false, zhangwu, federation],
    ['/1/41/ under /1/4/ (a shared text prefix only)', false, taiping, haizhou],
    ['/1/ under /11/', false, federation, zhangwu],
  ])('%s: %p', (_label, expected, member, scope) => {
    expect(directory.inScope(member.id, scope)).toBe(expected);
  });

  it('is false for an id the directory does not know', () => {
    expect(directory.inScope(999, federation)).toBe(false);
  });

  it('judges by the path of the scope it is given, not by a directory entry', () => {
    const scope: Unit = { ...haizhou };
    expect(directory.inScope(mining.id, scope)).toBe(true);
    expect(directory.inScope(taiping.id, scope)).toBe(false);
  });
});
