/*
 * What some refusals carry in `details`. The document describes the answers of the routes, not
 * the details of their errors, so these two stay written out here, next to the client that throws
 * them (ApiError.details).
 */

/** One refused entry of a batch (`details.issues` of a 400/403/409 from PUT …/scores). */
export interface EntryIssue {
  index: number;
  code: string;
  message: string;
  entry?: { code?: string; criterionKey?: string };
  /** STALE_SCORE: the score as it stands now (points null, version 0: none). */
  current?: { points: string | null; version: number };
}

/** The details of a 409 RESULTS_NOT_READY: what keeps the results from being computed. */
export interface NotReadyDetails {
  missing: {
    count: number;
    items: Array<{ code: string; criterionKey: string; missingJudges: number[] }>;
  };
  flagged: {
    count: number;
    items: Array<{
      code: string;
      criterionKey: string;
      reason: 'SPREAD' | 'TOO_FEW_JUDGES';
      spreadCenti?: number;
      toleranceCenti?: number;
      judges?: number;
      needed?: number;
    }>;
  };
  unconfirmed: number;
  groups: number;
}
