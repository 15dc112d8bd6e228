import type { AdvancementRule } from './advancement-rule';
import { advance, named, outcome, reasonOf } from './advancement.fixtures';

/*
 * QUOTA_PER_UNIT (各单位名额): 海州区 (10) has 2 places, 连云区 (20) 1, 灌云县 (30) 1. A unit's
 * quota counts its own entrants and those of the units below it (海州机械厂 101 and 海州电厂 102
 * count for 海州区), across both feeders. 周敏 is entered by the federation itself (1), which has
 * no quota, and nobody from 灌云县 entered, so its place is unused.
 */
const field = `
  feeder | id | name | unit | total | rank | notes
  1      | 1  | 张伟 | 101  | 95.00 | 1    |
  1      | 2  | 王芳 | 102  | 91.00 | 2    |
  1      | 3  | 李娜 | 101  | 89.00 | 3    |
  1      | 4  | 周敏 | 1    | 88.50 | 4    |
  2      | 5  | 陈静 | 201  | 90.00 | 1    |
  2      | 6  | 杨帆 | 20   | 86.00 | 2    |
`;
const quotas = [
  { unitId: 10, places: 2 },
  { unitId: 20, places: 1 },
  { unitId: 30, places: 1 },
];
const refill: AdvancementRule = { mode: 'QUOTA_PER_UNIT', quotas, pool: 'REFILL' };
const none: AdvancementRule = { mode: 'QUOTA_PER_UNIT', quotas, pool: 'NONE' };

describe('QUOTA_PER_UNIT with REFILL (the default): unused places go to the best remaining', () => {
  it('灌云县 sends nobody, so its place goes to the best total left: 李娜 (89.00)', () => {
    const list = advance(field, { mode: 'QUOTA_PER_UNIT', quotas });
    expect(outcome(list)).toEqual([
      '张伟 ADVANCED',
      '王芳 ADVANCED',
      '李娜 ADVANCED',
      '周敏 RESERVE 1',
      '陈静 ADVANCED',
      '杨帆 RESERVE 1',
    ]);
    expect(reasonOf(list, '王芳')).toEqual({
      code: 'QUOTA_OF_UNIT',
      unitId: 10,
      place: 2,
      places: 2,
      tiedAtCut: false,
    });
    expect(reasonOf(list, '李娜')).toEqual({
      code: 'POOL_REFILL',
      place: 1,
      places: 1,
      tiedAtCut: false,
    });
    // 周敏 waits for the pool only; 杨帆 first for 连云区, and second in the pool.
    expect(reasonOf(list, '周敏')).toEqual({ code: 'RESERVE_OF_POOL', reserveNo: 1 });
    expect(reasonOf(list, '杨帆')).toEqual({
      code: 'RESERVE_OF_UNIT',
      unitId: 20,
      reserveNo: 1,
      poolReserveNo: 2,
    });
  });

  it('is the same with the pool named', () => {
    expect(advance(field, refill)).toEqual(advance(field, { mode: 'QUOTA_PER_UNIT', quotas }));
  });
});

describe('QUOTA_PER_UNIT with NONE: unused places stay empty', () => {
  it('three advance for four places; nobody outside the named units can ever advance', () => {
    const list = advance(field, none);
    expect(outcome(list)).toEqual([
      '张伟 ADVANCED',
      '王芳 ADVANCED',
      '李娜 RESERVE 1',
      '周敏 NOT_ELIGIBLE',
      '陈静 ADVANCED',
      '杨帆 RESERVE 1',
    ]);
    expect(reasonOf(list, '李娜')).toEqual({
      code: 'RESERVE_OF_UNIT',
      unitId: 10,
      reserveNo: 1,
      poolReserveNo: null,
    });
    expect(reasonOf(list, '周敏')).toEqual({ code: 'NO_QUOTA_FOR_UNIT' });
  });
});

