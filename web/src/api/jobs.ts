import { call, client } from './client';
import type { Job } from './types';

/**
 * Follows a Bull job (GET /api/jobs/:jobId) until it completes or fails, reporting its own
 * progress (0–100) as it moves. Resolves with the final state.
 */
export async function followJob(
  jobId: string,
  onProgress: (percent: number, state: Job) => void = () => undefined,
  intervalMs = 500,
): Promise<Job> {
  for (;;) {
    const job = await call(client.GET('/api/jobs/{jobId}', { params: { path: { jobId } } }));
    onProgress(Number(job.progress) || 0, job);
    if (job.state === 'completed' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
