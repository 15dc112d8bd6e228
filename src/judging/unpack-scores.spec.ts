import { unpackScores } from './scores.repository';

describe('unpackScores (the text ScoresRepository.forContest has the database pack)', () => {
  it('reads eight integers per score, commas within and semicolons between', () => {
    expect(unpackScores('7,1001,3,12,2850,2,12,1;8,1001,4,13,300,1,40,0')).toEqual([
      {
        id: 7,
        registrationId: 1001,
        criterionId: 3,
        judgeId: 12,
        valueCenti: 2850,
        version: 2,
        enteredBy: 12,
        confirmed: true,
      },
      {
        id: 8,
        registrationId: 1001,
        criterionId: 4,
        judgeId: 13,
        valueCenti: 300,
        version: 1,
        enteredBy: 40,
        confirmed: false,
      },
    ]);
  });

  it('gives no rows for a contest without scores (the aggregate is NULL)', () => {
    expect(unpackScores(null)).toEqual([]);
    expect(unpackScores('')).toEqual([]);
  });

  it('keeps zeros and large ids exact', () => {
    const [row] = unpackScores('2147483647,0,0,0,0,1,0,0');
    expect(row.id).toBe(2147483647);
    expect(row.valueCenti).toBe(0);
  });

  it.each([
    ['a missing field', '7,1001,3,12,2850,2,12'],
    ['a negative value', '7,1001,3,12,-5,2,12,1'],
    ['a stray character', '7,1001,3,12,28.5,2,12,1'],
    ['an empty field', '7,1001,,12,2850,2,12,1'],
  ])('refuses %s rather than misreading it', (_, text) => {
    expect(() => unpackScores(text)).toThrow();
  });

  it('reads 100,000 packed scores back to the same rows', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [
      i + 1,
      5000 + (i % 40000),
      1 + (i % 10),
      7,
      i % 4001,
      1,
      7,
      i % 2,
    ]);
    const parsed = unpackScores(rows.map((r) => r.join(',')).join(';'));
    expect(parsed).toHaveLength(100_000);
    expect(parsed[99_999]).toEqual({
      id: 100_000,
      registrationId: 5000 + (99_999 % 40000),
      criterionId: 1 + (99_999 % 10),
      judgeId: 7,
      valueCenti: 99_999 % 4001,
      version: 1,
      enteredBy: 7,
      confirmed: true,
    });
  });
});