describe('QUOTA_PER_UNIT: a decline moves up the next of the same unit', () => {
  const at = new Date('2026-04-20T08:00:00Z');

  it('陈静 (连云区) declines: 杨帆 of 连云区 moves up, not 周敏 with the higher total', () => {
    const list = advance(field, refill, {
      declines: [{ registrationId: 5, reason: '工作安排冲突', at }],
    });
    expect(outcome(list)).toEqual([
      '张伟 ADVANCED',
      '王芳 ADVANCED',
      '李娜 ADVANCED',
      '周敏 RESERVE 1',
      '陈静 DECLINED',
      '杨帆 ADVANCED',
    ]);
    expect(reasonOf(list, '杨帆')).toMatchObject({ code: 'QUOTA_OF_UNIT', unitId: 20 });
    expect(reasonOf(list, '陈静')).toEqual({
      code: 'DECLINED',
      reason: '工作安排冲突',
      at: '2026-04-20T08:00:00.000Z',
      afterDeadline: false,
    });
  });

  it('张伟 (海州区) declines: 李娜 takes 海州区’s place, and the pool place passes to 周敏', () => {
    const list = advance(field, refill, { declines: [{ registrationId: 1, reason: '', at }] });
    expect(named(list, 'ADVANCED')).toEqual(['王芳', '李娜', '周敏', '陈静']);
    expect(reasonOf(list, '李娜')).toMatchObject({ code: 'QUOTA_OF_UNIT', unitId: 10 });
    expect(reasonOf(list, '周敏')).toMatchObject({ code: 'POOL_REFILL' });
  });

  it('a unit with no one left gives the declined place to the pool (REFILL) or leaves it (NONE)', () => {
    const declines = [
      { registrationId: 5, reason: '', at },
      { registrationId: 6, reason: '', at },
    ];
    expect(named(advance(field, refill, { declines }), 'ADVANCED')).toEqual([
      '张伟',
      '王芳',
      '李娜',
      '周敏',
    ]);
    expect(named(advance(field, none, { declines }), 'ADVANCED')).toEqual(['张伟', '王芳']);
  });
});

describe('QUOTA_PER_UNIT: ties inside a unit, across feeders', () => {
  // 王芳 (feeder 1) and 李娜 (feeder 2) both total 88.00 for 海州区's second place; 周敏, of the
  // federation itself (no quota), has 89.00 and waits for the pool.
  const tied = (wang: string, li: string) => `
    feeder | id | name | unit | total | rank | notes
    1      | 1  | 张伟 | 101  | 95.00 | 1    |
    1      | 4  | 周敏 | 1    | 89.00 | 2    |
    1      | 2  | 王芳 | 102  | 88.00 | 3    | ${wang}
    2      | 3  | 李娜 | 101  | 88.00 | 1    | ${li}
    2      | 5  | 陈静 | 201  | 70.00 | 2    |
  `;
  const rule = (tiesAtCut: 'INCLUDE_ALL' | 'EXCLUDE_ALL'): AdvancementRule => ({
    mode: 'QUOTA_PER_UNIT',
    quotas: [
      { unitId: 10, places: 2 },
      { unitId: 20, places: 1 },
    ],
    tiesAtCut,
  });

  it('the tie-break keys decide first: 62 beats 60 on the practical part', () => {
    const list = advance(tied('practical=60', 'practical=62'), rule('EXCLUDE_ALL'));
    expect(named(list, 'ADVANCED')).toEqual(['张伟', '李娜', '陈静']);
    expect(reasonOf(list, '王芳')).toEqual({
      code: 'RESERVE_OF_UNIT',
      unitId: 10,
      reserveNo: 1,
      poolReserveNo: 2, // behind 周敏 in the pool, which has no place to give
    });
  });

  const full = tied('practical=60 time=3000', 'practical=60 time=3000');

  it('a full tie with INCLUDE_ALL: both go, three from 海州区 for its two places', () => {
    const list = advance(full, rule('INCLUDE_ALL'));
    expect(named(list, 'ADVANCED')).toEqual(['张伟', '王芳', '李娜', '陈静']);
    expect(reasonOf(list, '李娜')).toMatchObject({ place: 2, places: 2, tiedAtCut: true });
  });

  it('a full tie with EXCLUDE_ALL: neither goes, and the empty place is not the pool’s to give', () => {
    const list = advance(full, rule('EXCLUDE_ALL'));
    expect(named(list, 'ADVANCED')).toEqual(['张伟', '陈静']);
    expect(reasonOf(list, '王芳')).toEqual({
      code: 'TIE_AT_CUT_EXCLUDED',
      line: { kind: 'UNIT', unitId: 10 },
      place: 2,
      places: 2,
      tied: 2,
      reserveNo: 1,
    });
    expect(reasonOf(list, '周敏')).toEqual({ code: 'RESERVE_OF_POOL', reserveNo: 1 });
  });

  it('then 张伟 declines: the tie fits the two places, and the pool still has none', () => {
    const list = advance(full, rule('EXCLUDE_ALL'), {
      declines: [{ registrationId: 1, reason: '', at: new Date('2026-04-20T00:00:00Z') }],
    });
    expect(named(list, 'ADVANCED')).toEqual(['王芳', '李娜', '陈静']);
    expect(reasonOf(list, '周敏')).toEqual({ code: 'RESERVE_OF_POOL', reserveNo: 1 });
  });
});
