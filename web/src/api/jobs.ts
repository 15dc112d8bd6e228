import { api } from './client';

export interface JobState {
  /** Bull's state: waiting, active, completed, failed, delayed (or stuck / unknown). */
  state: string;
  progress: number;
  result?: unknown;
  error?: string;
}

/**
 * Follows a Bull job (GET /api/jobs/:jobId) until it completes or fails, reporting its own
 * progress (0–100) as it moves. Resolves with the final state.
 */
export async function followJob(
  jobId: string,
  onProgress: (percent: number, state: JobState) => void = () => undefined,
  intervalMs = 500,
): Promise<JobState> {
  for (;;) {
    const job = await api<JobState>('GET', `/jobs/${encodeURIComponent(jobId)}`);
    onProgress(Number(job.progress) || 0, job);
    if (job.state === 'completed' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
