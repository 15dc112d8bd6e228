import type { AdvancementChange, AdvancementReason } from '../../web/src/api/types';
import {
  changeKindWords,
  changeWords,
  chinaTime,
  reasonWords,
  statusTagType,
  statusWords,
  type ReasonNames,
} from '../../web/src/pages/organizer/contest/advancement/reason-words';

/*
 * The advancement list's reasons as the organizer's and the public's pages word them
 * (docs/advancement.md "Reasons"), with the worked example's two district preliminaries.
 */
const names: ReasonNames = {
  feeder: (id) => ({ 11: '海州区初赛', 12: '连云区初赛' })[id] ?? `#${id}`,
  unit: (id) => ({ 5: '海州区总工会', 6: '灌云县总工会' })[id] ?? `#${id}`,
};
const zh = (reason: AdvancementReason) => reasonWords(reason, 'zh-CN', names);
const en = (reason: AdvancementReason) => reasonWords(reason, 'en', names);

describe('an advancement reason in words', () => {
  it('words a place within a feeder’s top n, and a place moved up after a decline', () => {
    const third = {
      code: 'WITHIN_FEEDER_TOP_N',
      feederContestId: 11,
      rank: 3,
      place: 3,
      n: 3,
      tiedAtCut: false,
    } as const;
    expect(zh(third)).toBe('海州区初赛第3名，前3名晋级');
    expect(en(third)).toBe('Rank 3 in 海州区初赛; the top 3 advance');
    const movedUp = { ...third, rank: 3, place: 2, n: 2 };
    expect(zh(movedUp)).toBe('海州区初赛第3名，顺延为第2位，前2名晋级');
    expect(en(movedUp)).toBe('Rank 3 in 海州区初赛, moved up to 2nd; the top 2 advance');
    expect(zh({ ...third, tiedAtCut: true })).toBe(
      '海州区初赛第3名，前3名晋级（并列于截止名次，一并晋级）',
    );
    expect(en({ ...third, tiedAtCut: true })).toContain('tied at the cut');
  });

  it('words the reserves of each kind of line with their number', () => {
    expect(zh({ code: 'RESERVE_OF_FEEDER', feederContestId: 11, reserveNo: 1 })).toBe(
      '海州区初赛递补第1名',
    );
    expect(en({ code: 'RESERVE_OF_FEEDER', feederContestId: 12, reserveNo: 2 })).toBe(
      'Reserve 2 of 连云区初赛',
    );
    expect(zh({ code: 'RESERVE_OF_UNIT', unitId: 5, reserveNo: 2, poolReserveNo: 4 })).toBe(
      '海州区总工会递补第2名；补充名额递补第4名',
    );
    expect(zh({ code: 'RESERVE_OF_UNIT', unitId: 5, reserveNo: 2, poolReserveNo: null })).toBe(
      '海州区总工会递补第2名',
    );
    expect(zh({ code: 'RESERVE_OF_POOL', reserveNo: 3 })).toBe('所在单位无名额，补充名额递补第3名');
    expect(zh({ code: 'RESERVE_OVERALL', reserveNo: 1 })).toBe('递补第1名');
    expect(en({ code: 'RESERVE_OVERALL', reserveNo: 1 })).toBe('Reserve 1');
  });

  it('words the places of unit quotas, the pool and the overall modes', () => {
    expect(zh({ code: 'QUOTA_OF_UNIT', unitId: 5, place: 2, places: 3, tiedAtCut: false })).toBe(
      '海州区总工会名额3个，单位内第2位，晋级',
    );
    expect(en({ code: 'QUOTA_OF_UNIT', unitId: 5, place: 2, places: 3, tiedAtCut: false })).toBe(
      '2nd of 海州区总工会, which has 3 places',
    );
    expect(zh({ code: 'POOL_REFILL', place: 1, places: 2, tiedAtCut: false })).toBe(
      '各单位未用名额2个补充晋级，总分列第1位',
    );
    expect(zh({ code: 'WITHIN_TOP_N_OVERALL', place: 4, n: 4, tiedAtCut: false })).toBe(
      '总排名第4位，前4名晋级',
    );
    expect(en({ code: 'WITHIN_TOP_N_OVERALL', place: 11, n: 12, tiedAtCut: false })).toBe(
      '11th overall; the top 12 advance',
    );
    const percent = {
      code: 'WITHIN_TOP_PERCENT',
      place: 2,
      places: 2,
      percent: '10.00',
      field: 25,
      tiedAtCut: false,
    } as const;
    expect(zh(percent)).toBe('总排名第2位，前10.00%晋级（25人中取2名）');
    expect(en(percent)).toBe('2nd overall; the top 10.00% advance (2 of 25)');
  });

  it('words a tie at the cut that nobody of takes', () => {
    const tie = {
      code: 'TIE_AT_CUT_EXCLUDED',
      line: { kind: 'FEEDER', feederContestId: 11 },
      place: 3,
      places: 3,
      tied: 2,
      reserveNo: 1,
    } as const;
    expect(zh(tie)).toBe('并列第3名超出名额，均不晋级（海州区初赛2人并列，名额3个）；递补第1名');
    expect(en(tie)).toBe(
      'Tied 3rd beyond the places: none of them advance (2 tied in 海州区初赛, 3 places); reserve 1',
    );
    expect(zh({ ...tie, line: { kind: 'OVERALL' } })).toContain('全部选拔赛2人并列');
  });

  it('words declines, the deadline and the ineligible', () => {
    const declined = {
      code: 'DECLINED',
      reason: '身体原因',
      at: '2026-05-01T02:00:00.000Z',
    } as const;
    expect(zh({ ...declined, afterDeadline: false })).toBe('弃权：身体原因');
    expect(zh({ ...declined, afterDeadline: true })).toBe(
      '弃权：身体原因（确认截止后弃权，名额不再递补）',
    );
    expect(en({ ...declined, afterDeadline: false })).toBe('Declined: 身体原因');
    // The deadline in China time, whatever the zone it was sent in.
    const late = { code: 'NOT_CONFIRMED_IN_TIME', confirmBy: '2026-05-10T09:00:00.000Z' } as const;
    expect(zh(late)).toBe('未在截止时间前确认（2026-05-10 17:00），视为弃权');
    expect(en(late)).toContain('(2026-05-10 17:00)');
    expect(zh({ code: 'GUEST' })).toBe('外单位选手（不参与评奖），不参与晋级');
    expect(zh({ code: 'ABSENT' })).toBe('缺考，不具备晋级资格');
    expect(zh({ code: 'DISQUALIFIED' })).toBe('被取消比赛资格，不具备晋级资格');
    expect(zh({ code: 'BELOW_MIN_TOTAL', total: '58.50', minTotal: '60.00' })).toBe(
      '总分58.50低于晋级最低分60.00',
    );
    expect(en({ code: 'BELOW_MIN_TOTAL', total: '58.50', minTotal: '60.00' })).toBe(
      'Total 58.50 is below the minimum of 60.00',
    );
    expect(zh({ code: 'PART_NOT_PASSED' })).toBe('有比赛模块未达及格线，不具备晋级资格');
    expect(zh({ code: 'NO_QUOTA_FOR_UNIT' })).toBe('所在单位没有晋级名额');
    const elsewhere = {
      code: 'ADVANCED_ELSEWHERE',
      registrationId: 7,
      feederContestId: 12,
    } as unknown as AdvancementReason;
    expect(zh(elsewhere)).toBe('已从连云区初赛晋级，同一选手只占一个名额');
    expect(en(elsewhere)).toBe('Advances from 连云区初赛: one place per worker');
  });

  it('words every code in both languages, never empty', () => {
    const codes: AdvancementReason['code'][] = [
      'WITHIN_FEEDER_TOP_N',
      'QUOTA_OF_UNIT',
      'POOL_REFILL',
      'WITHIN_TOP_N_OVERALL',
      'WITHIN_TOP_PERCENT',
      'RESERVE_OF_FEEDER',
      'RESERVE_OF_UNIT',
      'RESERVE_OF_POOL',
      'RESERVE_OVERALL',
      'TIE_AT_CUT_EXCLUDED',
      'DECLINED',
      'NOT_CONFIRMED_IN_TIME',
      'GUEST',
      'ABSENT',
      'DISQUALIFIED',
      'BELOW_MIN_TOTAL',
      'PART_NOT_PASSED',
      'NO_QUOTA_FOR_UNIT',
    ];
    for (const code of codes) {
      expect(zh({ code }).length).toBeGreaterThan(2);
      expect(en({ code }).length).toBeGreaterThan(2);
      expect(en({ code })).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('a status and a change in words', () => {
  it('words the status tag', () => {
    expect(statusWords({ status: 'ADVANCED' }, 'zh-CN')).toBe('晋级');
    expect(statusWords({ status: 'RESERVE', reserveNo: 1 }, 'zh-CN')).toBe('递补 1');
    expect(statusWords({ status: 'RESERVE', reserveNo: 2 }, 'en')).toBe('Reserve 2');
    expect(statusWords({ status: 'DECLINED' }, 'zh-CN')).toBe('弃权');
    expect(statusWords({ status: 'NOT_ELIGIBLE' }, 'zh-CN')).toBe('不具备资格');
    expect(statusTagType('ADVANCED')).toBe('success');
    expect(statusTagType('RESERVE')).toBe('warning');
    expect(changeKindWords('MOVED_IN', 'zh-CN')).toBe('晋级');
    expect(changeKindWords('RESERVE_RENUMBERED', 'en')).toBe('Reserve renumbered');
  });

  it('says what moved and why: the worked example’s decline', () => {
    const state = (
      status: 'ADVANCED' | 'RESERVE' | 'DECLINED',
      reason: AdvancementReason,
      reserveNo: number | null = null,
    ) => ({ status, reserveNo, total: '85.25', rank: 3, confirmed: false, reason });
    const moved: AdvancementChange = {
      registrationId: 3,
      name: '李娜',
      feederContestId: 11,
      kind: 'MOVED_IN',
      before: state('RESERVE', { code: 'RESERVE_OF_FEEDER', feederContestId: 11, reserveNo: 1 }, 1),
      after: state('ADVANCED', {
        code: 'WITHIN_FEEDER_TOP_N',
        feederContestId: 11,
        rank: 3,
        place: 2,
        n: 2,
        tiedAtCut: false,
      }),
    };
    expect(changeWords(moved, 'zh-CN', names)).toBe(
      '李娜：递补 1 → 晋级（海州区初赛第3名，顺延为第2位，前2名晋级）',
    );
    expect(changeWords(moved, 'en', names)).toBe(
      '李娜: Reserve 1 → Advanced (Rank 3 in 海州区初赛, moved up to 2nd; the top 2 advance)',
    );
    const out: AdvancementChange = {
      ...moved,
      name: '王芳',
      kind: 'MOVED_OUT',
      before: moved.after,
      after: state('DECLINED', {
        code: 'DECLINED',
        reason: '身体原因',
        at: '2026-05-01T02:00:00.000Z',
        afterDeadline: false,
      }),
    };
    expect(changeWords(out, 'zh-CN', names)).toBe('王芳：晋级 → 弃权（弃权：身体原因）');
    // Version 1: nobody was listed before.
    expect(changeWords({ ...moved, before: null }, 'zh-CN', names)).toBe(
      '李娜：晋级（海州区初赛第3名，顺延为第2位，前2名晋级）',
    );
    // A confirmation keeps the status and is said after it.
    const confirmed: AdvancementChange = {
      ...moved,
      kind: 'DETAILS_CHANGED',
      before: moved.after,
      after: { ...moved.after!, confirmed: true },
    };
    expect(changeWords(confirmed, 'zh-CN', names)).toBe(
      '李娜：晋级 → 晋级，已确认（海州区初赛第3名，顺延为第2位，前2名晋级）',
    );
    expect(changeWords(confirmed, 'en', names)).toBe(
      '李娜: Advanced → Advanced, confirmed (Rank 3 in 海州区初赛, moved up to 2nd; the top 2 advance)',
    );
  });
});

describe('the deadline in China time', () => {
  it('shows an instant as the organizers set it, and leaves a bad one as it came', () => {
    expect(chinaTime('2026-05-10T17:00:00+08:00')).toBe('2026-05-10 17:00');
    expect(chinaTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
    expect(chinaTime('soon')).toBe('soon');
  });
});
