import { Unit } from '../unit.entity';

export class UnitResponse {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  /** 0 for a root unit. */
  depth: number;

  static of(unit: Unit): UnitResponse {
    return Object.assign(new UnitResponse(), {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      parentId: unit.parentId,
      depth: unit.depth,
    });
  }
}
