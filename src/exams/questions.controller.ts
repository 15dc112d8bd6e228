import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ApiFileResponse, attachment, XLSX_TYPE } from '../common/http/downloads';
import { ParseId } from '../common/http/id.pipe';
import { readUpload } from '../common/http/upload';
import { UploadThrottle } from '../common/http/upload-throttle.guard';
import { Environment } from '../config/environment';
import {
  ListQuestionsQuery,
  QuestionImportResponse,
  QuestionResponse,
  SetQuestionStatusDto,
} from './dto/questions.dto';
import { buildQuestionTemplate } from './import/question-template';
import { QuestionErrors } from './questions.errors';
import { QuestionsService } from './questions.service';

/** A trade's question bank (题库): organizers only (docs/exams.md "The question bank"). */
@ApiTags('exams')
@ApiBearerAuth()
@Controller()
export class QuestionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly env: Environment,
  ) {}

  /**
   * Imports questions (.xlsx or .csv, multipart field `file`): good rows are saved in one
   * transaction (new codes created, changed ones updated or given a new version), bad rows listed.
   */
  @Post('trades/:id/questions/import')
  @UploadThrottle()
  @HttpCode(200)
  @Roles('ORGANIZER')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  async import(
    @Param('id', ParseId) tradeId: number,
    @Req() request: FastifyRequest,
    @CurrentUser() user: Principal,
  ): Promise<QuestionImportResponse> {
    await this.questions.requireTrade(tradeId);
    const file = await readUpload(request, 'file', this.env.ROSTER_MAX_BYTES, QuestionErrors);
    return this.questions.import(tradeId, file, user);
  }

  /** The template: the columns in order and one example row per question type. */
  @Get('trades/:id/questions/import-template')
  @Roles('ORGANIZER')
  @ApiFileResponse(XLSX_TYPE, '题库导入模板.xlsx: the columns and one example per type.')
  async template(@Param('id', ParseId) tradeId: number): Promise<StreamableFile> {
    await this.questions.requireTrade(tradeId);
    return new StreamableFile(await buildQuestionTemplate(), {
      type: XLSX_TYPE,
      disposition: attachment(`题库导入模板-${tradeId}.xlsx`),
    });
  }

  /**
   * The current version of each question code, ACTIVE unless `status` says otherwise, by code.
   * Every row unless `page`/`pageSize` is given; the header X-Total-Count has the full count.
   */
  @Get('trades/:id/questions')
  @Roles('ORGANIZER')
  async list(
    @Param('id', ParseId) tradeId: number,
    @Query() query: ListQuestionsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<QuestionResponse[]> {
    const { rows, total } = await this.questions.list(tradeId, query);
    void reply.header('X-Total-Count', String(total));
    return rows.map((row) => QuestionResponse.of(row));
  }

  /** Retires a question (out of new papers; papers already drawn keep it) or brings it back. */
  @Patch('questions/:id')
  @Roles('ORGANIZER')
  async setStatus(
    @Param('id', ParseId) id: number,
    @Body() dto: SetQuestionStatusDto,
  ): Promise<QuestionResponse> {
    return QuestionResponse.of(await this.questions.setStatus(id, dto.status));
  }
}
