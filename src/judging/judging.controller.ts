import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { parseIfMatch } from '../common/http/if-match';
import { readUpload } from '../common/http/upload';
import { UploadThrottle } from '../common/http/upload-throttle.guard';
import { Environment } from '../config/environment';
import { ScoreImportService } from './score-import.service';
import { ScoreFileUploadErrors } from './judging.errors';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { HostedContest, Roles } from '../common/auth/roles.decorator';
import { ParseId } from '../common/http/id.pipe';
import { AuditService } from './audit.service';
import { ConfirmationService } from './confirmation.service';
import {
  AssignJudgeDto,
  AuditQuery,
  ConfirmScoresDto,
  DeclareConflictDto,
  ScoreGroupQuery,
  ScoreImportQuery,
  SubmitAttendanceDto,
  SubmitScoresDto,
  SubmitTimesDto,
} from './dto/judging-input.dto';
import {
  CloseReportResponse,
  ConfirmReportResponse,
  ConflictDeclaredResponse,
  JudgeResponse,
  SavedCountResponse,
  ScoresSavedResponse,
  VerifyReportResponse,
} from './dto/judging.response';
import {
  AuditEntryResponse,
  ScoreGroupResponse,
  ScoreImportResultResponse,
  ScoreSheetResponse,
  ScoreStatusResponse,
} from './dto/judging-views.response';
import { JudgesService } from './judges.service';
import { JudgingContext } from './judging-context';
import { ScoringService } from './scoring.service';

@ApiTags('judging')
@ApiBearerAuth()
@HostedContest()
@Controller('contests/:id')
export class JudgingController {
  constructor(
    private readonly judges: JudgesService,
    private readonly scoring: ScoringService,
    private readonly confirmation: ConfirmationService,
    private readonly audit: AuditService,
    private readonly context: JudgingContext,
    private readonly imports: ScoreImportService,
    private readonly env: Environment,
  ) {}

  /** Assigns a judge or chief judge; conflicts of interest are reported by code, never by name. */
  @Post('judges')
  @Roles('ORGANIZER')
  assign(
    @Param('id', ParseId) contestId: number,
    @Body() dto: AssignJudgeDto,
    @CurrentUser() user: Principal,
  ): Promise<JudgeResponse> {
    return this.judges.assign(contestId, dto, user);
  }

  @Get('judges')
  @Roles('ORGANIZER', 'JUDGE')
  listJudges(
    @Param('id', ParseId) contestId: number,
    @CurrentUser() user: Principal,
  ): Promise<JudgeResponse[]> {
    return this.judges.list(contestId, user);
  }

  /** Removes a judge who has not scored anything. */
  @Delete('judges/:userId')
  @HttpCode(204)
  @Roles('ORGANIZER')
  async removeJudge(
    @Param('id', ParseId) contestId: number,
    @Param('userId', ParseId) userId: number,
    @CurrentUser() user: Principal,
  ): Promise<void> {
    await this.judges.remove(contestId, userId, user);
  }

  /** A further conflict of interest (回避): a judge names the worker by ID number. */
  @Post('conflicts')
  @Roles('ORGANIZER', 'JUDGE')
  declareConflict(
    @Param('id', ParseId) contestId: number,
    @Body() dto: DeclareConflictDto,
    @CurrentUser() user: Principal,
  ): Promise<ConflictDeclaredResponse> {
    return this.judges.declareConflict(contestId, dto, user);
  }

  /** The caller's blind score sheet: their workers by code, their criteria, their scores. */
  @Get('score-sheet')
  @Roles('JUDGE')
  sheet(
    @Param('id', ParseId) contestId: number,
    @CurrentUser() user: Principal,
  ): Promise<ScoreSheetResponse> {
    return this.scoring.sheet(contestId, user);
  }

