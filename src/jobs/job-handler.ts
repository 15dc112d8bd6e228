import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bull';
import type { JobName, JobPayload } from './job-catalogue';

export const JOB_HANDLER_KEY = 'job-handler';

/** Marks a provider as the handler of one job of the catalogue (one file per job). */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER_KEY, name);

export interface JobHandler<N extends JobName> {
  /** Checks the payload and calls one service method; what it returns is the job's result. */
  handle(job: Job<JobPayload<N>>): Promise<unknown>;
}
