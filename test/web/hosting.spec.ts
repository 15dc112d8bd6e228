import type { Unit } from '../../web/src/api/types';
import { hostableUnits, isAtOrAbove, organises } from '../../web/src/pages/organizer/hosting';

/** What the organizer pages show a coordinator of a hosted contest (docs/security.md). */
const unit = (id: number, parentId: number | null): Unit => ({
  id,
  parentId,
  code: `U${id}`,
  name: `单位${id}`,
  depth: 0,
});
// 1 市总 → 2 海州区 → 4 机械厂; 1 → 3 细河区.
const UNITS = [unit(1, null), unit(2, 1), unit(3, 1), unit(4, 2)];

describe('hosted contests on the pages', () => {
  it('knows a unit at or above another', () => {
    expect(isAtOrAbove(2, 2, UNITS)).toBe(true);
    expect(isAtOrAbove(1, 4, UNITS)).toBe(true);
    expect(isAtOrAbove(4, 2, UNITS)).toBe(false);
    expect(isAtOrAbove(3, 4, UNITS)).toBe(false);
  });

  it('lets organizers and the host’s coordinators (or above) organise, no one else', () => {
    const hosted = { hostUnitId: 2 };
    const coordinator = (unitId: number) => ({ role: 'UNIT_COORDINATOR' as const, unitId });
    expect(organises({ role: 'ORGANIZER', unitId: null }, hosted, UNITS)).toBe(true);
    expect(organises({ role: 'ORGANIZER', unitId: null }, { hostUnitId: null }, UNITS)).toBe(true);
    expect(organises(coordinator(2), hosted, UNITS)).toBe(true);
    expect(organises(coordinator(1), hosted, UNITS)).toBe(true);
    expect(organises(coordinator(4), hosted, UNITS)).toBe(false);
    expect(organises(coordinator(3), hosted, UNITS)).toBe(false);
    expect(organises(coordinator(1), { hostUnitId: null }, UNITS)).toBe(false);
    expect(organises({ role: 'JUDGE', unitId: 2 }, hosted, UNITS)).toBe(false);
    expect(organises(null, hosted, UNITS)).toBe(false);
  });

  it('offers a coordinator their unit and the units below as hosts', () => {
    expect(hostableUnits(2, UNITS).map((u) => u.id)).toEqual([2, 4]);
    expect(hostableUnits(null, UNITS)).toEqual([]);
  });
});
