/**
 * Every queue and job the service runs, with the payload each job takes. Enqueuing and processing
 * both go through these names, so a typo is a type error. Later features add their queues here.
 */
export const QUEUES = {
  maintenance: 'maintenance',
  registrations: 'registrations',
  results: 'results',
  certificates: 'certificates',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobCatalogue {
  /** SQLite: checkpoint and truncate the WAL, refresh planner statistics; PostgreSQL: ANALYZE. */
  'optimize-database': {
    queue: typeof QUEUES.maintenance;
    payload: { requestedBy: number | null };
  };
  /** Imports a stored roster upload (roster_imports row) into its contest. */
  'import-roster': {
    queue: typeof QUEUES.registrations;
    payload: { importId: number };
  };
  /** Computes one result run (result_runs row) of a contest. */
  'compute-results': {
    queue: typeof QUEUES.results;
    payload: { runId: number };
  };
  /** Issues (and on a corrected result, revokes and reissues) a contest's certificates, then draws the PDFs. */
  'issue-certificates': {
    queue: typeof QUEUES.certificates;
    /** runId: the published run it was requested for (absent in jobs queued before it was added). */
    payload: { contestId: number; participation: boolean; runId?: number };
  };
}
export type JobName = keyof JobCatalogue;
export type JobPayload<N extends JobName> = JobCatalogue[N]['payload'];

export const QUEUE_OF: { [N in JobName]: JobCatalogue[N]['queue'] } = {
  'optimize-database': QUEUES.maintenance,
  'import-roster': QUEUES.registrations,
  'compute-results': QUEUES.results,
  'issue-certificates': QUEUES.certificates,
};

/** Finished jobs are kept this long (and at most this many per queue) so that GET /api/jobs/:id can answer. */
export const KEEP_FINISHED_JOBS = { age: 7 * 24 * 3600, count: 5000 } as const;

/** How long an API call waits for Redis before answering 503 QUEUE_UNAVAILABLE. */
export const QUEUE_CALL_TIMEOUT_MS = 2000;

/**
 * The public id of a job names its queue: `maintenance:optimize-202611251830`. Bull's own id is
 * the part after the colon, chosen by the caller so that a repeated request is the same job.
 */
export function publicJobId(queue: QueueName, bullId: string): string {
  return `${queue}:${bullId}`;
}

export function parsePublicJobId(id: string): { queue: QueueName; bullId: string } | null {
  const match = /^([a-z]+):([A-Za-z0-9_.-]{1,200})$/.exec(id);
  if (!match) return null;
  const queue = Object.values(QUEUES).find((q) => q === match[1]);
  return queue ? { queue, bullId: match[2] } : null;
}
