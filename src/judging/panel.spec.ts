import type { PanelMember } from './judges.repository';
import { Panel } from './panel';

const member = (userId: number, unitPath: string | null, criterionKeys: string[]): PanelMember => ({
  userId,
  username: `j${userId}`,
  displayName: `Judge ${userId}`,
  chief: false,
  criterionKeys,
  onConflict: 'EXCLUDE',
  unitPath,
});

/* Units: /1/ the federation, /1/2/ a district, /1/2/5/ an enterprise in it, /1/3/ another district. */
const panel = new Panel(
  [
    member(10, '/1/2/', ['dimension', 'finish']), // district 2's judge
    member(11, '/1/3/', ['dimension', 'finish']), // district 3's judge
    member(12, null, ['dimension']), // an outside expert
    member(13, '/1/2/5/', ['finish']), // the enterprise's judge
  ],
  new Map([[11, new Set([900])]]), // judge 11 declared a conflict with worker 900
);

describe('Panel.requiredJudges', () => {
  it('keeps a judge off the workers of their own unit and every unit below it', () => {
    expect(panel.requiredJudges('dimension', { unitPath: '/1/2/5/', workerId: 1 })).toEqual([
      11, 12,
    ]);
    expect(panel.requiredJudges('finish', { unitPath: '/1/2/5/', workerId: 1 })).toEqual([11]);
    expect(panel.requiredJudges('finish', { unitPath: '/1/3/', workerId: 2 })).toEqual([10, 13]);
  });

  it('keeps a judge off a worker they declared a conflict with, and only that worker', () => {
    expect(panel.requiredJudges('dimension', { unitPath: '/1/4/', workerId: 900 })).toEqual([
      10, 12,
    ]);
    // Same unit and criterion, another worker: the answer worked out for 900 is not reused.
    expect(panel.requiredJudges('dimension', { unitPath: '/1/4/', workerId: 901 })).toEqual([
      10, 11, 12,
    ]);
    // And the other way round: 900 asked after a colleague of the same unit.
    expect(panel.requiredJudges('finish', { unitPath: '/1/4/', workerId: 902 })).toEqual([
      10, 11, 13,
    ]);
    expect(panel.requiredJudges('finish', { unitPath: '/1/4/', workerId: 900 })).toEqual([10, 13]);
  });

  it('does not take a unit for its parent because the path starts the same', () => {
    // /1/2/ is a prefix of /1/2/5/ but not of /1/25/.
    expect(panel.requiredJudges('dimension', { unitPath: '/1/25/', workerId: 3 })).toEqual([
      10, 11, 12,
    ]);
  });

  it('gives nobody for a criterion no judge is assigned', () => {
    expect(panel.requiredJudges('safety', { unitPath: '/1/4/', workerId: 4 })).toEqual([]);
  });

  it('answers the same whether or not the combination was asked before', () => {
    const fresh = () =>
      new Panel(
        [member(10, '/1/2/', ['a']), member(11, null, ['a'])],
        new Map([[11, new Set([7])]]),
      );
    const cold = fresh();
    const warm = fresh();
    warm.requiredJudges('a', { unitPath: '/1/9/', workerId: 8 });
    for (const worker of [7, 8]) {
      expect(warm.requiredJudges('a', { unitPath: '/1/9/', workerId: worker })).toEqual(
        cold.requiredJudges('a', { unitPath: '/1/9/', workerId: worker }),
      );
    }
  });
});
