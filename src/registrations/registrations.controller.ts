import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { HostedContest, Roles } from '../common/auth/roles.decorator';
import { ApiFileResponse, attachment, XLSX_TYPE } from '../common/http/downloads';
import { ParseId } from '../common/http/id.pipe';
import { DrawService } from './draw.service';
import {
  BulkDecisionDto,
  CreateRegistrationDto,
  DrawDto,
  ListRegistrationsQuery,
  UpdateRegistrationDto,
} from './dto/registration-input.dto';
import {
  DecisionsResponse,
  DrawSheetResponse,
  DrawSummaryResponse,
  RegistrationResponse,
} from './dto/registration.response';
import { RegistrationsExport } from './registrations-export';
import { RegistrationsService } from './registrations.service';

@ApiTags('registrations')
@ApiBearerAuth()
@Controller()
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly draws: DrawService,
    private readonly exports: RegistrationsExport,
  ) {}

  /** Registers one worker (a coordinator: within their own units; the unit defaults to theirs). */
  @Post('contests/:id/registrations')
  @HostedContest()
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async register(
    @Param('id', ParseId) contestId: number,
    @Body() dto: CreateRegistrationDto,
    @CurrentUser() user: Principal,
  ): Promise<RegistrationResponse> {
    const view = await this.registrations.register(contestId, dto, user);
    return RegistrationResponse.of(view, { organizer: user.role === 'ORGANIZER' });
  }

  /**
   * The contest's registrations (a coordinator: their units' only), ID numbers and phones masked.
   * Every row unless `page`/`pageSize` is given; the header X-Total-Count has the full count.
   */
  @Get('contests/:id/registrations')
  @HostedContest()
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async list(
    @Param('id', ParseId) contestId: number,
    @Query() query: ListRegistrationsQuery,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RegistrationResponse[]> {
    const { rows, total } = await this.registrations.list(contestId, query, user);
    void reply.header('X-Total-Count', String(total));
    return rows.map((r) => RegistrationResponse.of(r, { organizer: user.role === 'ORGANIZER' }));
  }

  /** Every registration as .xlsx, with whole ID numbers and phones (organizers only). */
  @Get('contests/:id/registrations/export')
  @HostedContest()
  @Roles('ORGANIZER')
  @ApiFileResponse(XLSX_TYPE, '报名汇总-<contest>.xlsx: one row per registration.')
  async export(@Param('id', ParseId) contestId: number): Promise<StreamableFile> {
    const contest = await this.registrations.contest(contestId);
    return new StreamableFile(
      this.exports.workbook(contestId, `报名汇总（竞赛项目 ${contest.id}）`),
      {
        type: XLSX_TYPE,
        disposition: attachment(`报名汇总-${contest.id}.xlsx`),
      },
    );
  }

  /** Approve, reject (with a reason) or withdraw many registrations at once; all or nothing. */
  @Post('contests/:id/registrations/decisions')
  @HostedContest()
  @HttpCode(200)
  @Roles('ORGANIZER')
  decideMany(
    @Param('id', ParseId) contestId: number,
    @Body() dto: BulkDecisionDto,
    @CurrentUser() user: Principal,
  ): Promise<DecisionsResponse> {
    return this.registrations.decideMany(contestId, dto, user);
  }

  /** One registration; an organizer sees the whole ID number, phone and date of birth. */
  @Get('registrations/:id')
  @HostedContest('registration')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async get(
    @Param('id', ParseId) id: number,
    @CurrentUser() user: Principal,
  ): Promise<RegistrationResponse> {
    const organizer = user.role === 'ORGANIZER';
    return RegistrationResponse.of(await this.registrations.get(id, user), {
      organizer,
      reveal: organizer,
    });
  }

  /** Organizers approve, reject (reason required) or withdraw, and mark guests; coordinators withdraw. */
  @Patch('registrations/:id')
  @HostedContest('registration')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async update(
    @Param('id', ParseId) id: number,
    @Body() dto: UpdateRegistrationDto,
    @CurrentUser() user: Principal,
  ): Promise<RegistrationResponse> {
    const view = await this.registrations.update(id, dto, user);
    return RegistrationResponse.of(view, { organizer: user.role === 'ORGANIZER' });
  }

  /** The draw: a station number and a secret code for every approved registration. */
  @Post('contests/:id/draw')
  @HostedContest()
  @Roles('ORGANIZER')
  draw(
    @Param('id', ParseId) contestId: number,
    @Body() dto: DrawDto,
  ): Promise<DrawSummaryResponse> {
    return this.draws.draw(contestId, dto.redraw ?? false);
  }

  /** The draw sheet: station, code and worker, station by station (organizers only). */
  @Get('contests/:id/draw')
  @HostedContest()
  @Roles('ORGANIZER')
  async sheet(@Param('id', ParseId) contestId: number): Promise<DrawSheetResponse> {
    const sheet = await this.draws.sheet(contestId);
    return {
      ...sheet,
      entries: sheet.entries.map((r) => RegistrationResponse.of(r, { organizer: true })),
    };
  }
}
