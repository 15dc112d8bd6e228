import type { TieBreakKey } from '../../contests/rules/contest-rules.types';
import { compareForRanking, rankContestants, RankInput, Ranked } from './rank';
import { fromCenti, rational } from './rational';

const c = (id: number, totalCenti: number, over: Partial<RankInput> = {}): RankInput => ({
  id,
  totalCenti,
  partScaledCenti: {},
  criterionPoints: {},
  timeSeconds: null,
  guest: false,
  ...over,
});
const practical = (scaled: number, timeSeconds: number | null = null) => ({
  partScaledCenti: { theory: 0, practical: scaled },
  timeSeconds,
});

const PRACTICAL_DESC: TieBreakKey = { by: 'PART', partKey: 'practical', order: 'DESC' };
const TIME_ASC: TieBreakKey = { by: 'TIME', order: 'ASC' };
const DEFAULT_CHAIN = [PRACTICAL_DESC, TIME_ASC];

/** [id, rank, tied] in list order, the compact form of most expectations. */
const table = (ranked: Ranked[]) => ranked.map((r) => [r.id, r.rank, r.tied]);

describe('rankContestants: standard competition ranking (1224)', () => {
  it('docs/results.md: 92.50, 88.00, 88.00, 85.25 → 1, 2, 2, 4', () => {
    const ranked = rankContestants([c(4, 8525), c(3, 8800), c(1, 9250), c(2, 8800)], []);
    expect(ranked).toEqual([
      { id: 1, rank: 1, tied: false, guest: false, position: 1 },
      { id: 2, rank: 2, tied: true, guest: false, position: 2 },
      { id: 3, rank: 2, tied: true, guest: false, position: 3 },
      { id: 4, rank: 4, tied: false, guest: false, position: 4 },
    ]);
  });

  it.each([
    ['three tied first, then rank 4', [90, 90, 90, 80], [1, 1, 1, 4]],
    ['tie at the bottom', [90, 80, 70, 70], [1, 2, 3, 3]],
    ['everyone tied', [60, 60, 60], [1, 1, 1]],
    ['two separate ties', [90, 90, 80, 80, 70], [1, 1, 3, 3, 5]],
    ['one contestant', [55], [1]],
    ['totals differing by a hundredth are not tied', [6420, 6419], [1, 2]],
  ])('%s', (_label, totals, ranks) => {
    const ranked = rankContestants(
      totals.map((t, i) => c(i + 1, t)),
      [],
    );
    expect(ranked.map((r) => r.rank)).toEqual(ranks);
  });

  it('orders by total, not by id, and uses the id only to order a full tie for display', () => {
    const ranked = rankContestants([c(1, 7000), c(9, 9000), c(5, 8000), c(7, 8000)], []);
    expect(ranked.map((r) => [r.id, r.position])).toEqual([
      [9, 1],
      [5, 2],
      [7, 3],
      [1, 4],
    ]);
  });

  it('answers an empty list with an empty list', () => {
    expect(rankContestants([], DEFAULT_CHAIN)).toEqual([]);
  });

  it('does not reorder the caller’s array', () => {
    const inputs = [c(1, 10), c(2, 20)];
    rankContestants(inputs, []);
    expect(inputs.map((i) => i.id)).toEqual([1, 2]);
  });
});

