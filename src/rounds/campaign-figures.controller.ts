import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ParseId } from '../common/http/id.pipe';
import { GrantInputDto, GrantReportDto } from './grants.dto';
import { GrantChangeResponse, GrantResponse, GrantsResponse } from './grants.response';
import { GrantsService } from './grants.service';
import { StatisticsResponse } from './statistics.response';
import { StatisticsService } from './statistics.service';

@ApiTags('rounds')
@ApiBearerAuth()
@Controller('competitions/:id')
export class CampaignFiguresController {
  constructor(
    private readonly grants: GrantsService,
    private readonly statistics: StatisticsService,
  ) {}

  /** The grants (专项资金): organizers see all, a coordinator their unit's and those below it. */
  @Get('grants')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async list(
    @Param('id', ParseId) id: number,
    @CurrentUser() user: Principal,
  ): Promise<GrantsResponse> {
    return GrantsResponse.of(await this.grants.list(id, user));
  }

  /**
   * Replaces the competition's grants, all or nothing (400 GRANTS_INVALID lists every problem of
   * every row). A reported grant cannot be left out. Amounts in yuan with at most 2 decimals.
   */
  @Put('grants')
  @Roles('ORGANIZER')
  @ApiBody({ type: [GrantInputDto] })
  async replace(
    @Param('id', ParseId) id: number,
    @Body() body: unknown,
    @CurrentUser() user: Principal,
  ): Promise<GrantsResponse> {
    return GrantsResponse.of(await this.grants.replace(id, body, user));
  }

  /** A unit's report of its use of the grant (its coordinators, those above, organizers). */
  @Put('grants/:unitId/report')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  @ApiBody({ type: GrantReportDto })
  async report(
    @Param('id', ParseId) id: number,
    @Param('unitId', ParseId) unitId: number,
    @Body() body: unknown,
    @CurrentUser() user: Principal,
  ): Promise<GrantResponse> {
    return GrantResponse.of(await this.grants.report(id, unitId, body, user));
  }

  /** Every change of the grants, oldest first: who, when, what the grant became. */
  @Get('grants/changes')
  @Roles('ORGANIZER')
  async changes(@Param('id', ParseId) id: number): Promise<GrantChangeResponse[]> {
    return (await this.grants.changes(id)).map((c) => GrantChangeResponse.of(c));
  }

  /** The campaign's figures: trades, participants (once each), contests held, titles, grants, funnel. */
  @Get('statistics')
  @Roles('ORGANIZER')
  statisticsOf(@Param('id', ParseId) id: number): Promise<StatisticsResponse> {
    return this.statistics.compute(id);
  }
}