  /** Saves a batch of `{ code, criterionKey, points, version? }`, all or nothing. */
  @Put('scores')
  @Roles('JUDGE')
  @ApiHeader({
    name: 'if-match',
    required: false,
    description: 'For a batch of one entry: the version that was read, e.g. "2"',
  })
  async submit(
    @Param('id', ParseId) contestId: number,
    @Body() dto: SubmitScoresDto,
    @CurrentUser() user: Principal,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ScoresSavedResponse> {
    const version = parseIfMatch(ifMatch);
    if (version !== undefined && dto.entries.length === 1) dto.entries[0].version ??= version;
    const entries = await this.scoring.submit(contestId, dto, user);
    return { saved: entries.filter((e) => e.outcome !== 'unchanged').length, entries };
  }

  /**
   * Theory-exam scores from a file (multipart `file`, .xlsx or .csv): code or ID number, and the
   * score. Good rows are saved; every bad row is listed with its row number, field and reason.
   */
  @Post('scores/import')
  @UploadThrottle()
  @HttpCode(200)
  @Roles('ORGANIZER', 'JUDGE')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  async importScores(
    @Param('id', ParseId) contestId: number,
    @Query() query: ScoreImportQuery,
    @Req() request: FastifyRequest,
    @CurrentUser() user: Principal,
  ): Promise<ScoreImportResultResponse> {
    const file = await readUpload(
      request,
      'file',
      this.env.ROSTER_MAX_BYTES,
      ScoreFileUploadErrors,
    );
    return this.imports.import(contestId, file, query, user);
  }

  /** Time used per contestant, for the tie-break. */
  @Put('times')
  @Roles('JUDGE', 'ORGANIZER')
  times(
    @Param('id', ParseId) contestId: number,
    @Body() dto: SubmitTimesDto,
    @CurrentUser() user: Principal,
  ): Promise<SavedCountResponse> {
    return this.scoring.times(contestId, dto, user);
  }

  /** Marks contestants ABSENT or DISQUALIFIED (listed without a rank, no scores needed). */
  @Put('attendance')
  @Roles('JUDGE', 'ORGANIZER')
  attendance(
    @Param('id', ParseId) contestId: number,
    @Body() dto: SubmitAttendanceDto,
    @CurrentUser() user: Principal,
  ): Promise<SavedCountResponse> {
    return this.scoring.attendance(contestId, dto, user);
  }

  /** What is missing, flagged (spread beyond tolerance, too few judges) and ready. */
  @Get('scores/status')
  @Roles('ORGANIZER', 'JUDGE')
  status(
    @Param('id', ParseId) contestId: number,
    @CurrentUser() user: Principal,
  ): Promise<ScoreStatusResponse> {
    return this.confirmation.status(contestId, user);
  }

  /** One contestant's scores on one criterion, judge by judge (`?code=&criterionKey=`). */
  @Get('scores/group')
  @Roles('ORGANIZER', 'JUDGE')
  group(
    @Param('id', ParseId) contestId: number,
    @Query() query: ScoreGroupQuery,
    @CurrentUser() user: Principal,
  ): Promise<ScoreGroupResponse> {
    return this.confirmation.group(contestId, query, user);
  }

  /**
   * A chief judge (or an organizer: the second hand after a chief's correction) confirms every
   * complete, in-tolerance group they did not score or enter.
   */
  @Post('scores/confirm')
  @HttpCode(200)
  @Roles('JUDGE', 'ORGANIZER')
  confirm(
    @Param('id', ParseId) contestId: number,
    @Body() dto: ConfirmScoresDto,
    @CurrentUser() user: Principal,
  ): Promise<ConfirmReportResponse> {
    return this.confirmation.confirm(contestId, dto.criterionKeys, user);
  }

  /**
   * The chief judge closes scoring once every score is confirmed: SCORING → REVIEW, audited.
   * 409 SCORING_INCOMPLETE says what is still missing, flagged or unconfirmed.
   */
  @Post('scores/close')
  @HttpCode(200)
  @Roles('JUDGE')
  close(
    @Param('id', ParseId) contestId: number,
    @CurrentUser() user: Principal,
  ): Promise<CloseReportResponse> {
    return this.confirmation.close(contestId, user);
  }

  /** The audit log, in order, a page at a time (`afterSeq`, `limit` ≤ 5000). */
  @Get('audit')
  @Roles('ORGANIZER', 'JUDGE')
  async auditLog(
    @Param('id', ParseId) contestId: number,
    @Query() query: AuditQuery,
    @CurrentUser() user: Principal,
  ): Promise<AuditEntryResponse[]> {
    return this.confirmation.auditLog(contestId, query.afterSeq ?? 0, query.limit ?? 500, user);
  }

  /** Recomputes the hash chain: `{ ok, entries, firstBroken? }`. */
  @Get('audit/verify')
  @Roles('ORGANIZER', 'JUDGE')
  async verify(
    @Param('id', ParseId) contestId: number,
    @CurrentUser() user: Principal,
  ): Promise<VerifyReportResponse> {
    this.context.assertOrganizerOrChief(await this.context.load(contestId), user);
    return this.audit.verify(contestId);
  }
}
