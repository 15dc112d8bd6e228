import { Body, Controller, Get, Headers, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { ParseId } from '../common/http/id.pipe';
import { parseIfMatch } from '../common/http/if-match';
import { ContestsService } from './contests.service';
import { ContestResponse } from './dto/contest.response';
import { CreateContestDto, UpdateContestDto } from './dto/contest-input.dto';

@ApiTags('contests')
@ApiBearerAuth()
@Controller()
export class ContestsController {
  constructor(private readonly contests: ContestsService) {}

  @Post('competitions/:id/contests')
  @Roles('ORGANIZER')
  async create(
    @Param('id', ParseId) competitionId: number,
    @Body() dto: CreateContestDto,
  ): Promise<ContestResponse> {
    return ContestResponse.of(await this.contests.create(competitionId, dto));
  }

  @Get('competitions/:id/contests')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  async list(@Param('id', ParseId) competitionId: number): Promise<ContestResponse[]> {
    return (await this.contests.listByCompetition(competitionId)).map((d) => ContestResponse.of(d));
  }

  @Get('contests/:id')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  async get(@Param('id', ParseId) id: number): Promise<ContestResponse> {
    return ContestResponse.of(await this.contests.get(id));
  }

  /** Edit (DRAFT only) and/or move one step along the lifecycle. */
  @Patch('contests/:id')
  @Roles('ORGANIZER')
  @ApiHeader({
    name: 'if-match',
    required: false,
    description: 'The version that was read, e.g. "3"',
  })
  async update(
    @Param('id', ParseId) id: number,
    @Body() dto: UpdateContestDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ContestResponse> {
    return ContestResponse.of(await this.contests.update(id, dto, parseIfMatch(ifMatch)));
  }
}
