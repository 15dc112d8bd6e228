import { byTitlesThenParticipants, unitTable } from './unit-table';

describe('unitTable', () => {
  const rows = [
    { unitId: 1, unitName: '一厂', title: 'CHAMPION' },
    { unitId: 2, unitName: '二厂', title: null },
    { unitId: 1, unitName: '一厂', title: null },
    { unitId: 2, unitName: '二厂', title: 'EXPERT' },
    { unitId: 2, unitName: '二厂', title: 'EXPERT' },
    { unitId: 3, unitName: '三厂', title: null },
  ];

  it('counts participants and each kind of title per unit, in order of first appearance', () => {
    expect(unitTable(rows)).toEqual([
      { unitId: 1, unit: '一厂', participants: 2, titles: { CHAMPION: 1 } },
      { unitId: 2, unit: '二厂', participants: 3, titles: { EXPERT: 2 } },
      { unitId: 3, unit: '三厂', participants: 1, titles: {} },
    ]);
  });

  it('orders the public table by titles, then participants', () => {
    const sorted = unitTable([...rows, { unitId: 3, unitName: '三厂', title: null }])
      .sort(byTitlesThenParticipants)
      .map((l) => l.unit);
    expect(sorted).toEqual(['二厂', '一厂', '三厂']);
  });
});
