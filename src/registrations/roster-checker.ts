import type { UnitDirectory, UnitLookup } from '../units/unit-directory';
import type { Actor, EntryInput } from './enrolment';
import { readRoster, RosterFormat, RosterHeader } from './import/roster-reader';
import type { RejectedRow } from './roster-import.entity';
import { validateRosterRow, type RosterCells } from './rules/roster-row';

export type CheckedRow =
  | { rowNumber: number; ok: true; input: EntryInput }
  | { rowNumber: number; ok: false; rejected: RejectedRow[] };

type Issue = Omit<RejectedRow, 'row' | 'column'>;

export interface RosterCheckOptions {
  maxRows: number;
  /** Called once with the header before the first row; it may throw to refuse the file. */
  onHeader?: (header: RosterHeader) => void;
}

/**
 * Each data row of a roster, checked: its cells, its unit (and a coordinator's scope), and
 * repeats inside the file (the first row of a worker counts; later ones are reported). Nothing
 * here touches the database, so the import can check a whole file before writing any of it.
 */
export async function* checkRosterRows(
  content: Buffer,
  format: RosterFormat,
  units: UnitDirectory,
  actor: Actor,
  options: RosterCheckOptions,
): AsyncGenerator<CheckedRow> {
  const firstRowOf = new Map<string, number>();
  let columns: RosterHeader['columns'] = {};
  const rows = readRoster(content, format, {
    maxRows: options.maxRows,
    onHeader: (header) => {
      options.onHeader?.(header);
      columns = header.columns;
    },
  });
  for await (const { rowNumber, cells } of rows) {
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
          column: columns[issue.field as keyof RosterHeader['columns']],
        })),
      };
    }
  }
}

type UnitResolution = { ok: true; id: number } | { ok: false; issue: Issue };

/**
 * The row's unit by its code and/or name. A 单位 cell may hold the unit's code instead of its name
 * (the unknown-name message says so, and people paste codes into whatever column is there): when
 * no unit has that name and the row gives no separate code, the text is tried as a code.
 */
function lookUpUnit(cells: RosterCells, units: UnitDirectory): UnitLookup | null {
  const code = cells.unitCode?.text ?? null;
  const name = cells.unit?.text ?? null;
  const lookup = units.resolve({ code, name });
  const codeGiven = code !== null && code.trim() !== '';
  if (lookup?.ok !== false || lookup.code !== 'UNIT_UNKNOWN' || codeGiven || name === null) {
    return lookup;
  }
  const byCode = units.resolve({ code: name, name: null });
  return byCode?.ok ? byCode : lookup;
}

function resolveUnit(cells: RosterCells, units: UnitDirectory, actor: Actor): UnitResolution {
  const lookup = lookUpUnit(cells, units);
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
