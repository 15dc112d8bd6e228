import type { AdvancementRule } from './advancement-rule';
import { diffAdvancement } from './advancement-diff';
import { advance, named, outcome, reasonOf, TWO_FEEDERS } from './advancement.fixtures';

/*
 * Declines (弃权) and the confirmation deadline, on one feeder that sends its best 2:
 * ranks 1–2 advance, ranks 3–4 are reserves 1–2. The deadline is 17:00 Beijing time on 10 May,
 * 09:00 UTC.
 */
const feeder = TWO_FEEDERS;
const noDeadline: AdvancementRule = { mode: 'TOP_N_PER_FEEDER', n: 2 };
const rule: AdvancementRule = { ...noDeadline, confirmBy: '2026-05-10T17:00:00+08:00' };
const may = (day: number, utc: string) =>
  new Date(`2026-05-${String(day).padStart(2, '0')}T${utc}Z`);
const before = may(10, '08:59:59');
const after = may(10, '09:00:01');

describe('a decline moves the next reserve of the same feeder up', () => {
  it('王芳 declines: 李娜, reserve 1 of feeder 1, advances; 赵磊 of feeder 2 does not', () => {
    const list = advance(feeder, noDeadline, {
      declines: [{ registrationId: 2, reason: '身体原因', at: may(3, '02:00:00') }],
    });
    expect(outcome(list)).toEqual([
      '张伟 ADVANCED',
      '王芳 DECLINED',
      '李娜 ADVANCED',
      '刘洋 RESERVE 1',
      '陈静 ADVANCED',
      '杨帆 ADVANCED',
      '赵磊 RESERVE 1',
    ]);
    expect(reasonOf(list, '李娜')).toMatchObject({ rank: 3, place: 2 });
  });

  it('the worked example of docs/advancement.md: what the next version says changed', () => {
    const declined = advance(feeder, noDeadline, {
      declines: [{ registrationId: 2, reason: '身体原因', at: may(3, '02:00:00') }],
    });
    const diff = diffAdvancement(advance(feeder, noDeadline), declined);
    expect(diff.changes.map((c) => [c.name, c.kind])).toEqual([
      ['王芳', 'MOVED_OUT'],
      ['李娜', 'MOVED_IN'],
      ['刘洋', 'RESERVE_RENUMBERED'],
    ]);
    const overall = advance(feeder, { mode: 'TOP_N_OVERALL', n: 4 });
    expect(named(overall, 'ADVANCED')).toEqual(['张伟', '王芳', '陈静', '杨帆']);
    expect([reasonOf(overall, '赵磊'), reasonOf(overall, '李娜')]).toEqual([
      { code: 'RESERVE_OVERALL', reserveNo: 1 },
      { code: 'RESERVE_OVERALL', reserveNo: 2 },
    ]);
  });

  it('a reserve who declines leaves the queue; the one behind moves to their number', () => {
    const list = advance(feeder, noDeadline, {
      declines: [{ registrationId: 3, reason: '', at: may(3, '02:00:00') }],
    });
    expect(outcome(list).slice(0, 4)).toEqual([
      '张伟 ADVANCED',
      '王芳 ADVANCED',
      '李娜 DECLINED',
      '刘洋 RESERVE 1',
    ]);
  });

  it('only the first decline of a registration counts', () => {
    const list = advance(feeder, noDeadline, {
      declines: [
        { registrationId: 2, reason: '再次提交', at: may(4, '02:00:00') },
        { registrationId: 2, reason: '身体原因', at: may(3, '02:00:00') },
      ],
    });
    expect(reasonOf(list, '王芳')).toMatchObject({ reason: '身体原因' });
  });

  it('a decline by someone who could not advance anyway changes nothing', () => {
    const table = `${feeder}\n  1 | 8 | 孙丽 | 101 | - | - | absent`;
    const declined = advance(table, noDeadline, {
      declines: [{ registrationId: 8, reason: '', at: may(3, '02:00:00') }],
    });
    expect(declined).toEqual(advance(table, noDeadline));
    expect(reasonOf(declined, '孙丽')).toEqual({ code: 'ABSENT' });
  });
});

