import type { JobView } from '../job-queue.service';

/** A job's state as Bull keeps it (`unknown` once Redis no longer has it). */
export class JobResponse implements JobView {
  jobId: string;
  /**
   * The job's name in the catalogue: `import-roster`, `compute-results`, `issue-certificates` or
   * `optimize-database`.
   */
  name: string;
  state: 'completed' | 'waiting' | 'active' | 'delayed' | 'failed' | 'paused' | 'stuck' | 'unknown';
  /** What the job reports while it runs (a number, or an object of counts). */
  progress: unknown;
  attempts: number;
  /** What the job returned, once completed. */
  result?: unknown;
  /** Why it failed, once failed. */
  error?: string;
  createdAt: string;
  finishedAt?: string;
}
