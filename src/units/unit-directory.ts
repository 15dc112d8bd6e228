import { normaliseCellText } from '../common/text';
import type { Unit } from './unit.entity';

export type UnitLookup =
  | { ok: true; unit: Unit }
  | { ok: false; field: 'unit' | 'unitCode'; code: string; message: string; messageZh: string };

const key = (text: string): string => normaliseCellText(text).toUpperCase();

/**
 * Every unit, indexed for matching spreadsheet cells: by code (case-insensitive) or by exact name
 * (after the same blank and full-width clean-up as every cell). Loaded once per import: a city has
 * thousands of units, not millions.
 */
export class UnitDirectory {
  private readonly byId = new Map<number, Unit>();
  private readonly byCode = new Map<string, Unit>();
  private readonly byName = new Map<string, Unit[]>();

  constructor(units: readonly Unit[]) {
    for (const unit of units) {
      this.byId.set(unit.id, unit);
      this.byCode.set(key(unit.code), unit);
      const name = normaliseCellText(unit.name);
      this.byName.set(name, [...(this.byName.get(name) ?? []), unit]);
    }
  }

  get(id: number): Unit | undefined {
    return this.byId.get(id);
  }

  /** Whether `unitId` is `scope` itself or a unit below it. */
  inScope(unitId: number, scope: Unit): boolean {
    const unit = this.byId.get(unitId);
    return unit !== undefined && unit.path.startsWith(scope.path);
  }

  /** Finds the unit a row names by code and/or name; when both are given they must agree. */
  resolve(ref: { code: string | null; name: string | null }): UnitLookup | null {
    const code = ref.code ? key(ref.code) : '';
    const name = ref.name ? normaliseCellText(ref.name) : '';
    if (!code && !name) return null;
    if (code) {
      const unit = this.byCode.get(code);
      if (!unit) {
        return {
          ok: false,
          field: 'unitCode',
          code: 'UNIT_UNKNOWN',
          message: `No unit has the code "${ref.code}"`,
          messageZh: `单位代码“${ref.code}”不存在`,
        };
      }
      if (name && normaliseCellText(unit.name) !== name) {
        return {
          ok: false,
          field: 'unit',
          code: 'UNIT_CODE_NAME_MISMATCH',
          message: `Unit code "${ref.code}" belongs to "${unit.name}", not "${ref.name}"`,
          messageZh: `单位代码“${ref.code}”对应的单位是“${unit.name}”，与“${ref.name}”不符`,
        };
      }
      return { ok: true, unit };
    }
    const matches = this.byName.get(name) ?? [];
    if (matches.length === 1) return { ok: true, unit: matches[0] };
    if (matches.length === 0) {
      return {
        ok: false,
        field: 'unit',
        code: 'UNIT_UNKNOWN',
        message: `No unit is named "${ref.name}"; use the exact name or the unit code`,
        messageZh: `没有名为“${ref.name}”的单位，请填写完整准确的单位名称或单位代码`,
      };
    }
    return {
      ok: false,
      field: 'unit',
      code: 'UNIT_AMBIGUOUS',
      message: `${matches.length} units are named "${ref.name}"; give the unit code instead`,
      messageZh: `有${matches.length}个单位名为“${ref.name}”，请填写单位代码`,
    };
  }
}
