/** One unit's line of the 单位汇总 table: its participants and its titles of each kind. */
export interface UnitLine {
  unitId: number;
  unit: string;
  participants: number;
  titles: Record<string, number>;
}

/** Published result lines counted per unit, units in the order they first appear. */
export function unitTable(
  rows: Iterable<{ unitId: number; unitName: string; title: string | null }>,
): UnitLine[] {
  const byUnit = new Map<number, UnitLine>();
  for (const row of rows) {
    const line = byUnit.get(row.unitId) ?? {
      unitId: row.unitId,
      unit: row.unitName,
      participants: 0,
      titles: {},
    };
    line.participants++;
    if (row.title) line.titles[row.title] = (line.titles[row.title] ?? 0) + 1;
    byUnit.set(row.unitId, line);
  }
  return [...byUnit.values()];
}

const titleCount = (line: UnitLine): number =>
  Object.values(line.titles).reduce((sum, n) => sum + n, 0);

/** Most titles first, then most participants (the public table's order). */
export function byTitlesThenParticipants(a: UnitLine, b: UnitLine): number {
  return titleCount(b) - titleCount(a) || b.participants - a.participants;
}
