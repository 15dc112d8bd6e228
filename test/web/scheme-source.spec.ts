import type { Contest } from '../../web/src/api/types';
import {
  copyFromContest,
  schemeSources,
  tradeTaken,
} from '../../web/src/pages/organizer/scheme-source';

/** A new contest's scheme copied from another contest of the competition (docs/advancement.md). */
type Source = Pick<Contest, 'scheme' | 'titlePolicy' | 'tieBreak'>;

const criterion = (key: string) => ({
  key,
  name: key,
  kind: 'MEASUREMENT' as const,
  method: 'MEAN' as const,
  maxPoints: 100,
  tolerance: null,
});
const part = (key: string, weight: number, carried = false) => ({
  key,
  name: `${key}名`,
  weight,
  maxPoints: 100,
  passMark: carried ? null : 60,
  carried,
  criteria: carried ? [] : [criterion(`${key}_1`)],
});
const titlePolicy: Contest['titlePolicy'] = {
  rungs: [
    { title: 'CHAMPION', titleName: '技术状元', fromRank: 1, toRank: 1 },
    { title: 'EXPERT', titleName: '技术能手', percent: 20, rounding: 'CEIL' },
  ],
  minTotal: 65,
  requireAllPartsPassed: false,
  tieAtBoundary: 'EXCLUDE_ALL',
};
const final: Source = {
  scheme: { parts: [part('prelim', 30, true), part('practical', 70)] },
  titlePolicy,
  tieBreak: [
    { by: 'PART', partKey: 'prelim', order: 'DESC' },
    { by: 'PART', partKey: 'practical', order: 'DESC' },
    { by: 'TIME', order: 'ASC' },
  ],
};
const preliminary: Source = {
  scheme: { parts: [part('theory', 30), part('practical', 70)] },
  titlePolicy,
  tieBreak: [{ by: 'CRITERION', criterionKey: 'practical_1', order: 'DESC' }],
};

describe('a scheme copied from another contest', () => {
  it('copies parts, criteria, weights, pass marks, the ladder and the chain as the editors hold them', () => {
    const copied = copyFromContest(preliminary, 2);
    expect(copied.dropped).toEqual([]);
    expect(copied.scheme.parts).toEqual([
      {
        key: 'theory',
        name: 'theory名',
        weight: 30,
        passMark: 60,
        carried: false,
        criteria: [criterion('theory_1')],
      },
      {
        key: 'practical',
        name: 'practical名',
        weight: 70,
        passMark: 60,
        carried: false,
        criteria: [criterion('practical_1')],
      },
    ]);
    // The ladder less each rung's Chinese name; the rest as read.
    expect(copied.titlePolicy).toEqual({
      rungs: [
        { title: 'CHAMPION', fromRank: 1, toRank: 1 },
        { title: 'EXPERT', percent: 20, rounding: 'CEIL' },
      ],
      minTotal: 65,
      requireAllPartsPassed: false,
      tieAtBoundary: 'EXCLUDE_ALL',
    });
    expect(copied.tieBreak).toEqual(preliminary.tieBreak);
  });

  it('is a copy: editing it leaves the contest as read', () => {
    const copied = copyFromContest(preliminary, 1);
    copied.scheme.parts[0].criteria[0].maxPoints = 50;
    copied.scheme.parts[0].weight = 40;
    copied.tieBreak[0].order = 'ASC';
    expect(preliminary.scheme.parts[0].criteria[0].maxPoints).toBe(100);
    expect(preliminary.scheme.parts[0].weight).toBe(30);
    expect(preliminary.tieBreak[0].order).toBe('DESC');
  });

  it('leaves out a carried part and the keys naming it in a round-1 contest, and says so', () => {
    const copied = copyFromContest(final, 1);
    expect(copied.dropped).toEqual(['prelim名']);
    expect(copied.scheme.parts.map((p) => p.key)).toEqual(['practical']);
    expect(copied.tieBreak).toEqual([
      { by: 'PART', partKey: 'practical', order: 'DESC' },
      { by: 'TIME', order: 'ASC' },
    ]);
    // The weight left is not stretched to 100: the editor shows the sum to correct.
    expect(copied.scheme.parts[0].weight).toBe(70);
  });

  it('keeps a carried part in a later round', () => {
    for (const round of [2, 3]) {
      const copied = copyFromContest(final, round);
      expect(copied.dropped).toEqual([]);
      expect(copied.scheme.parts.map((p) => [p.key, p.carried])).toEqual([
        ['prelim', true],
        ['practical', false],
      ]);
      expect(copied.tieBreak).toHaveLength(3);
    }
  });

  it('offers the same trade’s contests, by round, and knows a taken trade, round and host', () => {
    const trade = (id: number) => ({ id, code: `T${id}`, name: `工种${id}`, nameEn: null });
    const contests = [
      { id: 5, round: 2, hostUnitId: null, trade: trade(1) },
      { id: 3, round: 1, hostUnitId: 7, trade: trade(1) },
      { id: 4, round: 1, hostUnitId: null, trade: trade(2) },
      { id: 2, round: 1, hostUnitId: null, trade: trade(1) },
    ];
    expect(schemeSources(contests, 1).map((c) => c.id)).toEqual([2, 3, 5]);
    expect(schemeSources(contests, 9)).toEqual([]);
    expect(schemeSources(contests, undefined)).toEqual([]);
    expect(tradeTaken(contests, 1, 1, undefined)).toBe(true);
    expect(tradeTaken(contests, 1, 1, 7)).toBe(true);
    expect(tradeTaken(contests, 1, 1, 8)).toBe(false);
    expect(tradeTaken(contests, 1, 3, undefined)).toBe(false);
    expect(tradeTaken(contests, 2, 2, undefined)).toBe(false);
  });
});
