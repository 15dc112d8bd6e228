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
import { ResultsExport } from './results-export';

import type { FastifyReply } from 'fastify';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { HostedContest, Roles } from '../common/auth/roles.decorator';
import { ApiFileResponse, attachment, XLSX_TYPE } from '../common/http/downloads';
import { ParseId } from '../common/http/id.pipe';
import {
  DecideObjectionDto,
  PublishDto,
  ResultRowResponse,
  ResultsQuery,
  RunResponse,
} from './dto/results.dto';
import {
  ComputeRequestedResponse,
  FinalizedResponse,
  ObjectionResponse,
  PublicationStateResponse,
  PublishedResponse,
} from './dto/publication.response';
import { ContestsRepository } from '../contests/contests.repository';
import { PublicationService } from './publication.service';
import { ResultsService } from './results.service';

@ApiTags('results')
@ApiBearerAuth()
@Controller()
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly publication: PublicationService,
    private readonly exports: ResultsExport,
    private readonly contests: ContestsRepository,
  ) {}

  /**
   * Queues the computation of the contest's results: 202 `{ runId, jobId }`. Refused with the
   * exact list while any score is missing, flagged or unconfirmed; nothing changed → same run.
   */
  @Post('contests/:id/results/compute')
  @HostedContest()
  @HttpCode(202)
  @Roles('ORGANIZER')
  compute(
    @Param('id', ParseId) contestId: number,
    @CurrentUser() user: Principal,
  ): Promise<ComputeRequestedResponse> {
    return this.results.requestCompute(contestId, user);
  }

  /** A run's rows with the per-part breakdown and why each title was or was not given. */
  @Get('contests/:id/results')
  @HostedContest()
  @Roles('ORGANIZER')
  async rows(
    @Param('id', ParseId) contestId: number,
    @Query() query: ResultsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ResultRowResponse[]> {
    const { run, rows } = await this.results.run(contestId, query.runId);
    void reply.header('X-Run-Id', String(run.id)).header('X-Run-Status', run.status);
    return rows.map((r) => ResultRowResponse.of(r));
  }

  /** The results as the .xlsx posted for 公示 (the published run, or `runId`). */
  @Get('contests/:id/results/export')
  @HostedContest()
  @Roles('ORGANIZER')
  @ApiFileResponse(XLSX_TYPE, '<competition> <trade>成绩.xlsx: the ranked lines with their parts.')
  async exportContest(
    @Param('id', ParseId) contestId: number,
    @Query() query: ResultsQuery,
  ): Promise<StreamableFile> {
    const { stream, filename } = await this.exports.contest(contestId, query.runId);
    return new StreamableFile(stream, { type: XLSX_TYPE, disposition: attachment(filename) });
  }

  /** Every published contest of the competition, a sheet each, and titles per unit. */
  @Get('competitions/:id/results/export')
  @Roles('ORGANIZER')
  @ApiFileResponse(XLSX_TYPE, '<competition>成绩汇总.xlsx: a sheet per contest, and 单位汇总.')
  async exportCompetition(@Param('id', ParseId) competitionId: number): Promise<StreamableFile> {
    const { stream, filename } = await this.exports.competition(competitionId);
    return new StreamableFile(stream, { type: XLSX_TYPE, disposition: attachment(filename) });
  }

  @Get('contests/:id/results/runs')
  @HostedContest()
  @Roles('ORGANIZER')
  async runs(@Param('id', ParseId) contestId: number): Promise<RunResponse[]> {
    return (await this.results.runs(contestId)).map((r) => RunResponse.of(r));
  }

  /** Makes a finished run public and opens the publication window (default 5 days). */
  @Post('contests/:id/results/publish')
  @HostedContest()
  @HttpCode(200)
  @Roles('ORGANIZER')
  async publish(
    @Param('id', ParseId) contestId: number,
    @Body() dto: PublishDto,
    @CurrentUser() user: Principal,
  ): Promise<PublishedResponse> {
    const contest = await this.results.publish(contestId, dto.runId, user);
    return {
      contestId,
      runId: dto.runId,
      status: contest.status,
      publicationEndsAt: contest.publicationEndsAt?.toISOString() ?? null,
    };
  }

  /**
   * Where publication stands: the public run and when its window closes. The window opens with
   * the first publication only, so the pages read it here rather than guess it from the runs.
   */
  @Get('contests/:id/results/publication')
  @HostedContest()
  @Roles('ORGANIZER')
  async publicationState(
    @Param('id', ParseId) contestId: number,
  ): Promise<PublicationStateResponse> {
    const contest = await this.contests.get(contestId);
    return {
      contestId,
      status: contest.status,
      publishedRunId: contest.publishedRunId,
      publicationEndsAt: contest.publicationEndsAt?.toISOString() ?? null,
    };
  }

  /** PUBLISHED → FINAL, once the window has closed and no objection is open. */
  @Post('contests/:id/results/finalize')
  @HostedContest()
  @HttpCode(200)
  @Roles('ORGANIZER')
  async finalize(@Param('id', ParseId) contestId: number): Promise<FinalizedResponse> {
    await this.publication.finalize(contestId);
    return { contestId, status: 'FINAL' };
  }

  @Get('contests/:id/objections')
  @HostedContest()
  @Roles('ORGANIZER')
  async objections(@Param('id', ParseId) contestId: number): Promise<ObjectionResponse[]> {
    return (await this.publication.objections(contestId)).map((o) => ObjectionResponse.of(o));
  }

  /** Upholds (then: correction by the chief judge, a new run, publish again) or dismisses. */
  @Patch('objections/:id')
  @HostedContest('objection')
  @Roles('ORGANIZER')
  async decide(
    @Param('id', ParseId) id: number,
    @Body() dto: DecideObjectionDto,
    @CurrentUser() user: Principal,
  ): Promise<ObjectionResponse> {
    return ObjectionResponse.of(await this.publication.decide(id, dto, user));
  }
}
