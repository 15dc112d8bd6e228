import { SetMetadata } from '@nestjs/common';
import type { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bull';
import type { Principal } from '../common/auth/principal';
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

  /**
   * Whether someone other than an organizer (who follows every job) may follow this job, by the
   * public id its 202 answer gave. Without it, only organizers may: the job plumbing reads no
   * feature's tables, so each handler says who may read its own jobs.
   */
  mayRead?(jobId: string, principal: Principal): Promise<boolean>;
}

/** Every @HandlesJob provider of the application, with the job it handles. */
export function discoverJobHandlers(
  discovery: DiscoveryService,
): Array<{ name: JobName; handler: JobHandler<JobName> }> {
  const found: Array<{ name: JobName; handler: JobHandler<JobName> }> = [];
  for (const wrapper of discovery.getProviders()) {
    const metatype = wrapper.metatype as unknown;
    const instance = wrapper.instance as unknown;
    if (!metatype || !instance) continue;
    const name = Reflect.getMetadata(JOB_HANDLER_KEY, metatype) as JobName | undefined;
    if (name) found.push({ name, handler: instance as JobHandler<JobName> });
  }
  return found;
}
