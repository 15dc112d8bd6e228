import { Injectable } from '@nestjs/common';
import type { Job } from 'bull';
import { DomainError } from '../../common/errors/domain-error';
import { HandlesJob, JobHandler } from '../../jobs/job-handler';
import { CertificatesService, IssueReport } from '../certificates.service';

@Injectable()
@HandlesJob('issue-certificates')
export class IssueCertificatesProcessor implements JobHandler<'issue-certificates'> {
  constructor(private readonly certificates: CertificatesService) {}

  async handle(job: Job<{ contestId: number; participation: boolean }>): Promise<IssueReport> {
    const { contestId, participation } = job.data;
    if (!Number.isInteger(contestId) || typeof participation !== 'boolean') {
      throw new Error(`issue-certificates: bad payload ${JSON.stringify(job.data)}`);
    }
    try {
      return await this.certificates.issue(contestId, participation, (p) => job.progress(p));
    } catch (error) {
      // Unpublished results or a font without a glyph: retrying changes nothing.
      if (error instanceof DomainError && error.kind !== 'UNAVAILABLE') await job.discard();
      throw error;
    }
  }
}
