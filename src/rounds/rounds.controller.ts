import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Public, Roles } from '../common/auth/roles.decorator';
import { ParseId } from '../common/http/id.pipe';
import { AdvancementAnswersService } from './advancement-answers.service';
import { AdvancementApplyResponse, DeclineAdvancementDto } from './dto/advancement-answers.dto';
import {
  AdvancementResponse,
  FeedersResponse,
  PublicAdvancementResponse,
  SavedFeedersResponse,
} from './dto/advancement.response';
import { SetFeedersDto } from './dto/feeders.dto';
import { RoundsService } from './rounds.service';

@ApiTags('rounds')
@ApiBearerAuth()
@Controller()
export class RoundsController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly answers: AdvancementAnswersService,
  ) {}

  /** The later round's feeders (选拔赛) and rule of advancement (晋级规则), replacing any before. */
  @Put('contests/:id/feeders')
  @Roles('ORGANIZER')
  setFeeders(
    @Param('id', ParseId) contestId: number,
    @Body() dto: SetFeedersDto,
  ): Promise<FeedersResponse> {
    return this.rounds.setFeeders(contestId, dto.feederContestIds, dto.rule);
  }

  /**
   * The saved feeders and rule, as PUT answered them; before any PUT `{ feederContestIds: [],
   * rule: null }` (docs/advancement.md). 404 CONTEST_NOT_FOUND when there is no such contest.
   */
  @Get('contests/:id/feeders')
  @Roles('ORGANIZER')
  async feeders(@Param('id', ParseId) contestId: number): Promise<SavedFeedersResponse> {
    return Object.assign(new SavedFeedersResponse(), await this.rounds.feeders(contestId));
  }

  /**
   * Computes the advancement list from the feeders' published results; keeps a new version only
   * when the list changed (the same version otherwise). Never touches registrations.
   */
  @Post('contests/:id/advancement')
  @HttpCode(200)
  @Roles('ORGANIZER')
  async compute(
    @Param('id', ParseId) contestId: number,
    @CurrentUser() user: Principal,
  ): Promise<AdvancementResponse> {
    return AdvancementResponse.of(await this.rounds.compute(contestId, user));
  }

  /** The latest version of the advancement list. */
  @Get('contests/:id/advancement')
  @Roles('ORGANIZER')
  async latest(@Param('id', ParseId) contestId: number): Promise<AdvancementResponse> {
    return AdvancementResponse.of(await this.rounds.latest(contestId));
  }

  /**
   * Makes the final's registrations follow the latest list (while the final is DRAFT or
   * REGISTRATION): advancers approved and linked to their feeder entry, the others withdrawn.
   * Running it again changes only what changed.
   */
  @Post('contests/:id/advancement/apply')
  @HttpCode(200)
  @Roles('ORGANIZER')
  async apply(
    @Param('id', ParseId) contestId: number,
    @CurrentUser() user: Principal,
  ): Promise<AdvancementApplyResponse> {
    return AdvancementApplyResponse.of(await this.answers.apply(contestId, user));
  }

  /**
   * An advancer declines (弃权); `:registrationId` is the feeder entry. Answers the new version of
   * the list, the reserve moved up. Organizers, or a coordinator of the worker's unit or above it.
   */
  @Post('advancement/:registrationId/decline')
  @HttpCode(200)
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async decline(
    @Param('registrationId', ParseId) registrationId: number,
    @Body() dto: DeclineAdvancementDto,
    @CurrentUser() user: Principal,
  ): Promise<AdvancementResponse> {
    return AdvancementResponse.of(
      await this.answers.decline(registrationId, dto.reason.trim(), user),
    );
  }

  /** An advancer confirms their place (确认参赛); answers the list as computed again. */
  @Post('advancement/:registrationId/confirm')
  @HttpCode(200)
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async confirm(
    @Param('registrationId', ParseId) registrationId: number,
    @CurrentUser() user: Principal,
  ): Promise<AdvancementResponse> {
    return AdvancementResponse.of(await this.answers.confirm(registrationId, user));
  }
}

@ApiTags('public')
@Controller('public')
@Public()
export class PublicAdvancementController {
  constructor(private readonly rounds: RoundsService) {}

  /**
   * The latest advancement list (晋级名单) once one exists: names, units, totals and ranks only,
   * and its feeders named by trade, round and host unit.
   */
  @Get('contests/:id/advancement')
  async latest(@Param('id', ParseId) contestId: number): Promise<PublicAdvancementResponse> {
    const { version, feeders } = await this.rounds.publicLatest(contestId);
    return PublicAdvancementResponse.ofPublic(version, feeders);
  }
}
