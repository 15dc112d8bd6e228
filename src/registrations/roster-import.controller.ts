import { Controller, Get, HttpCode, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { HostedContest, Roles } from '../common/auth/roles.decorator';
import { ApiFileResponse, attachment, XLSX_TYPE } from '../common/http/downloads';
import { ParseId } from '../common/http/id.pipe';
import { readUpload } from '../common/http/upload';
import { UploadThrottle } from '../common/http/upload-throttle.guard';
import { Environment } from '../config/environment';
import { UnitsRepository } from '../units/units.repository';
import { buildRosterTemplate } from './import/roster-template';
import { RegistrationsService } from './registrations.service';
import {
  ImportResultResponse,
  ImportStatusResponse,
  QueuedImportResponse,
} from './dto/roster-import.response';
import { RosterImportErrors } from './roster-import.errors';
import { RosterImportService } from './roster-import.service';

@ApiTags('registrations')
@ApiBearerAuth()
@HostedContest()
@Controller('contests/:id/registrations')
export class RosterImportController {
  constructor(
    private readonly imports: RosterImportService,
    private readonly registrations: RegistrationsService,
    private readonly units: UnitsRepository,
    private readonly env: Environment,
  ) {}

  /**
   * Imports a roster (.xlsx or .csv, multipart field `file`). A small file is imported at once
   * (200 with the result); a large one is queued (202 with a job to follow).
   */
  @Post('import')
  @UploadThrottle()
  @HttpCode(200)
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOkResponse({ type: ImportResultResponse, description: 'A small file, imported at once.' })
  @ApiAcceptedResponse({ type: QueuedImportResponse, description: 'A large file, queued.' })
  async import(
    @Param('id', ParseId) contestId: number,
    @Req() request: FastifyRequest,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportResultResponse | QueuedImportResponse> {
    const file = await readUpload(request, 'file', this.env.ROSTER_MAX_BYTES, RosterImportErrors);
    const answer = await this.imports.upload(contestId, user, file);
    if (answer.kind === 'done') return answer.counts;
    void reply.status(202);
    return { importId: answer.importId, jobId: answer.jobId, status: 'QUEUED' };
  }

  /** State, progress and (when done) the result of a queued import. */
  @Get('imports/:importId')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async status(
    @Param('id', ParseId) contestId: number,
    @Param('importId', ParseId) importId: number,
    @CurrentUser() user: Principal,
  ): Promise<ImportStatusResponse> {
    return ImportStatusResponse.of(await this.imports.status(contestId, importId, user));
  }

  /** An empty roster workbook with the expected columns, instructions and the caller's units. */
  @Get('import-template')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  @ApiFileResponse(
    XLSX_TYPE,
    '报名表模板-<contest>.xlsx: the roster columns, instructions and units.',
  )
  async template(
    @Param('id', ParseId) contestId: number,
    @CurrentUser() user: Principal,
  ): Promise<StreamableFile> {
    const contest = await this.registrations.contest(contestId);
    const actor = await this.registrations.actor(user, contest);
    const units = actor.scope ? await this.units.listSubtree(actor.scope) : await this.units.list();
    const content = await buildRosterTemplate({
      units: units.map((u) => ({ code: u.code, name: u.name })),
      contestLabel: `竞赛项目 ${contest.id}`,
    });
    return new StreamableFile(content, {
      type: XLSX_TYPE,
      disposition: attachment(`报名表模板-${contest.id}.xlsx`),
    });
  }
}
