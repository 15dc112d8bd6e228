import { DynamicModule, Module } from '@nestjs/common';
import { HostedContestAccess } from '../common/auth/hosted-contest-access';
import { ContestsModule } from '../contests/contests.module';
import { PublicLookupThrottlerGuard } from '../common/http/public-lookup.guard';
import { CertificateFiles } from './certificate-files';
import { CertificateLookup } from './certificate-lookup';
import { CertificateRequests } from './certificate-requests';
import { CertificateRenderer } from './certificate-renderer';
import { CertificatesController } from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';
import { IssueCertificatesProcessor } from './jobs/issue-certificates.processor';
import { ReissueOnPublication } from './reissue-on-publication';
import { UnitResults } from './unit-results';
import { UnitResultsController } from './unit-results.controller';
import { VerifyPageController } from './verify-page.controller';

/** Certificates: the issue job, PDFs, verification, the holder's download and the zip. */
@Module({})
export class CertificatesModule {
  static forRoot(options: { http: boolean }): DynamicModule {
    return {
      module: CertificatesModule,
      imports: [ContestsModule],
      controllers: options.http
        ? [CertificatesController, UnitResultsController, VerifyPageController]
        : [],
      providers: [
        CertificatesRepository,
        CertificateFiles,
        CertificateRenderer,
        CertificatesService,
        CertificateLookup,
        CertificateRequests,
        UnitResults,
        IssueCertificatesProcessor,
        HostedContestAccess,
        // Handles ResultsPublished, inside the publish transaction.
        ReissueOnPublication,
        ...(options.http ? [PublicLookupThrottlerGuard] : []),
      ],
      exports: [CertificatesRepository],
    };
  }
}
