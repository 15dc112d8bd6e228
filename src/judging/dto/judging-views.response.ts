import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { ContestStatus, CriterionKind } from '../../contests/rules';
import type { Attendance } from '../rules/score-entry';
import type { ScoreImportRejection, ScoreImportResult } from '../score-import.service';

/** A criterion as a judge's pages show it. */
export class JudgeCriterionResponse {
  key: string;
  name: string;
  /** The key of the part (theory, practical, …) the criterion belongs to. */
  partKey: string;
  kind: CriterionKind;
  /** The criterion's maximum, with two decimals, as text (`"30.00"`). */
  maxPoints: string;
}

/** A score as its judge entered it. */
export class EnteredScoreResponse {
  /** As text: two decimals for a measurement, a whole mark 0–3 for a judgement. */
  points: string;
  version: number;
  /** Whether a chief judge has confirmed it (a change then needs a reason). */
  confirmed: boolean;
}

/** One contestant on the caller's score sheet, by blind code. */
@ApiExtraModels(EnteredScoreResponse)
export class SheetRowResponse {
  code: string;
  /** ABSENT or DISQUALIFIED contestants are listed but take no scores. */
  attendance: Attendance;
  @ApiProperty({
    type: 'object',
    description:
      "Per criterion key (the sheet's criteria): this judge's score, or null when not entered yet.",
    additionalProperties: {
      nullable: true,
      allOf: [{ $ref: getSchemaPath(EnteredScoreResponse) }],
    },
  })
  scores: Record<string, EnteredScoreResponse | null>;
  /** Time used in whole seconds (PUT …/times), null until recorded. */
  timeSeconds: number | null;
}

/** GET …/score-sheet: the caller's blind score sheet. */
export class ScoreSheetResponse {
  contestId: number;
  /** Whether the contest's tie-break chain uses time used: the sheet then asks for it. */
  timeUsed: boolean;
  /** The criteria the caller scores. */
  criteria: JudgeCriterionResponse[];
  /** Empty before the draw; contestants the caller is in conflict with are left out. */
  rows: SheetRowResponse[];
}

/** A group (contestant × criterion) still missing scores. */
export class MissingGroupResponse {
  code: string;
  criterionKey: string;
  missingScores: number;
  /** Organizers only: the assigned judges who have yet to score it. */
  missingJudges?: number[];
}

export class MissingGroupsResponse {
  count: number;
  items: MissingGroupResponse[];
}

export class MissingByJudgeResponse {
  judgeId: number;
  /** Scores this judge has still to give, over every code. */
  scores: number;
}

/** A group whose scores cannot be confirmed as they stand. */
export class FlaggedGroupResponse {
  code: string;
  criterionKey: string;
  /** SPREAD: the marks differ by more than the tolerance; TOO_FEW_JUDGES: the method needs more. */
  reason: 'SPREAD' | 'TOO_FEW_JUDGES';
  /** SPREAD: the spread and the tolerance, ×100 (hundredths of a point, or of a mark). */
  spreadCenti?: number;
  toleranceCenti?: number;
  /** TOO_FEW_JUDGES: the judges who scored and how many the method needs. */
  judges?: number;
  needed?: number;
}

export class FlaggedGroupsResponse {
  count: number;
  items: FlaggedGroupResponse[];
}

/** GET …/scores/status: what is missing, flagged and ready. */
export class ScoreStatusResponse {
  contestId: number;
  contestants: number;
  /** Groups (contestant × criterion) to score. */
  groups: number;
  confirmed: number;
  ready: number;
  missing: MissingGroupsResponse;
  /** Scores still to be given, judge by judge, over every code (whom to chase). */
  missingByJudge: MissingByJudgeResponse[];
  flagged: FlaggedGroupsResponse;
}

