import { AdvancementRuleDto } from './feeders.dto';
import type { AdvancementVersion } from '../rounds.entities';
import type { StoredEntry } from '../rounds.service';

export class FeedersResponse {
  feederContestIds: number[];
  rule: AdvancementRuleDto;
}

/** GET /api/contests/:id/feeders: as PUT answered; before any PUT no feeders and a null rule. */
export class SavedFeedersResponse {
  feederContestIds: number[];
  rule: AdvancementRuleDto | null;
}

/** A line of places: per feeder, per named unit, the pool of unused places, or all feeders as one. */
export class AdvancementLineView {
  kind: 'FEEDER' | 'UNIT' | 'POOL' | 'OVERALL';
  feederContestId?: number;
  unitId?: number;
}

/**
 * Why an entry has its status, as facts a page words; which fields are present depends on `code`
 * (docs/advancement.md).
 */
export class AdvancementReasonView {
  code:
    | 'WITHIN_FEEDER_TOP_N'
    | 'QUOTA_OF_UNIT'
    | 'POOL_REFILL'
    | 'WITHIN_TOP_N_OVERALL'
    | 'WITHIN_TOP_PERCENT'
    | 'RESERVE_OF_FEEDER'
    | 'RESERVE_OF_UNIT'
    | 'RESERVE_OF_POOL'
    | 'RESERVE_OVERALL'
    | 'TIE_AT_CUT_EXCLUDED'
    | 'DECLINED'
    | 'NOT_CONFIRMED_IN_TIME'
    | 'GUEST'
    | 'ABSENT'
    | 'DISQUALIFIED'
    | 'BELOW_MIN_TOTAL'
    | 'PART_NOT_PASSED'
    | 'NO_QUOTA_FOR_UNIT'
    | 'ADVANCED_ELSEWHERE';
  /** ADVANCED_ELSEWHERE: the worker's entry that holds their place. */
  registrationId?: number;
  feederContestId?: number;
  unitId?: number;
  rank?: number;
  /** The entrant's place among those still in the line (a full tie shares a place). */
  place?: number;
  places?: number;
  n?: number;
  /** "10.00" */
  percent?: string;
  field?: number;
  tied?: number;
  tiedAtCut?: boolean;
  reserveNo?: number;
  poolReserveNo?: number | null;
  line?: AdvancementLineView;
  /** DECLINED: in the decliner's words. */
  reason?: string;
  at?: string;
  afterDeadline?: boolean;
  confirmBy?: string;
  /** "58.50" */
  total?: string;
  minTotal?: string;
}

export class AdvancementUnitView {
  id: number;
  name: string;
}

export class AdvancementEntryView {
  /** The feeder's registration. */
  registrationId: number;
  name: string;
  unit: AdvancementUnitView;
  feederContestId: number;
  /** As published, "88.50"; null when the feeder gave no total. */
  total: string | null;
  /** The feeder's official rank. */
  rank: number | null;
  status: 'ADVANCED' | 'RESERVE' | 'DECLINED' | 'NOT_ELIGIBLE';
  /** RESERVE only: the place in the line's queue of reserves (递补顺序). */
  reserveNo?: number;
  /** An advancer who confirmed their place (已确认) by the deadline. */
  confirmed: boolean;
  reason: AdvancementReasonView;
}

export class AdvancementStateView {
  status: 'ADVANCED' | 'RESERVE' | 'DECLINED' | 'NOT_ELIGIBLE';
  reserveNo: number | null;
  total: string | null;
  rank: number | null;
  confirmed: boolean;
  reason: AdvancementReasonView;
}

/** What moved for one entrant since the version before. */
export class AdvancementChangeView {
  registrationId: number;
  name: string;
  feederContestId: number;
  kind: 'MOVED_IN' | 'MOVED_OUT' | 'STATUS_CHANGED' | 'RESERVE_RENUMBERED' | 'DETAILS_CHANGED';
  /** null: not on that version of the list. */
  before: AdvancementStateView | null;
  after: AdvancementStateView | null;
}

export class AdvancementResponse {
  /** 1, 2, 3…: grows only when the list changes. */
  version: number;
  /** True while any feeder's results are only published, not final. */
  provisional: boolean;
  /** When this version was kept. */
  createdAt: string;
  /** In feeder order, then by the feeder's ranking. */
  entries: AdvancementEntryView[];
  /** What changed since the version before (everyone on the list, for version 1). */
  changes: AdvancementChangeView[];

  static of(version: AdvancementVersion): AdvancementResponse {
    return Object.assign(new AdvancementResponse(), {
      version: version.version,
      provisional: version.provisional,
      createdAt: version.createdAt.toISOString(),
      entries: version.entries.map((entry: StoredEntry) => {
        const view: AdvancementEntryView = {
          registrationId: entry.registrationId,
          name: entry.name,
          unit: { id: entry.unitId, name: entry.unitName ?? '' },
          feederContestId: entry.feederContestId,
          total: entry.total,
          rank: entry.rank,
          status: entry.status,
          // Versions kept before the field existed hold no confirmation.
          confirmed: entry.confirmed ?? false,
          reason: entry.reason,
        };
        if (entry.reserveNo !== undefined) view.reserveNo = entry.reserveNo;
        return view;
      }),
      changes: version.changes.map((c) => ({
        registrationId: c.registrationId,
        name: c.name,
        feederContestId: c.feederContestId,
        kind: c.kind,
        before: c.before,
        after: c.after,
      })),
    });
  }
}

/** A feeder as the public names it: 海州区总工会 · 焊工 · 第1轮. */
export class PublicFeederView {
  contestId: number;
  round: number;
  /** The unit hosting the preliminary; null when the competition's organiser holds it. */
  hostUnitName: string | null;
  tradeName: string;
}

/** GET /api/public/contests/:id/advancement: the list with its feeders named. */
export class PublicAdvancementResponse extends AdvancementResponse {
  /** The final's feeders, saved order, then any the list still names. */
  feeders: PublicFeederView[];

  static ofPublic(
    version: AdvancementVersion,
    feeders: PublicFeederView[],
  ): PublicAdvancementResponse {
    return Object.assign(new PublicAdvancementResponse(), AdvancementResponse.of(version), {
      feeders,
    });
  }
}
