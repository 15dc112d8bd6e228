/** The certificates' issuing job, to follow at GET /api/jobs/:jobId. */
export class IssueQueuedResponse {
  jobId: string;
}
