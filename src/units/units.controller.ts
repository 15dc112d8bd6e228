import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ParseId } from '../common/http/id.pipe';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { CreateUnitDto } from './dto/create-unit.dto';
import { UnitResponse } from './dto/unit.response';
import { UnitsService } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Post()
  @Roles('ORGANIZER')
  async create(@Body() dto: CreateUnitDto): Promise<UnitResponse> {
    return UnitResponse.of(await this.units.create(dto));
  }

  /** The whole tree, parents before children. */
  @Get()
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  async list(): Promise<UnitResponse[]> {
    return (await this.units.list()).map((u) => UnitResponse.of(u));
  }

  @Get(':id')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  async get(@Param('id', ParseId) id: number): Promise<UnitResponse> {
    return UnitResponse.of(await this.units.get(id));
  }

  /** The unit and every unit below it. */
  @Get(':id/subtree')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  async subtree(@Param('id', ParseId) id: number): Promise<UnitResponse[]> {
    return (await this.units.subtree(id)).map((u) => UnitResponse.of(u));
  }
}
