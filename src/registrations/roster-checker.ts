import type { UnitDirectory } from '../units/unit-directory';
import type { Actor, EntryInput } from './enrolment';
import { readRoster, RosterFormat, RosterHeader } from './import/roster-reader';
import type { RejectedRow } from './roster-import.entity';
import { validateRosterRow, type RosterCells } from './rules/roster-row';

export type CheckedRow =
  | { rowNumber: number; ok: true; input: EntryInput }
  | { rowNumber: number; ok: false; rejected: RejectedRow[] };

type Issue = Omit<RejectedRow, 'row' | 'column'>;

/**
 * Each data row of a roster, checked: its cells, its unit (and a coordinator's scope), and
 * repeats inside the file (the first row of a worker counts; later ones are reported). Nothing
 * here touches the database, so the import can check a whole file before writing any of it.
 */
export async function* checkRosterRows(
  content: Buffer,
  format: RosterFormat,
  header: RosterHeader,
  units: UnitDirectory,
  actor: Actor,
  maxRows: number,
): AsyncGenerator<CheckedRow> {
  const firstRowOf = new Map<string, number>();
  for await (const { rowNumber, cells } of readRoster(content, format, { maxRows })) {
    const issues: Issue[] = [];
    const result = validateRosterRow(cells);
    if (!result.ok) issues.push(...result.issues);
    const unit = resolveUnit(cells, units, actor);
    if (!unit.ok) issues.push(unit.issue);
    if (result.ok) {
      const first = firstRowOf.get(result.entry.idNumber);
      if (first === undefined) firstRowOf.set(result.entry.idNumber, rowNumber);
      else {
        issues.push({
          field: 'idNumber',
          code: 'ROSTER_DUPLICATE_ROW',
          message: `The same ID number is on row ${first}; each worker is listed once`,
          messageZh: `与第${first}行的身份证号重复，每名职工只填写一行`,
        });
      }
    }
    if (result.ok && unit.ok && issues.length === 0) {
      yield { rowNumber, ok: true, input: { rowNumber, entry: result.entry, unitId: unit.id } };
    } else {
      yield {
        rowNumber,
        ok: false,
        rejected: issues.map((issue) => ({
          row: rowNumber,
          ...issue,
          column: header.columns[issue.field as keyof RosterHeader['columns']],
        })),
      };
    }
  }
}

type UnitResolution = { ok: true; id: number } | { ok: false; issue: Issue };

function resolveUnit(cells: RosterCells, units: UnitDirectory, actor: Actor): UnitResolution {
  const lookup = units.resolve({
    code: cells.unitCode?.text ?? null,
    name: cells.unit?.text ?? null,
  });
  if (lookup === null) {
    if (actor.scope) return { ok: true, id: actor.scope.id };
    return {
      ok: false,
      issue: {
        field: 'unit',
        code: 'UNIT_REQUIRED',
        message: 'The unit is empty; give its name or code',
        messageZh: '单位为空，请填写单位名称或单位代码',
      },
    };
  }
  if (!lookup.ok) {
    const { field, code, message, messageZh } = lookup;
    return { ok: false, issue: { field, code, message, messageZh } };
  }
  if (actor.scope && !units.inScope(lookup.unit.id, actor.scope)) {
    return {
      ok: false,
      issue: {
        field: lookup.unit.code && cells.unitCode?.text ? 'unitCode' : 'unit',
        code: 'UNIT_OUT_OF_SCOPE',
        message: `"${lookup.unit.name}" is not your unit or a unit below it`,
        messageZh: `“${lookup.unit.name}”不是本单位或下级单位`,
      },
    };
  }
  return { ok: true, id: lookup.unit.id };
}
