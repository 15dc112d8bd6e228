import { api, apiWithHeaders } from '@/api/client';

/* The shapes the organizer's set-up pages read and send (docs/setup.md, registration.md, judging.md). */

export const CONTEST_STATUSES = [
  'DRAFT',
  'REGISTRATION',
  'SCORING',
  'REVIEW',
  'PUBLISHED',
  'FINAL',
] as const;
export type ContestStatus = (typeof CONTEST_STATUSES)[number];

export interface Competition {
  id: number;
  code: string;
  name: string;
  year: number;
  issuingBody: string | null;
  contests?: Array<{
    id: number;
    tradeId: number;
    tradeCode: string;
    tradeName: string;
    status: ContestStatus;
  }>;
}

export interface Trade {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
}

export interface Unit {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  depth: number;
}

/** GET /competitions/:id/unit-results: one published line of a worker of the caller's units. */
export interface UnitResultLine {
  contestId: number;
  tradeName: string;
  name: string;
  unitName: string;
  rank: number | null;
  tied: boolean;
  guest: boolean;
  attendance: 'PRESENT' | 'ABSENT' | 'DISQUALIFIED';
  total: string | null;
  title: 'CHAMPION' | 'PACESETTER' | 'EXPERT' | 'EXCELLENT' | null;
  titleDetail: string;
  certificates: Array<{ serial: string; kind: 'TITLE' | 'PARTICIPATION'; code: string }>;
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: 'ORGANIZER' | 'UNIT_COORDINATOR' | 'JUDGE';
  unitId: number | null;
  active: boolean;
  createdAt: string;
}

export type CriterionKind = 'MEASUREMENT' | 'JUDGEMENT';
export type Method = 'MEAN' | 'TRIMMED_MEAN' | 'MEDIAN' | 'SINGLE';

export interface Criterion {
  key: string;
  name: string;
  maxPoints: number;
  kind: CriterionKind;
  method: Method;
  /** null: no spread check. */
  tolerance: number | null;
}

export interface Part {
  key: string;
  name: string;
  weight: number;
  /** On the part scaled to 100; null for none. */
  passMark: number | null;
  criteria: Criterion[];
}

export interface Scheme {
  parts: Part[];
}

export type Title = 'CHAMPION' | 'PACESETTER' | 'EXPERT' | 'EXCELLENT';
export type Rounding = 'FLOOR' | 'CEIL' | 'HALF_UP';

export interface TitleRung {
  title: Title;
  fromRank?: number;
  toRank?: number;
  percent?: number;
  rounding?: Rounding;
}

export interface TitlePolicy {
  rungs: TitleRung[];
  minTotal: number;
  requireAllPartsPassed: boolean;
  tieAtBoundary: 'INCLUDE_ALL' | 'EXCLUDE_ALL';
}

/** One key of the tie-break chain: a part's or a criterion's score, or the time used. */
export interface TieBreakKey {
  by: 'PART' | 'CRITERION' | 'TIME';
  partKey?: string;
  criterionKey?: string;
  order: 'ASC' | 'DESC';
}

export interface Contest {
  id: number;
  competitionId: number;
  trade: Trade;
  status: ContestStatus;
  allowedTransitions: ContestStatus[];
  version: number;
  minField: number;
  allowMultipleEntries: boolean;
  scheme: Scheme;
  titlePolicy: TitlePolicy;
  tieBreak: TieBreakKey[];
}

export type RegistrationStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

export interface Registration {
  id: number;
  status: RegistrationStatus;
  rejectReason: string | null;
  outOfCompetition: boolean;
  stationNo: number | null;
  /** Organizers only, after the draw. */
  code?: string | null;
  worker: {
    id: number;
    name: string;
    gender: 'M' | 'F';
    /** Null once the worker was anonymised after the retention period. */
    idNumber: string | null;
    phone: string | null;
    unitId: number;
    unitCode: string;
    unitName: string;
  };
  /**
   * Organizers only: the worker on record whom a coordinator's entry claims (a transfer request);
   * approval merges the entry into this record.
   */
  transferFrom?: {
    workerId: number;
    name: string;
    unitId: number;
    unitCode: string;
    unitName: string;
  } | null;
}

export interface RejectedRow {
  row: number;
  field: string;
  column?: string;
  code: string;
  message: string;
  messageZh: string;
}

export interface ImportResult {
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
}

export interface QueuedImport {
  importId: number;
  jobId: string;
  status: 'QUEUED';
}

export interface ImportStatus {
  importId: number;
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  progress: number;
  result: ImportResult | null;
  error: { code: string; message: string } | null;
}

export interface DrawSheet {
  round: number;
  drawnAt: string | null;
  entries: Registration[];
}

export interface Judge {
  userId: number;
  username: string;
  displayName: string;
  chief: boolean;
  criteria: string[];
  onConflict: 'EXCLUDE' | 'REFUSE';
  conflicts?: { count: number; codes: string[] };
}

