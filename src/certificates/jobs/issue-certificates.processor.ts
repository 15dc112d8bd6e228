import { Injectable } from '@nestjs/common';
import type { Job } from 'bull';
import { HostedContestAccess } from '../../common/auth/hosted-contest-access';
import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { HandlesJob, JobHandler, PendingJob } from '../../jobs/job-handler';
import { CertificateRequests } from '../certificate-requests';
import { CertificatesService, IssueReport } from '../certificates.service';

@Injectable()
@HandlesJob('issue-certificates')
export class IssueCertificatesProcessor implements JobHandler<'issue-certificates'> {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly requests: CertificateRequests,
    private readonly hosted: HostedContestAccess,
  ) {}

  /** A hosted contest's organizers (its host unit's coordinators) follow its certificate jobs. */
  async mayRead(jobId: string, principal: Principal): Promise<boolean> {
    const match = /^certificates:certificates-([1-9][0-9]{0,9})-/.exec(jobId);
    return match !== null && (await this.hosted.organises(Number(match[1]), principal));
  }

  async handle(
    job: Job<{ contestId: number; participation: boolean; runId?: number }>,
  ): Promise<IssueReport> {
    const { contestId, participation, runId } = job.data;
    if (
      !Number.isInteger(contestId) ||
      typeof participation !== 'boolean' ||
      (runId !== undefined && !Number.isInteger(runId))
    ) {
      throw new Error(`issue-certificates: bad payload ${JSON.stringify(job.data)}`);
    }
    try {
      const report = await this.certificates.issue(contestId, participation, (p) =>
        job.progress(p),
      );
      // The request is met for the run the certificates now follow (and the one it named).
      await this.requests.finish(contestId, report.runId, participation, 'DONE');
      if (runId !== undefined && runId !== report.runId) {
        await this.requests.finish(contestId, runId, participation, 'DONE');
      }
      return report;
    } catch (error) {
      // Unpublished results or a font without a glyph: retrying changes nothing.
      if (error instanceof DomainError && error.kind !== 'UNAVAILABLE') {
        if (runId !== undefined)
          await this.requests.finish(contestId, runId, participation, 'FAILED');
        await job.discard();
      }
      throw error;
    }
  }

  /** Requests whose job has not run: put back when Redis lost them. */
  pending(): Promise<PendingJob<'issue-certificates'>[]> {
    return this.requests.pending();
  }
}