/** Where a group stands; the fields beside `state` depend on it. */
export class GroupStateResponse {
  state: 'MISSING' | 'FLAGGED' | 'READY' | 'CONFIRMED';
  /** MISSING: the required judges who have not scored. */
  missingJudges?: number[];
  /** FLAGGED: why, with the spread and tolerance (SPREAD) or the judges and needed (TOO_FEW_JUDGES). */
  reason?: 'SPREAD' | 'TOO_FEW_JUDGES';
  spreadCenti?: number;
  toleranceCenti?: number;
  judges?: number;
  needed?: number;
}

export class GroupJudgeResponse {
  judgeId: number;
  /** Whether the judge's score counts (assigned to the criterion and not in conflict). */
  required: boolean;
  /** Their score, or null when they have not scored. */
  score: EnteredScoreResponse | null;
}

/** GET …/scores/group: one contestant on one criterion, judge by judge. */
export class ScoreGroupResponse {
  code: string;
  criterionKey: string;
  attendance: Attendance;
  /** As the status answer words it; null for an absent or disqualified contestant. */
  state: GroupStateResponse | null;
  /** Required scores not given yet. */
  missingScores: number;
  /**
   * Organizers: the required judges first (assigned, not in conflict), then any others who
   * scored. Chief judges: the counted scores only.
   */
  judges: GroupJudgeResponse[];
}

/** One entry of a contest's audit log. */
export class AuditEntryResponse {
  seq: number;
  /** When, as an ISO 8601 instant. */
  at: string;
  /** Who did it (a user id); null for the system. */
  actorId: number | null;
  /** SCORE_CREATED, SCORE_UPDATED, SCORE_CORRECTED, SCORES_CONFIRMED, SCORING_CLOSED, TIME_SET, … */
  action: string;
  /** Organizers' view; always null in a chief judge's view, which gives `code` instead. */
  registrationId: number | null;
  /** Chief judges' view only: the contestant's blind code (null when it is not to be told). */
  code?: string | null;
  criterionKey: string | null;
  judgeId: number | null;
  @ApiProperty({
    nullable: true,
    description:
      'What was there before, as the action records it (e.g. `{ valueCenti, version }`); null when nothing. Text if the stored value is not JSON (tampered with).',
    oneOf: [{ type: 'object', additionalProperties: true }, { type: 'string' }],
  })
  oldValue: unknown;
  @ApiProperty({
    nullable: true,
    description:
      'What it became, as the action records it (e.g. `{ valueCenti, version }`); null when nothing. Text if the stored value is not JSON (tampered with).',
    oneOf: [{ type: 'object', additionalProperties: true }, { type: 'string' }],
  })
  newValue: unknown;
  reason: string | null;
  /** The hash of the entry before (64 zeros for the first) and of this one (SHA-256, hex). */
  prevHash: string;
  hash: string;
}

/** A refused row of a score file. */
export class ScoreImportRejectionResponse implements ScoreImportRejection {
  /** Its row number in the spreadsheet (or line of the .csv), as the file's reader counts it. */
  row: number;
  field: 'code' | 'idNumber' | 'name' | 'points';
  /** The column's header as written in the file, when the file has it. */
  column?: string;
  /** A stable code, e.g. SCORE_OUT_OF_RANGE. */
  code: string;
  message: string;
}

/** POST …/scores/import: what was saved and every refused row. */
export class ScoreImportResultResponse implements ScoreImportResult {
  criterionKey: string;
  /** The judge the scores were entered on behalf of. */
  judgeId: number;
  /** Data rows read (blank rows are not counted). */
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: ScoreImportRejectionResponse[];
}

/** One contest the caller judges, as their start page lists it. */
export class MyContestResponse {
  contestId: number;
  competitionId: number;
  competitionName: string;
  tradeCode: string;
  tradeName: string;
  tradeNameEn: string | null;
  status: ContestStatus;
  /** Scores are entered by blind code, so only once the draw has run. */
  drawn: boolean;
  /** A chief judge (裁判长) confirms the panel's scores. */
  chief: boolean;
  /** The criteria this judge scores (none for a chief judge who only confirms). */
  criteria: JudgeCriterionResponse[];
  /** How many scores this judge has entered in the contest so far. */
  scoresEntered: number;
}
