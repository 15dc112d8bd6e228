import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { CreateUnitDto } from './dto/create-unit.dto';
import { Unit } from './unit.entity';
import { UnitErrors } from './units.errors';
import { UnitsRepository } from './units.repository';

/** Federation → district/county → enterprise → workshop leaves room; deeper trees are mistakes. */
export const MAX_UNIT_DEPTH = 5;

@Injectable()
export class UnitsService {
  constructor(
    private readonly units: UnitsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  create(dto: CreateUnitDto): Promise<Unit> {
    return this.unitOfWork.run(async (manager) => {
      if (await this.units.existsByCode(manager, dto.code)) throw UnitErrors.codeTaken(dto.code);
      let parent: Unit | null = null;
      if (dto.parentId !== undefined) {
        parent = await this.units.findById(dto.parentId, manager);
        if (!parent) throw UnitErrors.parentNotFound(dto.parentId);
        if (parent.depth + 1 >= MAX_UNIT_DEPTH) throw UnitErrors.tooDeep(MAX_UNIT_DEPTH);
      }
      return this.units.insert(
        manager,
        { code: dto.code, name: dto.name, parentId: parent?.id ?? null, createdAt: new Date() },
        parent,
      );
    });
  }

  list(): Promise<Unit[]> {
    return this.units.list();
  }

  async get(id: number): Promise<Unit> {
    const unit = await this.units.findById(id);
    if (!unit) throw UnitErrors.notFound(id);
    return unit;
  }

  async subtree(id: number): Promise<Unit[]> {
    return this.units.listSubtree(await this.get(id));
  }
}
