import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/roles.decorator';
import { ParseId } from '../common/http/id.pipe';
import { formatCenti } from '../common/points';
import { PublicResultsCache } from './public-results.cache';
import { parseRankingsQuery } from './rankings-query';
import { byTitlesThenParticipants, unitTable } from './rules/unit-table';
import { CompetitionErrors } from '../competitions/competitions.errors';
import { ContestErrors } from '../contests/contests.errors';
import {
  PublicCompetitionDetailResponse,
  PublicCompetitionResponse,
} from './dto/public-competitions.dto';
import { LookupDto, ObjectionDto, RankingsQuery } from './dto/results.dto';
import { ObjectionFiledResponse } from './dto/publication.response';
import {
  PublicRankingRow,
  PublicRankingsResponse,
  PublicResultLookupResponse,
  PublicUnitLineResponse,
} from './dto/public-results.response';
import { PublicLookupThrottlerGuard } from '../common/http/public-lookup.guard';
import { PublicResultsRepository } from './public.repository';
import { PublicationService } from './publication.service';

@ApiTags('public')
@Controller('public')
@Public()
export class PublicResultsController {
  constructor(
    private readonly published: PublicResultsRepository,
    private readonly publication: PublicationService,
    private readonly cache: PublicResultsCache,
  ) {}

  /** Every competition with how many of its contests are published: the public site's entry. */
  @Get('competitions')
  @ApiOkResponse({ type: PublicCompetitionResponse, isArray: true })
  async competitions(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const body = (await this.cache.get(JSON.stringify(['competitions']), async () =>
      JSON.stringify(await this.published.competitions()),
    )) as string;
    void reply.header('content-type', 'application/json; charset=utf-8');
    return body;
  }

  /** A competition's contests: trade, stage, publication window and field size (no names). */
  @Get('competitions/:id')
  @ApiOkResponse({ type: PublicCompetitionDetailResponse })
  async competition(
    @Param('id', ParseId) competitionId: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = (await this.cache.get(JSON.stringify(['competition', competitionId]), async () => {
      const detail = await this.published.competition(competitionId);
      // Thrown inside the loader: a failed load is not cached.
      if (!detail) throw CompetitionErrors.notFound(competitionId);
      return JSON.stringify(detail satisfies PublicCompetitionDetailResponse);
    })) as string;
    void reply.header('content-type', 'application/json; charset=utf-8');
    return body;
  }

  /** Published results only, per contest or across the competition; search by name or unit. */
  @Get('competitions/:id/rankings')
  @ApiProduces('application/json')
  @ApiOkResponse({ type: PublicRankingsResponse })
  @ApiQuery({ type: RankingsQuery })
  async rankings(
    @Param('id', ParseId) competitionId: number,
    // A plain record: the generic validation pipe is skipped here (see parseRankingsQuery).
    @Query() raw: Record<string, unknown>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const query = parseRankingsQuery(raw);
    const { page, pageSize, q } = query;
    const key = JSON.stringify(['rankings', competitionId, query.contestId, q, page, pageSize]);
    // The answer is kept as JSON text: a burst of readers costs one query and one serialisation.
    const body = (await this.cache.get(key, async () => {
      await this.assertExists(competitionId, query.contestId);
      const { rows, total } = await this.published.rankings(
        competitionId,
        { contestId: query.contestId, q },
        { offset: (page - 1) * pageSize, limit: pageSize },
      );
      return JSON.stringify({
        items: rows.map((r) => PublicRankingRow.of(r)),
        total,
        page,
        pageSize,
      } satisfies PublicRankingsResponse);
    })) as string;
    void reply.header('content-type', 'application/json; charset=utf-8');
    return body;
  }

  /**
   * Per unit: participants, and titles of each kind, over the published results. Cached like the
   * rankings: it reads every published line of the competition.
   */
  @Get('competitions/:id/units')
  @ApiProduces('application/json')
  @ApiOkResponse({ type: PublicUnitLineResponse, isArray: true })
  async units(
    @Param('id', ParseId) competitionId: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = (await this.cache.get(JSON.stringify(['units', competitionId]), async () => {
      await this.assertExists(competitionId);
      const table = unitTable((await this.published.all(competitionId)).map((p) => p.row))
        .sort(byTitlesThenParticipants)
        .map(({ unit, participants, titles }): PublicUnitLineResponse => ({
          unit,
          participants,
          titles,
        }));
      return JSON.stringify(table);
    })) as string;
    void reply.header('content-type', 'application/json; charset=utf-8');
    return body;
  }

  /** A worker's own full breakdown, by name and ID number (rate-limited per address). */
  @Post('results/lookup')
  @HttpCode(200)
  @UseGuards(PublicLookupThrottlerGuard)
  async lookup(@Body() dto: LookupDto): Promise<PublicResultLookupResponse[]> {
    return (await this.publication.lookup(dto.name, dto.idNumber)).map((p) => ({
      ...PublicRankingRow.of(p),
      parts: p.row.parts.parts.map((part) => ({
        name: part.name,
        score: formatCenti(part.scaledCenti),
        passed: part.passed,
      })),
      titleDetail: p.row.titleDetailZh,
      titleDetailEn: p.row.titleDetail,
      // So the worker sees whether an objection can still be lodged (PUBLISHED, window open).
      contestStatus: p.contestStatus,
      publicationEndsAt: p.publicationEndsAt,
    }));
  }

  /** An objection (申诉) to published results, during the publication window. */
  @Post('contests/:id/objections')
  @UseGuards(PublicLookupThrottlerGuard)
  async object(
    @Param('id', ParseId) contestId: number,
    @Body() dto: ObjectionDto,
  ): Promise<ObjectionFiledResponse> {
    const objection = await this.publication.object(contestId, dto);
    return { objectionId: objection.id, status: objection.status };
  }

  /** 404 for a competition that does not exist, or a contest that is not one of its contests. */
  private async assertExists(competitionId: number, contestId?: number): Promise<void> {
    if (!(await this.published.exists(competitionId))) {
      throw CompetitionErrors.notFound(competitionId);
    }
    if (contestId !== undefined && !(await this.published.exists(competitionId, contestId))) {
      throw ContestErrors.notFound(contestId);
    }
  }
}
