/** The queued database optimisation, to follow at GET /api/jobs/:jobId. */
export class OptimizeQueuedResponse {
  jobId: string;
}
