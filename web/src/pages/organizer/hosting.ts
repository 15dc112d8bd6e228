import type { Role, Unit } from '../../api/types';

/**
 * Hosted contests on the pages (docs/security.md "Hosted contests"): a unit coordinator whose unit
 * is a contest's host unit or above it organises that contest, and the pages show them an
 * organizer's actions on it. The server decides every request; this only chooses what to show.
 */

/** Whether `unitId` is `of` or a unit above it, by the units' parents. */
export function isAtOrAbove(unitId: number, of: number, units: Unit[]): boolean {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const seen = new Set<number>();
  for (let id: number | null | undefined = of; id != null && !seen.has(id); id = parent.get(id)) {
    if (id === unitId) return true;
    seen.add(id);
  }
  return false;
}

/** Whether the caller organises the contest: an organizer, or a coordinator of its host or above. */
export function organises(
  caller: { role: Role; unitId: number | null } | null | undefined,
  contest: { hostUnitId: number | null },
  units: Unit[],
): boolean {
  if (!caller) return false;
  if (caller.role === 'ORGANIZER') return true;
  if (caller.role !== 'UNIT_COORDINATOR' || caller.unitId === null) return false;
  return contest.hostUnitId !== null && isAtOrAbove(caller.unitId, contest.hostUnitId, units);
}

/** The units a coordinator may host a contest with: their own and every unit below it. */
export function hostableUnits(unitId: number | null, units: Unit[]): Unit[] {
  if (unitId === null) return [];
  return units.filter((u) => isAtOrAbove(unitId, u.id, units));
}
