/** The API's answers the results pages read (see src/results and src/certificates). */

export type ContestStatus = 'DRAFT' | 'REGISTRATION' | 'SCORING' | 'REVIEW' | 'PUBLISHED' | 'FINAL';
export type Title = 'CHAMPION' | 'PACESETTER' | 'EXPERT' | 'EXCELLENT';

export interface ContestInfo {
  id: number;
  competitionId: number;
  trade: { id: number; code: string; name: string; nameEn: string | null };
  status: ContestStatus;
  scheme: {
    parts: Array<{ key: string; name: string; criteria: Array<{ key: string; name: string }> }>;
  };
}

/** GET /api/contests/:id/results/publication */
export interface Publication {
  contestId: number;
  status: ContestStatus;
  publishedRunId: number | null;
  publicationEndsAt: string | null;
}

export interface RunSummary {
  contestants: number;
  ranked: number;
  guests: number;
  absent: number;
  disqualified: number;
  titles: Partial<Record<Title, number>>;
}

/** GET /api/contests/:id/results/runs */
export interface Run {
  runId: number;
  runNo: number;
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  jobId: string | null;
  requestedAt: string;
  finishedAt: string | null;
  publishedAt: string | null;
  error: { code: string | null; message: string } | null;
  summary: RunSummary | null;
}

/** GET /api/contests/:id/results?runId= */
export interface ResultRow {
  registrationId: number;
  position: number;
  name: string;
  unit: string;
  code: string | null;
  parts: Array<{ key: string; name: string; score: string; passed: boolean | null }>;
  total: string | null;
  /** Time used in whole seconds (a tie-break), null when not recorded. */
  timeSeconds: number | null;
  rank: number | null;
  tied: boolean;
  guest: boolean;
  attendance: 'PRESENT' | 'ABSENT' | 'DISQUALIFIED';
  title: Title | null;
  titleReason: string;
  titleDetail: string;
  titleDetailZh: string;
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

/** GET /api/contests/:id/objections */
export interface Objection {
  id: number;
  contestId: number;
  runId: number;
  registrationId: number;
  text: string;
  status: 'OPEN' | 'UPHELD' | 'DISMISSED';
  response: string | null;
  decidedAt: string | null;
  createdAt: string;
}

/** GET /api/contests/:id/certificates */
export interface Certificate {
  serial: string;
  code: string;
  kind: 'TITLE' | 'PARTICIPATION';
  title: Title | null;
  registrationId: number;
  name: string;
  unit: string;
  status: 'ISSUED' | 'REVOKED';
  issuedOn: string;
  revokedAt: string | null;
}
