import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { HostedContestAccess } from '../common/auth/hosted-contest-access';
import { Roles } from '../common/auth/roles.decorator';
import { ParseId } from '../common/http/id.pipe';
import { CompetitionsService } from './competitions.service';
import { CompetitionResponse } from './dto/competition.response';
import { CreateCompetitionDto } from './dto/create-competition.dto';

@ApiTags('competitions')
@ApiBearerAuth()
@Controller('competitions')
export class CompetitionsController {
  constructor(
    private readonly competitions: CompetitionsService,
    private readonly hosted: HostedContestAccess,
  ) {}

  @Post()
  @Roles('ORGANIZER')
  async create(
    @Body() dto: CreateCompetitionDto,
    @CurrentUser() user: Principal,
  ): Promise<CompetitionResponse> {
    return CompetitionResponse.of(await this.competitions.create(dto, user));
  }

  @Get()
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  async list(): Promise<CompetitionResponse[]> {
    return (await this.competitions.list()).map((c) => CompetitionResponse.of(c));
  }

  /**
   * The competition with a summary of its contests (a coordinator: not those hosted by units
   * unrelated to theirs, docs/security.md "Hosted contests").
   */
  @Get(':id')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  async get(
    @Param('id', ParseId) id: number,
    @CurrentUser() user: Principal,
  ): Promise<CompetitionResponse> {
    const { competition, contests } = await this.competitions.get(id);
    const shown = await this.hosted.visible(
      contests.map((c) => c.id),
      user,
    );
    return CompetitionResponse.of(
      competition,
      contests.filter((c) => shown.has(c.id)),
    );
  }
}
