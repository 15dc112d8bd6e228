import { MAX_INTEGER } from '../../common/http/id.pipe';
import { Optional } from '../../common/http/optional.decorator';
import { OmitType, PartialType } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsIn, IsInt, IsObject, Max, Min } from 'class-validator';
import { CONTEST_STATUSES, type ContestStatus } from '../rules';

/** Rounds of one trade's funnel: 初赛, 复赛 … 决赛. */
export const MAX_ROUND = 9;

// The shapes below document the API (the swagger plugin reads them). Their content is checked
// field by field by the pure rules (validate-scheme.ts, validate-title-policy.ts,
// validate-tie-break.ts), which report every problem with a path and a code.

export class CriterionDto {
  /** Unique within the contest: `^[a-z][a-z0-9_]{0,31}$`. */
  key: string;
  name: string;
  /** Up to 2 decimals. JUDGEMENT criteria are marked 0–3 by each judge and scaled to this. */
  maxPoints: number;
  kind: 'MEASUREMENT' | 'JUDGEMENT';
  /** Default MEAN. TRIMMED_MEAN drops one highest and one lowest mark. */
  method?: 'MEAN' | 'TRIMMED_MEAN' | 'MEDIAN' | 'SINGLE';
  /** JUDGEMENT: allowed spread in marks (whole, 0–3, default 1); MEASUREMENT: in points (default none). */
  tolerance?: number | null;
}

export class PartDto {
  /** e.g. `theory`, `practical`, `defence`. */
  key: string;
  name: string;
  /** The weights of all parts sum to 100. */
  weight: number;
  /**
   * Defaults to the sum of the criteria maxima (and must equal it if given). A carried part:
   * default 100 (a feeder total's scale); at least 100 if given.
   */
  maxPoints?: number;
  /** On the part scaled to 100; default 60; null for none. */
  passMark?: number | null;
  /**
   * A carried part (round 2 or later, at most one per scheme, never the only part): its points are
   * the finalist's published feeder total, scaled to its weight like any part; it has no criteria
   * and judges never score it. Default false.
   */
  carried?: boolean;
  /** 1 to 50 criteria; left out (or empty) for a carried part. */
  criteria?: CriterionDto[];
}

export class SchemeDto {
  parts: PartDto[];
}

export class TitleRungDto {
  title: 'CHAMPION' | 'PACESETTER' | 'EXPERT' | 'EXCELLENT';
  /** A rank range … */
  fromRank?: number;
  toRank?: number;
  /** … or the top percentage of the ranked field (cumulative), counted with `rounding` (default FLOOR). */
  percent?: number;
  rounding?: 'FLOOR' | 'CEIL' | 'HALF_UP';
}

export class TitlePolicyDto {
  /** In ladder order: CHAMPION, PACESETTER, EXPERT, EXCELLENT (any subset). */
  rungs: TitleRungDto[];
  /** Default 60. */
  minTotal?: number;
  /** Default true. */
  requireAllPartsPassed?: boolean;
  /** Contestants tied across a rung's boundary: all get the higher title (default) or all are left out. */
  tieAtBoundary?: 'INCLUDE_ALL' | 'EXCLUDE_ALL';
}

export class TieBreakKeyDto {
  by: 'PART' | 'CRITERION' | 'TIME';
  partKey?: string;
  criterionKey?: string;
  /** Default DESC for PART and CRITERION (higher wins), ASC for TIME (less wins). */
  order?: 'ASC' | 'DESC';
}

export class CreateContestDto {
  @IsInt()
  @Max(MAX_INTEGER)
  tradeId: number;

  @IsObject()
  scheme: SchemeDto;

  /** Default: rank 1 技术状元, 2–3 技术标兵, 4–10 技术能手, 11–15 优秀选手; total ≥ 60 and all parts passed. */
  @Optional()
  @IsObject()
  titlePolicy?: TitlePolicyDto;

  /** Default: the practical part, higher first; then time used, less first. */
  @Optional()
  @IsArray()
  tieBreak?: TieBreakKeyDto[];

  /** Fewer approved entrants and no titles are awarded. Default 3. */
  @Optional()
  @IsInt()
  @Min(1)
  @Max(100000)
  minField?: number;

  /** May a worker entered here also enter another trade of the competition? Default false. */
  @Optional()
  @IsBoolean()
  allowMultipleEntries?: boolean;

  /** The contest's place in its trade's funnel: 1 (default) for a first round; the last round is the final. */
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_ROUND)
  round?: number;

  /** The unit that runs the contest (承办单位), e.g. a district union's preliminary; default none. */
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  hostUnitId?: number;

  /** May workers enter themselves (their unit coordinator approves)? Default false. */
  @Optional()
  @IsBoolean()
  selfRegistration?: boolean;
}

/**
 * Any of the create fields but the trade and the round's place (round, host), plus a lifecycle
 * step; null is refused like a wrong type. `selfRegistration` may change in DRAFT and REGISTRATION,
 * the other settings only in DRAFT.
 */
export class UpdateContestDto extends PartialType(
  OmitType(CreateContestDto, ['tradeId', 'round', 'hostUnitId'] as const),
  {
    skipNullProperties: false,
  },
) {
  /** Along the lifecycle DRAFT → REGISTRATION → SCORING → REVIEW → PUBLISHED → FINAL (and one step back). */
  @Optional()
  @IsIn(CONTEST_STATUSES)
  status?: ContestStatus;

  /** The version that was read; a stale one is refused with 409 (also accepted as an If-Match header). */
  @Optional()
  @IsInt()
  @Max(MAX_INTEGER)
  version?: number;
}
