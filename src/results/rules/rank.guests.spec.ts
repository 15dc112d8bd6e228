import type { TieBreakKey } from '../../contests/rules/contest-rules.types';
import { rankContestants, RankInput, Ranked } from './rank';

/*
 * Guests (out of competition) are listed in score order but take no rank place from officials:
 * officials are ranked among officials only, and a guest's rank is 1 + the officials strictly
 * ahead of them. An official is tied only with officials; a guest is tied with anyone equal.
 */

const c = (id: number, totalCenti: number, over: Partial<RankInput> = {}): RankInput => ({
  id,
  totalCenti,
  partScaledCenti: {},
  criterionPoints: {},
  timeSeconds: null,
  guest: false,
  ...over,
});
const g = (id: number, totalCenti: number, over: Partial<RankInput> = {}): RankInput =>
  c(id, totalCenti, { ...over, guest: true });

/** [id, rank, tied, guest] in list order. */
const table = (ranked: Ranked[]) => ranked.map((r) => [r.id, r.rank, r.tied, r.guest]);

describe('rankContestants: guests', () => {
  it('a guest on top shows rank 1 and the best official is still rank 1', () => {
    expect(table(rankContestants([c(1, 9000), g(10, 9500), c(2, 8500)], []))).toEqual([
      [10, 1, false, true],
      [1, 1, false, false],
      [2, 2, false, false],
    ]);
  });

  it('a guest between officials takes no place: 90.00, guest 89.00, 88.00 → 1, 2, 2', () => {
    const ranked = rankContestants([c(1, 9000), g(10, 8900), c(2, 8800)], []);
    expect(table(ranked)).toEqual([
      [1, 1, false, false],
      [10, 2, false, true],
      [2, 2, false, false],
    ]);
    expect(ranked.map((r) => r.position)).toEqual([1, 2, 3]);
  });

  it('a guest at the bottom shows the rank after the last official', () => {
    expect(table(rankContestants([c(1, 9000), c(2, 8500), g(10, 5000)], []))).toEqual([
      [1, 1, false, false],
      [2, 2, false, false],
      [10, 3, false, true],
    ]);
  });

  it('a guest equal to an official shares the rank and is tied; the official is not', () => {
    expect(table(rankContestants([c(1, 9000), g(10, 9000), c(2, 8500)], []))).toEqual([
      [1, 1, false, false],
      [10, 1, true, true],
      [2, 2, false, false],
    ]);
  });

  it('a guest equal to two tied officials: all share the rank, all tied, the next official is 3', () => {
    expect(table(rankContestants([c(2, 9000), g(1, 9000), c(3, 9000), c(4, 8000)], []))).toEqual([
      [1, 1, true, true],
      [2, 1, true, false],
      [3, 1, true, false],
      [4, 3, false, false],
    ]);
  });

  it('guests tied among themselves are tied and share a rank', () => {
    expect(table(rankContestants([c(1, 9000), g(10, 8000), g(11, 8000), c(2, 7000)], []))).toEqual([
      [1, 1, false, false],
      [10, 2, true, true],
      [11, 2, true, true],
      [2, 2, false, false],
    ]);
  });

  it('only guests: all rank 1, since no official is ahead of any', () => {
    expect(table(rankContestants([g(1, 9000), g(2, 8000)], []))).toEqual([
      [1, 1, false, true],
      [2, 1, false, true],
    ]);
  });

  it('a guest is placed by the tie-break chain too', () => {
    const time: TieBreakKey = { by: 'TIME', order: 'ASC' };
    const ranked = rankContestants(
      [
        c(1, 8000, { timeSeconds: 300 }),
        g(10, 8000, { timeSeconds: 200 }),
        c(2, 8000, { timeSeconds: 400 }),
      ],
      [time],
    );
    expect(table(ranked)).toEqual([
      [10, 1, false, true],
      [1, 1, false, false],
      [2, 2, false, false],
    ]);
  });

  it('officials get exactly the ranks they would get with the guests left out', () => {
    // A fixed pseudo-random field with many ties: totals from a small set, every third a guest.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const inputs = Array.from({ length: 60 }, (_, i) =>
      (i % 3 === 0 ? g : c)(i + 1, 6000 + (next() % 8) * 500, { timeSeconds: next() % 3 }),
    );
    const chain: TieBreakKey[] = [{ by: 'TIME', order: 'ASC' }];
    const all = rankContestants(inputs, chain).filter((r) => !r.guest);
    const officials = rankContestants(
      inputs.filter((i) => !i.guest),
      chain,
    );
    expect(all.map((r) => [r.id, r.rank, r.tied])).toEqual(
      officials.map((r) => [r.id, r.rank, r.tied]),
    );
    // The field really has ties and guests, so the comparison above means something.
    expect(officials.some((r) => r.tied)).toBe(true);
    expect(inputs.filter((i) => i.guest)).toHaveLength(20);
  });
});
