import { Injectable } from '@nestjs/common';
import type { Job } from 'bull';
import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { HandlesJob, JobHandler, PendingJob } from '../../jobs/job-handler';
import type { ImportCounts } from '../roster-imports.repository';
import { RosterImportService } from '../roster-import.service';

@Injectable()
@HandlesJob('import-roster')
export class ImportRosterProcessor implements JobHandler<'import-roster'> {
  constructor(private readonly imports: RosterImportService) {}

  async handle(job: Job<{ importId: number }>): Promise<ImportCounts> {
    const { importId } = job.data;
    if (!Number.isInteger(importId) || importId < 1) {
      throw new Error(`import-roster: bad payload ${JSON.stringify(job.data)}`);
    }
    try {
      return await this.imports.runStored(importId, (percent) => job.progress(percent));
    } catch (error) {
      if (error instanceof DomainError && error.kind !== 'UNAVAILABLE') {
        // The file or the contest is wrong: another attempt would fail the same way.
        await job.discard();
      } else if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await this.imports.giveUp(importId, error instanceof Error ? error.message : String(error));
      }
      throw error;
    }
  }

  pending(): Promise<PendingJob<'import-roster'>[]> {
    return this.imports.pendingJobs();
  }

  /** A unit coordinator follows the roster imports they uploaded. */
  mayRead(jobId: string, principal: Principal): Promise<boolean> {
    return this.imports.mayFollowJob(jobId, principal);
  }
}
