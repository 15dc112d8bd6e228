import { checkGrants, checkReport, formatFen, MAX_GRANT_FEN, readYuan } from './grants.rules';

describe('readYuan: an amount in yuan, exactly into fen', () => {
  it.each([
    ['12345.60', 1_234_560],
    [12345.6, 1_234_560],
    ['0.29', 29],
    [0.29, 29],
    [0.1, 10],
    ['7', 700],
    ['-0.00', 0],
    ['10000000.00', MAX_GRANT_FEN],
  ])('%p is %p fen', (value, fen) => {
    expect(readYuan(value)).toEqual({ ok: true, fen });
  });

  it.each([
    ['1.005', 'GRANT_AMOUNT_PRECISION'],
    [1.005, 'GRANT_AMOUNT_PRECISION'],
    ['-5.00', 'GRANT_AMOUNT_NEGATIVE'],
    [-0.01, 'GRANT_AMOUNT_NEGATIVE'],
    ['10000000.01', 'GRANT_AMOUNT_TOO_LARGE'],
    [1e21, 'GRANT_AMOUNT_INVALID'],
    ['1e3', 'GRANT_AMOUNT_INVALID'],
    [' 5', 'GRANT_AMOUNT_INVALID'],
    ['.5', 'GRANT_AMOUNT_INVALID'],
    ['abc', 'GRANT_AMOUNT_INVALID'],
    [null, 'GRANT_AMOUNT_INVALID'],
    [undefined, 'GRANT_AMOUNT_INVALID'],
    [Number.NaN, 'GRANT_AMOUNT_INVALID'],
  ])('%p is refused as %s', (value, code) => {
    expect(readYuan(value)).toMatchObject({ ok: false, code });
  });

  it('formats fen back with 2 decimals', () => {
    expect([formatFen(0), formatFen(5), formatFen(1_234_560), formatFen(MAX_GRANT_FEN)]).toEqual([
      '0.00',
      '0.05',
      '12345.60',
      '10000000.00',
    ]);
  });
});

describe('checkGrants', () => {
  const units = new Set([1, 2, 3]);
  const exists = (id: number) => units.has(id);

  it('refuses what is not a list, and unknown fields', () => {
    expect(checkGrants({}, exists, []).issues.map((i) => i.code)).toEqual(['GRANTS_INVALID']);
    expect(
      checkGrants([{ unitId: 1, amount: '1.00', note: 'x' }], exists, []).issues.map((i) => i.path),
    ).toEqual(['[0].note']);
  });

  it('keeps a stored report when the row leaves it out, and refuses dropping a reported grant', () => {
    const stored = [
      { unitId: 1, amountFen: 1000, usedFen: 500, report: '用于初赛' },
      { unitId: 2, amountFen: 1000, usedFen: null, report: null },
    ];
    expect(checkGrants([{ unitId: 1, amount: '4.99' }], exists, stored).issues).toEqual([
      expect.objectContaining({ code: 'GRANT_USED_OVER_AMOUNT', path: '[0].amount' }),
    ]);
    expect(checkGrants([{ unitId: 2, amount: '1.00' }], exists, stored).issues).toEqual([
      expect.objectContaining({ code: 'GRANT_REPORTED', path: 'unit 1' }),
    ]);
    const ok = checkGrants([{ unitId: 1, amount: '5.00' }], exists, stored);
    expect(ok).toEqual({
      issues: [],
      rows: [{ unitId: 1, amountFen: 500, usedFen: undefined, report: undefined }],
    });
  });
});

describe('checkReport', () => {
  it('takes used up to the grant, and a report', () => {
    expect(checkReport({ used: '10.00', report: ' 场地 ' }, 1000)).toEqual({
      issues: [],
      usedFen: 1000,
      report: '场地',
    });
    expect(checkReport({ used: '10.01' }, 1000).issues.map((i) => i.code)).toEqual([
      'GRANT_USED_OVER_AMOUNT',
    ]);
    expect(checkReport({ report: 'x' }, 1000).issues.map((i) => i.code)).toEqual([
      'GRANT_AMOUNT_INVALID',
    ]);
  });
});