describe('rankContestants: the tie-break chain', () => {
  it('practical part, higher first, splits a tie on the total', () => {
    const ranked = rankContestants(
      [
        c(1, 9250, practical(9500)),
        c(2, 8800, practical(8500)),
        c(3, 8800, practical(9000)),
        c(4, 8525, practical(8000)),
      ],
      DEFAULT_CHAIN,
    );
    expect(table(ranked)).toEqual([
      [1, 1, false],
      [3, 2, false],
      [2, 3, false],
      [4, 4, false],
    ]);
  });

  it('a full tie on the total and every key shares the rank', () => {
    const ranked = rankContestants(
      [
        c(1, 8800, practical(9000, 3600)),
        c(2, 8800, practical(9000, 3600)),
        c(3, 8000, practical(9900, 60)),
      ],
      DEFAULT_CHAIN,
    );
    expect(table(ranked)).toEqual([
      [1, 1, true],
      [2, 1, true],
      [3, 3, false],
    ]);
  });

  it('equal practical scores go on to time used, less first', () => {
    const ranked = rankContestants(
      [c(1, 8800, practical(9000, 3600)), c(2, 8800, practical(9000, 3540))],
      DEFAULT_CHAIN,
    );
    expect(table(ranked)).toEqual([
      [2, 1, false],
      [1, 2, false],
    ]);
  });

  it('a missing time is worst under ASC and under DESC; two missing times tie', () => {
    const inputs = [
      c(1, 8000, { timeSeconds: null }),
      c(2, 8000, { timeSeconds: 4000 }),
      c(3, 8000, { timeSeconds: 3000 }),
      c(4, 8000, { timeSeconds: null }),
    ];
    expect(table(rankContestants(inputs, [TIME_ASC]))).toEqual([
      [3, 1, false],
      [2, 2, false],
      [1, 3, true],
      [4, 3, true],
    ]);
    expect(table(rankContestants(inputs, [{ by: 'TIME', order: 'DESC' }]))).toEqual([
      [2, 1, false],
      [3, 2, false],
      [1, 3, true],
      [4, 3, true],
    ]);
  });

  it('a time of 0 seconds is a recorded time, better than a missing one', () => {
    const ranked = rankContestants([c(1, 8000), c(2, 8000, { timeSeconds: 0 })], [TIME_ASC]);
    expect(ranked.map((r) => r.id)).toEqual([2, 1]);
  });

  it('the first key that differs decides, whatever the later keys say', () => {
    const ranked = rankContestants(
      [c(1, 8800, practical(8999, 10)), c(2, 8800, practical(9000, 9999))],
      DEFAULT_CHAIN,
    );
    expect(ranked.map((r) => r.id)).toEqual([2, 1]);
  });

  it('a PART key in ASC order puts the lower part score first', () => {
    const ranked = rankContestants(
      [c(1, 8800, practical(9000)), c(2, 8800, practical(8000))],
      [{ by: 'PART', partKey: 'practical', order: 'ASC' }],
    );
    expect(ranked.map((r) => r.id)).toEqual([2, 1]);
  });

  it('a CRITERION key compares exact points: 46.67 beats 46.666…, which would round equal', () => {
    const key: TieBreakKey = { by: 'CRITERION', criterionKey: 'finish', order: 'DESC' };
    const thirds = c(1, 8800, { criterionPoints: { finish: rational(14000n, 3n) } });
    const whole = c(2, 8800, { criterionPoints: { finish: fromCenti(4667) } });
    expect(table(rankContestants([thirds, whole], [key]))).toEqual([
      [2, 1, false],
      [1, 2, false],
    ]);
    expect(rankContestants([thirds, whole], [{ ...key, order: 'ASC' }]).map((r) => r.id)).toEqual([
      1, 2,
    ]);
  });

  it('equal exact criterion points written differently tie: 4/2 and 2/1', () => {
    const key: TieBreakKey = { by: 'CRITERION', criterionKey: 'x', order: 'DESC' };
    const a = c(1, 5000, { criterionPoints: { x: rational(4n, 2n) } });
    const b = c(2, 5000, { criterionPoints: { x: rational(2n) } });
    expect(table(rankContestants([a, b], [key]))).toEqual([
      [1, 1, true],
      [2, 1, true],
    ]);
  });

  it('tie-break keys are never consulted when totals differ', () => {
    // Contestant 1 has no practical score at all: reading it would throw.
    const ranked = rankContestants([c(1, 9000), c(2, 8000, practical(1))], [PRACTICAL_DESC]);
    expect(ranked.map((r) => r.id)).toEqual([1, 2]);
  });

  it('compareForRanking is negative for the better contestant and 0 on a full tie', () => {
    expect(compareForRanking(c(1, 9000), c(2, 8000), [])).toBeLessThan(0);
    expect(compareForRanking(c(1, 8000), c(2, 9000), [])).toBeGreaterThan(0);
    expect(compareForRanking(c(1, 8000), c(2, 8000), [])).toBe(0);
  });
});

describe('rankContestants: bad input', () => {
  it.each([
    ['a repeated id', [c(1, 10), c(1, 20)], /twice/],
    ['a total in points instead of hundredths', [c(1, 64.2)], /whole hundredths/],
    [
      'a part score that is not whole hundredths',
      [c(1, 10, { partScaledCenti: { practical: 0.5 } })],
      /whole hundredths/,
    ],
    ['a negative time', [c(1, 10, { timeSeconds: -1 })], /time/],
    ['a NaN time', [c(1, 10, { timeSeconds: NaN })], /time/],
  ])('refuses %s', (_label, inputs, message) => {
    expect(() => rankContestants(inputs, [])).toThrow(message);
  });

  it('refuses a PART key for a part a tied contestant has no score for', () => {
    expect(() => rankContestants([c(1, 10), c(2, 10, practical(1))], [PRACTICAL_DESC])).toThrow(
      /part practical/,
    );
  });

  it('refuses a CRITERION key for a criterion a tied contestant has no points for', () => {
    const key: TieBreakKey = { by: 'CRITERION', criterionKey: 'finish', order: 'DESC' };
    expect(() => rankContestants([c(1, 10), c(2, 10)], [key])).toThrow(/criterion finish/);
  });
});
