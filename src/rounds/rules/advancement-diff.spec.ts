import { diffAdvancement } from './advancement-diff';
import { advance } from './advancement.fixtures';

/*
 * Versions of a list: what moved and why. The feeder sends its best 2. Version 1 is computed
 * while its results are only published (公示); an objection then corrects 李娜's practical score,
 * her total becomes 89.00 and she ranks 2nd, and the results become final.
 */
const rule = { mode: 'TOP_N_PER_FEEDER', n: 2 } as const;
const published = `
  feeder | id | name | unit | total | rank
  1      | 1  | 张伟 | 101  | 92.50 | 1
  1      | 2  | 王芳 | 101  | 88.00 | 2
  1      | 3  | 李娜 | 102  | 86.00 | 3
  1      | 4  | 刘洋 | 102  | 80.00 | 4
`;
const corrected = `
  feeder | id | name | unit | total | rank
  1      | 1  | 张伟 | 101  | 92.50 | 1
  1      | 2  | 王芳 | 101  | 88.00 | 3
  1      | 3  | 李娜 | 102  | 89.00 | 2
  1      | 4  | 刘洋 | 102  | 80.00 | 4
`;
const version1 = advance(published, rule, { specs: { 1: { status: 'PUBLISHED' } } });
const version2 = advance(corrected, rule);

describe('diffAdvancement', () => {
  it('a corrected feeder result: who moved in, who moved out, and the list became final', () => {
    const diff = diffAdvancement(version1, version2);
    expect(diff).toMatchObject({
      changed: true,
      provisional: { before: true, after: false },
      movedIn: [3],
      movedOut: [2],
    });
    expect(diff.changes.map((c) => [c.name, c.kind])).toEqual([
      ['王芳', 'MOVED_OUT'],
      ['李娜', 'MOVED_IN'],
    ]);
    const [outOf, into] = diff.changes;
    expect(outOf.before).toMatchObject({ status: 'ADVANCED', rank: 2, total: '88.00' });
    expect(outOf.after).toMatchObject({
      status: 'RESERVE',
      reserveNo: 1,
      rank: 3,
      reason: { code: 'RESERVE_OF_FEEDER', feederContestId: 1, reserveNo: 1 },
    });
    expect(into.before).toMatchObject({ status: 'RESERVE', total: '86.00' });
    expect(into.after).toMatchObject({ status: 'ADVANCED', total: '89.00', rank: 2 });
  });

  it('the same list again is no change, so no new version', () => {
    expect(diffAdvancement(version2, advance(corrected, rule))).toEqual({
      changed: false,
      provisional: null,
      movedIn: [],
      movedOut: [],
      changes: [],
    });
  });

  it('a decline: the decliner out, the reserve in, the next reserve renumbered, places shifted', () => {
    const declined = advance(corrected, rule, {
      declines: [{ registrationId: 1, reason: '身体原因', at: new Date('2026-04-20T00:00:00Z') }],
    });
    const diff = diffAdvancement(version2, declined);
    expect(diff.changes.map((c) => [c.name, c.kind, c.after?.status, c.after?.reserveNo])).toEqual([
      ['张伟', 'MOVED_OUT', 'DECLINED', null],
      ['王芳', 'MOVED_IN', 'ADVANCED', null],
      ['李娜', 'DETAILS_CHANGED', 'ADVANCED', null], // now 1st of those left: place 1
      ['刘洋', 'RESERVE_RENUMBERED', 'RESERVE', 1],
    ]);
    expect(diff.changes[0].after?.reason).toMatchObject({ code: 'DECLINED', reason: '身体原因' });
  });

  it('a confirmation or a corrected total that moves nobody is still a change of details', () => {
    const confirmed = advance(corrected, rule, {
      confirmations: [{ registrationId: 1, at: new Date('2026-04-20T00:00:00Z') }],
    });
    expect(diffAdvancement(version2, confirmed).changes.map((c) => [c.name, c.kind])).toEqual([
      ['张伟', 'DETAILS_CHANGED'],
    ]);
    const fixedTotal = advance(corrected.replace('80.00', '80.50'), rule);
    const diff = diffAdvancement(version2, fixedTotal);
    expect(diff.changes.map((c) => [c.name, c.kind, c.before?.total, c.after?.total])).toEqual([
      ['刘洋', 'DETAILS_CHANGED', '80.00', '80.50'],
    ]);
  });

  it('entrants who appear or leave the feeders: a new registration in the results, one gone', () => {
    const withNewcomer = advance(`${corrected}\n  1 | 5 | 孙丽 | 30 | 70.00 | 5`, rule);
    const added = diffAdvancement(version2, withNewcomer);
    expect(added.changes).toMatchObject([
      { name: '孙丽', kind: 'STATUS_CHANGED', before: null, after: { status: 'RESERVE' } },
    ]);
    const removed = diffAdvancement(withNewcomer, version2);
    expect(removed.changes).toMatchObject([{ name: '孙丽', kind: 'STATUS_CHANGED', after: null }]);
  });

  it('the first version: everyone is new, the advancers moved in', () => {
    const diff = diffAdvancement(null, version2);
    expect(diff.movedIn).toEqual([1, 3]);
    expect(diff.changes).toHaveLength(4);
    expect(diff.provisional).toBeNull();
  });
});
