import type { Job } from 'bull';

/** How long a job waits for Redis to record its progress before going on without it. */
export const PROGRESS_WAIT_MS = 1000;

/**
 * Makes `job.progress(value)` best effort. Progress is for display; without this, a job's work
 * would wait for Redis while it is down (ioredis queues the command) and then fail when Redis
 * came back without the job ("Missing key for job"), leaving work half-done that the database had
 * already committed to doing. The work is what matters and it lives in the database.
 */
export function withBestEffortProgress<T>(job: Job<T>): Job<T> {
  const record = job.progress.bind(job) as (value?: unknown) => unknown;
  const progress = (value?: unknown): unknown => {
    if (value === undefined) return record();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, PROGRESS_WAIT_MS);
      Promise.resolve(record(value))
        .catch(() => undefined)
        .finally(() => {
          clearTimeout(timer);
          resolve();
        });
    });
  };
  job.progress = progress as Job<T>['progress'];
  return job;
}
