import type { TieBreakKey } from '../../contests/rules/contest-rules.types';
import type { Rational } from '../../results/rules/rational';
import type { AdvancementRule } from './advancement-rule';

/** Only a feeder whose results are published (公示 started) sends anyone on. */
export type FeederStatus = 'PUBLISHED' | 'FINAL';

/** One row of a feeder's published result run, as the feeder ranked it. */
export interface FeederRow {
  /** The feeder's registration: the entry that advances, declines or confirms. */
  registrationId: number;
  workerId: number;
  name: string;
  unitId: number;
  /** The unit's ancestors, parent first: a unit's quota counts the units below it. */
  unitAncestorIds: readonly number[];
  /** Published total in hundredths; null for an absentee or a disqualified entrant. */
  totalCenti: number | null;
  /** The feeder's official rank; null when not ranked (absent, disqualified). */
  rank: number | null;
  /** The values the feeder's tie-break chain read (see results/rules/rank.ts), as published. */
  partScaledCenti?: Record<string, number>;
  criterionPoints?: Record<string, Rational>;
  timeSeconds?: number | null;
  guest: boolean;
  absent: boolean;
  disqualified: boolean;
  allPartsPassed: boolean;
}

export interface FeederResults {
  contestId: number;
  status: FeederStatus;
  /** The feeder's own tie-break chain, the one its ranks were computed with. */
  tieBreak: readonly TieBreakKey[];
  rows: readonly FeederRow[];
}

export interface Decline {
  registrationId: number;
  /** In the decliner's or coordinator's words (弃权原因). */
  reason: string;
  at: Date;
}

export interface Confirmation {
  registrationId: number;
  at: Date;
}

export interface AdvancementInput {
  feeders: readonly FeederResults[];
  rule: AdvancementRule;
  declines?: readonly Decline[];
  confirmations?: readonly Confirmation[];
  now: Date;
}

export type AdvancementStatus = 'ADVANCED' | 'RESERVE' | 'DECLINED' | 'NOT_ELIGIBLE';

/**
 * Which queue an entrant stands in: places and reserves are counted per line. A per-feeder rule
 * has one line per feeder, unit quotas one per named unit plus the pool, the overall modes one.
 */
export type Line =
  | { kind: 'FEEDER'; feederContestId: number }
  | { kind: 'UNIT'; unitId: number }
  | { kind: 'POOL' }
  | { kind: 'OVERALL' };

/**
 * Why an entry has its status, as facts a page words ("第3名，海州区前3名晋级"). `place` is the
 * entrant's place among those still in the line (competition style: a full tie shares a place);
 * `places` how many the line has; `tiedAtCut` that a full tie reached past the last place.
 */
export type AdvancementReason =
  | {
      code: 'WITHIN_FEEDER_TOP_N';
      feederContestId: number;
      rank: number;
      place: number;
      n: number;
      tiedAtCut: boolean;
    }
  | { code: 'QUOTA_OF_UNIT'; unitId: number; place: number; places: number; tiedAtCut: boolean }
  | { code: 'POOL_REFILL'; place: number; places: number; tiedAtCut: boolean }
  | { code: 'WITHIN_TOP_N_OVERALL'; place: number; n: number; tiedAtCut: boolean }
  | {
      code: 'WITHIN_TOP_PERCENT';
      place: number;
      places: number;
      /** "10.00": the rule's percentage. */
      percent: string;
      /** The official ranked field of all feeders the percentage was taken of. */
      field: number;
      tiedAtCut: boolean;
    }
  | { code: 'RESERVE_OF_FEEDER'; feederContestId: number; reserveNo: number }
  | { code: 'RESERVE_OF_UNIT'; unitId: number; reserveNo: number; poolReserveNo: number | null }
  | { code: 'RESERVE_OF_POOL'; reserveNo: number }
  | { code: 'RESERVE_OVERALL'; reserveNo: number }
  | {
      code: 'TIE_AT_CUT_EXCLUDED';
      line: Line;
      place: number;
      places: number;
      /** How many share the place. */
      tied: number;
      reserveNo: number;
    }
  | { code: 'DECLINED'; reason: string; at: string; afterDeadline: boolean }
  | { code: 'NOT_CONFIRMED_IN_TIME'; confirmBy: string }
  | { code: 'GUEST' }
  | { code: 'ABSENT' }
  | { code: 'DISQUALIFIED' }
  | { code: 'BELOW_MIN_TOTAL'; total: string; minTotal: string }
  | { code: 'PART_NOT_PASSED' }
  | { code: 'NO_QUOTA_FOR_UNIT' }
  /** The worker advanced through another entry (another feeder): one worker, one place. */
  | { code: 'ADVANCED_ELSEWHERE'; registrationId: number; feederContestId: number };

export type AdvancementReasonCode = AdvancementReason['code'];

export interface AdvancementEntry {
  registrationId: number;
  workerId: number;
  name: string;
  unitId: number;
  feederContestId: number;
  /** As published, "88.50"; null when the feeder gave no total. */
  total: string | null;
  /** The feeder's official rank. */
  rank: number | null;
  status: AdvancementStatus;
  /** RESERVE only: the place in the line's queue of reserves (a full tie shares a number). */
  reserveNo?: number;
  /** An advancer who confirmed by the deadline. */
  confirmed: boolean;
  reason: AdvancementReason;
}

export interface AdvancementList {
  /** True while any feeder's results are only published, not final. */
  provisional: boolean;
  /** In feeder order, then by the feeder's ranking. */
  entries: AdvancementEntry[];
}
