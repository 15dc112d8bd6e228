import { Injectable } from '@nestjs/common';
import type { Job } from 'bull';
import { HostedContestAccess } from '../../common/auth/hosted-contest-access';
import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { HandlesJob, JobHandler, PendingJob } from '../../jobs/job-handler';
import type { RunSummary } from '../results.entities';
import { ResultsService } from '../results.service';

@Injectable()
@HandlesJob('compute-results')
export class ComputeResultsProcessor implements JobHandler<'compute-results'> {
  constructor(
    private readonly results: ResultsService,
    private readonly hosted: HostedContestAccess,
  ) {}

  /** A hosted contest's organizers (its host unit's coordinators) follow its computations. */
  async mayRead(jobId: string, principal: Principal): Promise<boolean> {
    const match = /^results:results-([1-9][0-9]{0,9})-run-[0-9]+$/.exec(jobId);
    return match !== null && (await this.hosted.organises(Number(match[1]), principal));
  }

  async handle(job: Job<{ runId: number }>): Promise<RunSummary> {
    const { runId } = job.data;
    if (!Number.isInteger(runId) || runId < 1) {
      throw new Error(`compute-results: bad payload ${JSON.stringify(job.data)}`);
    }
    try {
      return await this.results.computeRun(runId, (percent) => job.progress(percent));
    } catch (error) {
      if (error instanceof DomainError && error.kind !== 'UNAVAILABLE') {
        // Not ready, wrong stage: another attempt would fail the same way (the run says why).
        await job.discard();
      } else if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await this.results.fail(
          runId,
          'RESULTS_COMPUTE_CRASHED',
          error instanceof Error ? error.message : String(error),
        );
      }
      throw error;
    }
  }

  pending(): Promise<PendingJob<'compute-results'>[]> {
    return this.results.pendingJobs();
  }
}
