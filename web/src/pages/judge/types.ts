/** The judging API's answers, as the judge pages read them (docs/judging.md). */

export type CriterionKind = 'MEASUREMENT' | 'JUDGEMENT';

export interface SheetCriterion {
  key: string;
  name: string;
  partKey: string;
  kind: CriterionKind;
  /** "40.00"; for a judgement criterion the points its 0–3 marks scale to. */
  maxPoints: string;
}

/** GET /api/judging/contests: one contest the signed-in judge is on. */
export interface MyContest {
  contestId: number;
  competitionId: number;
  competitionName: string;
  tradeCode: string;
  tradeName: string;
  tradeNameEn: string | null;
  status: string;
  drawn: boolean;
  chief: boolean;
  criteria: SheetCriterion[];
  scoresEntered: number;
}

export interface SheetScore {
  points: string;
  version: number;
  confirmed: boolean;
}

export type Attendance = 'PRESENT' | 'ABSENT' | 'DISQUALIFIED';

/** GET /api/contests/:id/score-sheet: blind codes only, the caller's criteria and scores. */
export interface ScoreSheet {
  contestId: number;
  /** The tie-break chain uses time used: the sheet asks for it (PUT …/times). */
  timeUsed: boolean;
  criteria: SheetCriterion[];
  rows: Array<{
    code: string;
    attendance: Attendance;
    /** Time used in whole seconds; null until recorded. */
    timeSeconds: number | null;
    scores: Record<string, SheetScore | null>;
  }>;
}

/** One refused entry of a batch (`details.issues` of a 400/403/409). */
export interface EntryIssue {
  index: number;
  code: string;
  message: string;
  entry?: { code?: string; criterionKey?: string };
  /** STALE_SCORE: the score as it stands now (points null, version 0: none). */
  current?: { points: string | null; version: number };
}

/** PUT /api/contests/:id/scores. */
export interface SavedBatch {
  saved: number;
  entries: Array<{
    code: string;
    criterionKey: string;
    points: string;
    version: number;
    outcome: 'created' | 'updated' | 'unchanged';
  }>;
}

type Where = { code: string; criterionKey: string };

/** Why a group is flagged: the judges differ too much, or too few are assigned. */
export type FlagDetail =
  | { reason: 'SPREAD'; spreadCenti: number; toleranceCenti: number }
  | { reason: 'TOO_FEW_JUDGES'; judges: number; needed: number };

/** GET /api/contests/:id/scores/status (organizers, chief judges). */
export interface ScoreStatus {
  contestId: number;
  contestants: number;
  groups: number;
  confirmed: number;
  ready: number;
  /** Per code only how many scores are missing: which judges a code needs would say its unit. */
  missing: { count: number; items: Array<Where & { missingScores: number }> };
  /** Scores still to give, judge by judge, over every code: whom to chase. */
  missingByJudge: Array<{ judgeId: number; scores: number }>;
  flagged: {
    count: number;
    items: Array<Where & FlagDetail>;
  };
}

/** POST /api/contests/:id/scores/confirm. */
export interface ConfirmReport {
  confirmed: number;
  scores: number;
  alreadyConfirmed: number;
  ownScores: Where[];
  missing: number;
  flagged: number;
}

/** GET /api/contests/:id/judges, as a judge of the contest sees it. */
export interface PanelJudge {
  userId: number;
  username: string;
  displayName: string;
  chief: boolean;
  criteria: string[];
}

/** GET /api/contests/:id (the parts of it the board needs). */
export interface ContestDetail {
  id: number;
  status: string;
  trade: { code: string; name: string; nameEn: string | null };
  scheme: {
    parts: Array<{
      key: string;
      name: string;
      criteria: Array<{ key: string; name: string; kind: CriterionKind; maxPoints: number }>;
    }>;
  };
}

/** A group's state, as the status lists and the group answer word it. */
export type GroupState =
  | { state: 'MISSING'; missingJudges: number[] }
  | ({ state: 'FLAGGED' } & FlagDetail)
  | { state: 'READY' }
  | { state: 'CONFIRMED' };

/** GET /api/contests/:id/scores/group: one contestant on one criterion, judge by judge. */
export interface ScoreGroup {
  code: string;
  criterionKey: string;
  attendance: Attendance;
  state: GroupState | null;
  judges: Array<{ judgeId: number; required: boolean; score: SheetScore | null }>;
}
