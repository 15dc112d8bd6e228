import { Body, Controller, Get, Headers, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { HostedContest, Roles } from '../common/auth/roles.decorator';
import { ParseId } from '../common/http/id.pipe';
import { parseIfMatch } from '../common/http/if-match';
import { ContestsService } from './contests.service';
import { ContestResponse } from './dto/contest.response';
import { HostedContests } from './hosted-contests';
import { CreateContestDto, UpdateContestDto } from './dto/contest-input.dto';

@ApiTags('contests')
@ApiBearerAuth()
@Controller()
export class ContestsController {
  constructor(
    private readonly contests: ContestsService,
    private readonly hosted: HostedContests,
  ) {}

  /** Organizers create any contest; a unit coordinator a round-1 contest hosted within their subtree. */
  @Post('competitions/:id/contests')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async create(
    @Param('id', ParseId) competitionId: number,
    @Body() dto: CreateContestDto,
    @CurrentUser() user: Principal,
  ): Promise<ContestResponse> {
    await this.hosted.checkCreate(dto, user);
    return ContestResponse.of(await this.contests.create(competitionId, dto));
  }

  /** The competition's contests (a coordinator: not those hosted by units unrelated to theirs). */
  @Get('competitions/:id/contests')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  async list(
    @Param('id', ParseId) competitionId: number,
    @CurrentUser() user: Principal,
  ): Promise<ContestResponse[]> {
    const all = await this.contests.listByCompetition(competitionId);
    const shown = await this.hosted.visible(
      all.map((d) => ({ id: d.contest.id, detail: d })),
      user,
    );
    return shown.map((d) => ContestResponse.of(d.detail));
  }

  @Get('contests/:id')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  @HostedContest()
  async get(@Param('id', ParseId) id: number): Promise<ContestResponse> {
    return ContestResponse.of(await this.contests.get(id));
  }

  /** Edit (DRAFT only) and/or move one step along the lifecycle. */
  @Patch('contests/:id')
  @Roles('ORGANIZER')
  @HostedContest()
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
