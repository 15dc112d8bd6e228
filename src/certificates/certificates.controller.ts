import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { HostedContest, Public, Roles } from '../common/auth/roles.decorator';
import { ApiFileResponse, attachment } from '../common/http/downloads';
import { ParseId } from '../common/http/id.pipe';
import { ContestsRepository } from '../contests/contests.repository';
import { TITLE_NAMES_ZH, type Title } from '../contests/rules';
import { JobQueue } from '../jobs/job-queue.service';
import { LookupDto } from '../results/dto/results.dto';
import { PublicLookupThrottlerGuard } from '../common/http/public-lookup.guard';
import type { Certificate } from './certificate.entity';
import { CertificateErrors } from './certificates.errors';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';
import { CertificateLookup } from './certificate-lookup';
import { CertificateRequests, certificatesJobKey } from './certificate-requests';
import {
  CertificateLookupResponse,
  CertificateResponse,
  VerificationResponse,
} from './dto/certificate.response';
import { IssueCertificatesDto } from './dto/issue-certificates.dto';
import { IssueQueuedResponse } from './dto/issue.response';

const PDF = 'application/pdf';

/** A PDF is drawn again when its file is missing, and that can fail on the font. */
const GLYPH_MISSING =
  'CERTIFICATE_GLYPH_MISSING: the stored file was missing and the font cannot draw a character of the name or unit';

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(
    private readonly service: CertificatesService,
    private readonly certificates: CertificatesRepository,
    private readonly lookup: CertificateLookup,
    private readonly jobs: JobQueue,
    private readonly contests: ContestsRepository,
    private readonly requests: CertificateRequests,
  ) {}

  /** Queues the issue (and any needed revocation and reissue) of the contest's certificates. */
  @Post('contests/:id/certificates/issue')
  @HostedContest()
  @HttpCode(202)
  @ApiBearerAuth()
  @Roles('ORGANIZER')
  async issue(
    @Param('id', ParseId) contestId: number,
    @Body() dto: IssueCertificatesDto,
  ): Promise<IssueQueuedResponse> {
    const contest = await this.service.assertPublished(contestId);
    const participation = dto.participation ?? false;
    const runId = contest.publishedRunId!;
    // Kept in the database until the job has run: Redis may lose a job that has not started.
    const recorded = await this.requests.record(contestId, runId, participation);
    try {
      const jobId = await this.jobs.enqueue(
        'issue-certificates',
        { contestId, participation, runId },
        certificatesJobKey(contestId, runId, participation),
        { replaceFinished: true },
      );
      return { jobId };
    } catch (error) {
      // Not queued (503): the request is not taken, as the answer says.
      await this.requests.undo(contestId, participation, recorded);
      throw error;
    }
  }

  @Get('contests/:id/certificates')
  @HostedContest()
  @ApiBearerAuth()
  @Roles('ORGANIZER')
  async list(@Param('id', ParseId) contestId: number): Promise<CertificateResponse[]> {
    await this.contests.get(contestId);
    return (await this.certificates.list(contestId)).map((c) => CertificateResponse.of(c));
  }

  /** Every valid certificate of the contest as one .zip of PDFs. */
  @Get('contests/:id/certificates/zip')
  @HostedContest()
  @ApiBearerAuth()
  @Roles('ORGANIZER')
  @ApiFileResponse('application/zip', '证书-<contest>.zip: a PDF per valid certificate.')
  async zip(@Param('id', ParseId) contestId: number): Promise<StreamableFile> {
    await this.contests.get(contestId);
    const issued = await this.certificates.issued(contestId);
    return new StreamableFile(this.service.zip(issued), {
      type: 'application/zip',
      disposition: attachment(`证书-${contestId}.zip`),
    });
  }

  @Get('certificates/:serial/pdf')
  @HostedContest('certificate', 'serial')
  @ApiBearerAuth()
  @Roles('ORGANIZER')
  @ApiFileResponse(PDF, 'The certificate as <serial>.pdf.')
  @ApiUnprocessableEntityResponse({ description: GLYPH_MISSING })
  async pdf(@Param('serial') serial: string): Promise<StreamableFile> {
    const certificate = await this.certificates.bySerial(serial);
    if (!certificate) throw CertificateErrors.notFound();
    return this.file(certificate);
  }

  /** Verification for anyone, by the code on the certificate (and in its QR code). */
  @Get('public/certificates/:code')
  @Public()
  async verify(@Param('code') code: string): Promise<VerificationResponse> {
    const certificate = await this.certificates.byCode(code.trim().toUpperCase());
    if (!certificate) throw CertificateErrors.notFound();
    const replacement = certificate.replacedBy
      ? await this.certificates.byId(certificate.replacedBy)
      : null;
    return {
      valid: certificate.status === 'ISSUED',
      status: certificate.status,
      serial: certificate.serial,
      name: certificate.name,
      unit: certificate.unitName,
      trade: certificate.tradeName,
      title: certificate.title ? TITLE_NAMES_ZH[certificate.title as Title] : null,
      competition: certificate.competitionName,
      issuedAt: certificate.issuedOn,
      ...(certificate.status === 'REVOKED' ? { replacedBy: replacement?.serial ?? null } : {}),
    };
  }

  /** The holder's own PDF, by the verification code they hold. */
  @Get('public/certificates/:code/pdf')
  @Public()
  @ApiFileResponse(PDF, 'The certificate as <serial>.pdf.')
  @ApiUnprocessableEntityResponse({ description: GLYPH_MISSING })
  async holderPdf(@Param('code') code: string): Promise<StreamableFile> {
    const certificate = await this.certificates.byCode(code.trim().toUpperCase());
    if (!certificate || certificate.status !== 'ISSUED') throw CertificateErrors.notFound();
    return this.file(certificate);
  }

  /** A worker finds their own certificates by name and ID number (rate-limited per address). */
  @Post('public/certificates/lookup')
  @Public()
  @HttpCode(200)
  @UseGuards(PublicLookupThrottlerGuard)
  @Header('cache-control', 'no-store')
  async mine(@Body() dto: LookupDto): Promise<CertificateLookupResponse[]> {
    return (await this.lookup.forWorker(dto.name, dto.idNumber)).map((c) => ({
      serial: c.serial,
      code: c.code,
      trade: c.tradeName,
      title: c.title ? TITLE_NAMES_ZH[c.title as Title] : null,
      pdf: `/api/public/certificates/${c.code}/pdf`,
    }));
  }

  private async file(certificate: Certificate): Promise<StreamableFile> {
    return new StreamableFile(await this.service.pdf(certificate), {
      type: PDF,
      disposition: attachment(`${certificate.serial}.pdf`),
    });
  }
}
