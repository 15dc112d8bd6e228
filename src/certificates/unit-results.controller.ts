import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ApiFileResponse, attachment } from '../common/http/downloads';
import { ParseId } from '../common/http/id.pipe';
import { CertificatesService } from './certificates.service';
import { UnitResultLineResponse } from './dto/certificate.response';
import { UnitResults } from './unit-results';

/** A unit coordinator's view of a competition's published results and certificates. */
@ApiTags('results')
@ApiBearerAuth()
@Controller('competitions/:id')
@Roles('UNIT_COORDINATOR')
export class UnitResultsController {
  constructor(
    private readonly unitResults: UnitResults,
    private readonly certificates: CertificatesService,
  ) {}

  /** The published lines of the workers of the caller's unit and the units below it. */
  @Get('unit-results')
  lines(
    @Param('id', ParseId) competitionId: number,
    @CurrentUser() user: Principal,
  ): Promise<UnitResultLineResponse[]> {
    return this.unitResults.lines(competitionId, user);
  }

  /** Their valid certificates as one .zip of PDFs, to print and hand out. */
  @Get('unit-certificates/zip')
  @ApiFileResponse('application/zip', '本单位证书-<competition>.zip: a PDF per valid certificate.')
  async zip(
    @Param('id', ParseId) competitionId: number,
    @CurrentUser() user: Principal,
  ): Promise<StreamableFile> {
    const certificates = await this.unitResults.certificates(competitionId, user);
    return new StreamableFile(this.certificates.zip(certificates), {
      type: 'application/zip',
      disposition: attachment(`本单位证书-${competitionId}.zip`),
    });
  }
}