export interface Dashboard {
  competitionId: number;
  byUnit: Array<{
    unitId: number;
    unitCode: string;
    unitName: string;
    registrations: number;
    approved: number;
  }>;
  contests: Array<{
    contestId: number;
    tradeCode: string;
    tradeName: string;
    status: ContestStatus;
    registrations: number;
    approved: number;
    drawn: number;
    scoresEntered: number;
    scoresConfirmed: number;
    results: { runId: number; published: boolean; distribution: number[] } | null;
  }>;
}

export interface RegistrationQuery {
  status?: RegistrationStatus;
  unitId?: number;
  q?: string;
  page: number;
  pageSize: number;
}

/**
 * One page of a contest's registrations and the number of matching rows. The count comes in the
 * X-Total-Count header, which `api()` does not hand back, hence this one direct call.
 */
export async function registrationsPage(
  contestId: number,
  query: RegistrationQuery,
): Promise<{ rows: Registration[]; total: number }> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const { data: rows, headers } = await apiWithHeaders<Registration[]>(
    'GET',
    `/contests/${contestId}/registrations?${params}`,
  );
  return { rows, total: Number(headers.get('x-total-count') ?? rows.length) };
}

export const organizerApi = {
  competitions: () => api<Competition[]>('GET', '/competitions'),
  competition: (id: number) => api<Competition>('GET', `/competitions/${id}`),
  createCompetition: (body: { code: string; name: string; year: number; issuingBody?: string }) =>
    api<Competition>('POST', '/competitions', body),
  dashboard: (competitionId: number) =>
    api<Dashboard>('GET', `/competitions/${competitionId}/dashboard`),
  trades: () => api<Trade[]>('GET', '/trades'),
  /** A unit coordinator's own units' published lines, with their certificates. */
  unitResults: (competitionId: number) =>
    api<UnitResultLine[]>('GET', `/competitions/${competitionId}/unit-results`),
  units: () => api<Unit[]>('GET', '/units'),
  users: () => api<User[]>('GET', '/users'),
  createUser: (body: {
    username: string;
    password: string;
    displayName: string;
    role: User['role'];
    unitId?: number;
  }) => api<User>('POST', '/users', body),
  /** Deactivating revokes the account's tokens at once; it can be activated again. */
  setUserActive: (id: number, active: boolean) => api<User>('PATCH', `/users/${id}`, { active }),
  /** A new password for someone who forgot theirs; their sessions end. */
  resetPassword: (id: number, newPassword: string) =>
    api<void>('POST', `/users/${id}/password`, { newPassword }),
  contest: (id: number) => api<Contest>('GET', `/contests/${id}`),
  createContest: (
    competitionId: number,
    body: { tradeId: number; scheme: Scheme; titlePolicy: TitlePolicy; minField: number },
  ) => api<Contest>('POST', `/competitions/${competitionId}/contests`, body),
  updateContest: (
    id: number,
    body: Partial<Pick<Contest, 'status' | 'scheme' | 'titlePolicy' | 'tieBreak' | 'minField'>> & {
      version: number;
    },
  ) => api<Contest>('PATCH', `/contests/${id}`, body),
  importRoster: (contestId: number, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api<ImportResult | QueuedImport>(
      'POST',
      `/contests/${contestId}/registrations/import`,
      form,
    );
  },
  importStatus: (contestId: number, importId: number) =>
    api<ImportStatus>('GET', `/contests/${contestId}/registrations/imports/${importId}`),
  /** One worker entered by hand; `unitId` may be left out by a coordinator (their own unit). */
  register: (
    contestId: number,
    worker: { name: string; idNumber: string; gender?: string; phone?: string; unitId?: number },
  ) => api<Registration>('POST', `/contests/${contestId}/registrations`, { worker }),
  decide: (
    contestId: number,
    body: {
      status: 'APPROVED' | 'REJECTED';
      ids?: number[];
      allPending?: true;
      reason?: string;
    },
  ) =>
    api<{ changed: number; unchanged: number }>(
      'POST',
      `/contests/${contestId}/registrations/decisions`,
      body,
    ),
  updateRegistration: (
    id: number,
    body: { status?: RegistrationStatus; reason?: string; outOfCompetition?: boolean },
  ) => api<Registration>('PATCH', `/registrations/${id}`, body),
  draw: (contestId: number, redraw: boolean) =>
    api<{ round: number; drawn: number }>('POST', `/contests/${contestId}/draw`, { redraw }),
  drawSheet: (contestId: number) => api<DrawSheet>('GET', `/contests/${contestId}/draw`),
  judges: (contestId: number) => api<Judge[]>('GET', `/contests/${contestId}/judges`),
  assignJudge: (
    contestId: number,
    body: {
      userId: number;
      chief: boolean;
      parts?: string[];
      criteria?: string[];
      onConflict: 'EXCLUDE' | 'REFUSE';
    },
  ) => api<Judge>('POST', `/contests/${contestId}/judges`, body),
  removeJudge: (contestId: number, userId: number) =>
    api<void>('DELETE', `/contests/${contestId}/judges/${userId}`),
  /** A further conflict of interest the organizer records for a judge (always `declared: true`). */
  declareConflict: (
    contestId: number,
    body: { judgeId: number; registrationId: number; reason?: string },
  ) => api<{ declared: true }>('POST', `/contests/${contestId}/conflicts`, body),
};
