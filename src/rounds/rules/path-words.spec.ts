import { pathReasonEn, pathReasonZh, roundNameZh, type PathNames } from './path-words';

const names: PathNames = {
  feederZh: (id) => (id === 1 ? '海州区初赛' : '连云区初赛'),
  feederEn: (id) => (id === 1 ? 'Haizhou preliminary' : 'Lianyun preliminary'),
  unit: () => '海州区总工会',
};

describe('the words of a worker path', () => {
  it('words an advancer of a per-feeder rule from the facts', () => {
    const reason = {
      code: 'WITHIN_FEEDER_TOP_N',
      feederContestId: 1,
      rank: 3,
      place: 3,
      n: 3,
      tiedAtCut: false,
    } as const;
    expect(pathReasonZh(reason, names)).toBe('海州区初赛第3名，每个赛区前3名晋级');
    expect(pathReasonEn(reason, names)).toBe(
      'Rank 3 in the Haizhou preliminary; the best 3 of each advance',
    );
  });

  it('words a reserve with its number', () => {
    expect(pathReasonZh({ code: 'RESERVE_OVERALL', reserveNo: 1 }, names)).toBe('递补第1名');
    expect(
      pathReasonZh({ code: 'RESERVE_OF_FEEDER', feederContestId: 2, reserveNo: 2 }, names),
    ).toBe('连云区初赛递补第2名');
  });

  it('words a decline and the conditions', () => {
    expect(
      pathReasonZh({ code: 'DECLINED', reason: '身体原因', at: '', afterDeadline: false }, names),
    ).toBe('已放弃晋级');
    expect(
      pathReasonZh({ code: 'BELOW_MIN_TOTAL', total: '58.50', minTotal: '60.00' }, names),
    ).toBe('总分58.50低于晋级最低分60.00');
  });

  it('names the rounds', () => {
    expect([roundNameZh(1, 2), roundNameZh(2, 2), roundNameZh(2, 3), roundNameZh(1, 1)]).toEqual([
      '初赛',
      '决赛',
      '复赛',
      '初赛',
    ]);
  });
});
