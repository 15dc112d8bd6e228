import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bull';
import type { JobName, JobPayload } from './job-catalogue';

export const JOB_HANDLER_KEY = 'job-handler';

/** Marks a provider as the handler of one job of the catalogue (one file per job). */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER_KEY, name);

/** A job the database says should be in its queue, with the deterministic id it was added under. */
export interface PendingJob<N extends JobName> {
  payload: JobPayload<N>;
  key: string;
}

export interface JobHandler<N extends JobName> {
  /** Checks the payload and calls one service method; what it returns is the job's result. */
  handle(job: Job<JobPayload<N>>): Promise<unknown>;

  /**
   * The jobs of this kind the database records as queued or running. Redis may come back empty
   * after a restart; each of these that is then missing from it is added again (see JobWorkers).
   */
  pending?(): Promise<PendingJob<N>[]>;
}