describe('the confirmation deadline (confirmBy)', () => {
  const confirmations = [{ registrationId: 1, at: may(9, '12:00:00') }];

  it('before it, advancers who have not confirmed are still advanced', () => {
    const list = advance(feeder, rule, { confirmations, now: before });
    expect(outcome(list).slice(0, 4)).toEqual([
      '张伟 ADVANCED',
      '王芳 ADVANCED',
      '李娜 RESERVE 1',
      '刘洋 RESERVE 2',
    ]);
    expect(list.entries.map((e) => e.confirmed).slice(0, 2)).toEqual([true, false]);
  });

  it('after it, each unconfirmed advancer is declined once and replaced from the same feeder', () => {
    const list = advance(feeder, rule, { confirmations, now: after });
    expect(outcome(list)).toEqual([
      '张伟 ADVANCED',
      '王芳 DECLINED',
      '李娜 ADVANCED', // moved up after the deadline: not asked to confirm in turn
      '刘洋 RESERVE 1',
      '陈静 DECLINED',
      '杨帆 DECLINED',
      '赵磊 ADVANCED', // feeder 2 had no confirmation at all: only its one reserve is left
    ]);
    expect(reasonOf(list, '王芳')).toEqual({
      code: 'NOT_CONFIRMED_IN_TIME',
      confirmBy: '2026-05-10T17:00:00+08:00',
    });
    expect(reasonOf(list, '李娜')).toMatchObject({ code: 'WITHIN_FEEDER_TOP_N', place: 2 });
  });

  it('a confirmation after the deadline is too late', () => {
    const late = [...confirmations, { registrationId: 2, at: may(10, '09:30:00') }];
    const list = advance(feeder, rule, { confirmations: late, now: may(11, '00:00:00') });
    expect(reasonOf(list, '王芳')?.code).toBe('NOT_CONFIRMED_IN_TIME');
  });

  describe('a decline up to the deadline is replaced, even of someone who had confirmed', () => {
    const decisions = (liNa: Date | null) => ({
      confirmations: [
        { registrationId: 1, at: may(9, '12:00:00') },
        { registrationId: 2, at: may(9, '12:00:00') },
        ...(liNa ? [{ registrationId: 3, at: liNa }] : []),
      ],
      declines: [{ registrationId: 1, reason: '另有安排', at: may(10, '08:00:00') }],
      now: after,
    });

    it('李娜 moved up before the deadline and confirmed by it: she keeps the place', () => {
      const list = advance(feeder, rule, decisions(may(10, '08:30:00')));
      expect(outcome(list).slice(0, 4)).toEqual([
        '张伟 DECLINED',
        '王芳 ADVANCED',
        '李娜 ADVANCED',
        '刘洋 RESERVE 1',
      ]);
      expect(reasonOf(list, '张伟')).toMatchObject({ afterDeadline: false });
    });

    it('李娜 moved up before the deadline, so she too had to confirm by it; she did not', () => {
      const list = advance(feeder, rule, decisions(null));
      expect(outcome(list).slice(0, 4)).toEqual([
        '张伟 DECLINED',
        '王芳 ADVANCED',
        '李娜 DECLINED',
        '刘洋 ADVANCED',
      ]);
      expect(reasonOf(list, '李娜')?.code).toBe('NOT_CONFIRMED_IN_TIME');
    });
  });

  it('a decline after the deadline leaves the place empty: nobody moves up any more', () => {
    const list = advance(feeder, rule, {
      confirmations: [
        { registrationId: 1, at: may(9, '12:00:00') },
        { registrationId: 2, at: may(9, '12:00:00') },
        { registrationId: 5, at: may(9, '12:00:00') },
        { registrationId: 6, at: may(9, '12:00:00') },
      ],
      declines: [
        { registrationId: 2, reason: '临时出差', at: may(12, '01:00:00') },
        { registrationId: 3, reason: '', at: may(12, '01:00:00') },
      ],
      now: may(12, '02:00:00'),
    });
    expect(outcome(list).slice(0, 4)).toEqual([
      '张伟 ADVANCED',
      '王芳 DECLINED',
      '李娜 DECLINED',
      '刘洋 RESERVE 1', // the reserve queue closes up, but its place never comes
    ]);
    expect(reasonOf(list, '王芳')).toMatchObject({ code: 'DECLINED', afterDeadline: true });
    expect(named(list, 'ADVANCED')).toEqual(['张伟', '陈静', '杨帆']);
  });

  it('a decline or a confirmation at the very instant of the deadline is in time', () => {
    const atDeadline = may(10, '09:00:00');
    const list = advance(feeder, rule, {
      confirmations: [
        { registrationId: 1, at: atDeadline },
        { registrationId: 3, at: atDeadline },
      ],
      declines: [{ registrationId: 2, reason: '', at: atDeadline }],
      now: after,
    });
    expect(outcome(list).slice(0, 4)).toEqual([
      '张伟 ADVANCED',
      '王芳 DECLINED',
      '李娜 ADVANCED',
      '刘洋 RESERVE 1',
    ]);
    expect(reasonOf(list, '王芳')).toMatchObject({ code: 'DECLINED', afterDeadline: false });
  });

  it('a replacement after the deadline who declines in turn is not replaced', () => {
    const list = advance(feeder, rule, {
      confirmations,
      declines: [{ registrationId: 3, reason: '', at: may(11, '00:00:00') }],
      now: may(11, '01:00:00'),
    });
    expect(outcome(list).slice(0, 4)).toEqual([
      '张伟 ADVANCED',
      '王芳 DECLINED',
      '李娜 DECLINED',
      '刘洋 RESERVE 1',
    ]);
  });
});
