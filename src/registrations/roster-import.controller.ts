import { Controller, Get, HttpCode, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { attachment, XLSX_TYPE } from '../common/http/downloads';
import { ParseId } from '../common/http/id.pipe';
import { readUpload } from '../common/http/upload';
import { UploadThrottle } from '../common/http/upload-throttle.guard';
import { Environment } from '../config/environment';
import { UnitsRepository } from '../units/units.repository';
import { buildRosterTemplate } from './import/roster-template';
import { RegistrationsService } from './registrations.service';
import type { RejectedRow, RosterImport } from './roster-import.entity';
import { RosterImportErrors } from './roster-import.errors';
import { RosterImportService } from './roster-import.service';

export class ImportResultResponse {
  /** Data rows read (blank rows are not counted). */
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Every refused row: its number in the spreadsheet, the field, a stable code and the reason. */
  rejected: RejectedRow[];
}

export class QueuedImportResponse {
  importId: number;
  /** Follow it at GET /api/jobs/:jobId or GET …/registrations/imports/:importId. */
  jobId: string;
  status: 'QUEUED';
}

export class ImportStatusResponse {
  importId: number;
  status: RosterImport['status'];
  progress: number;
  jobId: string | null;
  filename: string;
  result: ImportResultResponse | null;
  error: { code: string; message: string } | null;

  static of(record: RosterImport): ImportStatusResponse {
    return Object.assign(new ImportStatusResponse(), {
      importId: record.id,
      status: record.status,
      progress: record.progress,
      jobId: record.jobId,
      filename: record.filename,
      result:
        record.status === 'DONE'
          ? {
              totalRows: record.totalRows ?? 0,
              created: record.createdCount ?? 0,
              updated: record.updatedCount ?? 0,
              unchanged: record.unchangedCount ?? 0,
              rejected: record.rejected ?? [],
            }
          : null,
      error:
        record.errorCode !== null
          ? { code: record.errorCode, message: record.errorMessage ?? '' }
          : null,
    });
  }
}

@ApiTags('registrations')
@ApiBearerAuth()
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
  @ApiProduces(XLSX_TYPE)
  async template(
    @Param('id', ParseId) contestId: number,
    @CurrentUser() user: Principal,
  ): Promise<StreamableFile> {
    const contest = await this.registrations.contest(contestId);
    const actor = await this.registrations.actor(user);
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
