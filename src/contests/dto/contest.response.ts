import { fromCenti } from '../../common/points';
import type { ContestDetail } from '../contests.service';
import {
  allowedTransitions,
  TITLE_NAMES_ZH,
  type ContestStatus,
  type Scheme,
  type TitlePolicy,
} from '../rules';

/** One key of the tie-break chain, as a PATCH sends it (partKey for PART, criterionKey for CRITERION). */
export class TieBreakKeyView {
  by: 'PART' | 'CRITERION' | 'TIME';
  partKey?: string;
  criterionKey?: string;
  order: 'ASC' | 'DESC';
}

export class CriterionView {
  key: string;
  name: string;
  kind: 'MEASUREMENT' | 'JUDGEMENT';
  method: 'MEAN' | 'TRIMMED_MEAN' | 'MEDIAN' | 'SINGLE';
  maxPoints: number;
  /** JUDGEMENT: marks; MEASUREMENT: points; null: no spread check. */
  tolerance: number | null;
}

export class PartView {
  key: string;
  name: string;
  weight: number;
  maxPoints: number;
  passMark: number | null;
  /** A carried part: its points are the finalist's feeder total; it has no criteria. */
  carried: boolean;
  criteria: CriterionView[];
}

export class TitleRungView {
  title: 'CHAMPION' | 'PACESETTER' | 'EXPERT' | 'EXCELLENT';
  /** 技术状元 / 技术标兵 / 技术能手 / 优秀选手 */
  titleName: string;
  fromRank?: number;
  toRank?: number;
  percent?: number;
  rounding?: 'FLOOR' | 'CEIL' | 'HALF_UP';
}

export class TitlePolicyView {
  rungs: TitleRungView[];
  minTotal: number;
  requireAllPartsPassed: boolean;
  tieAtBoundary: 'INCLUDE_ALL' | 'EXCLUDE_ALL';
}

export class ContestResponse {
  id: number;
  competitionId: number;
  trade: { id: number; code: string; name: string; nameEn: string | null };
  status: ContestStatus;
  /** The statuses a PATCH may move to from here. */
  allowedTransitions: ContestStatus[];
  version: number;
  minField: number;
  allowMultipleEntries: boolean;
  /** 1 for a first round; the last round of a trade is its final. */
  round: number;
  /** The unit that runs the contest (承办单位); null when the organizers run it. */
  hostUnitId: number | null;
  /** Whether workers may enter themselves. */
  selfRegistration: boolean;
  scheme: { parts: PartView[] };
  titlePolicy: TitlePolicyView;
  tieBreak: TieBreakKeyView[];
  createdAt: string;
  updatedAt: string;

  static of({ contest, trade, scheme }: ContestDetail): ContestResponse {
    return Object.assign(new ContestResponse(), {
      id: contest.id,
      competitionId: contest.competitionId,
      trade: { id: trade.id, code: trade.code, name: trade.name, nameEn: trade.nameEn },
      status: contest.status,
      allowedTransitions: allowedTransitions(contest.status),
      version: contest.version,
      minField: contest.minField,
      allowMultipleEntries: contest.allowMultipleEntries,
      round: contest.round,
      hostUnitId: contest.hostUnitId,
      selfRegistration: contest.selfRegistration,
      scheme: schemeView(scheme),
      titlePolicy: titlePolicyView(contest.titlePolicy),
      tieBreak: contest.tieBreak,
      createdAt: contest.createdAt.toISOString(),
      updatedAt: contest.updatedAt.toISOString(),
    });
  }
}

function schemeView(scheme: Scheme): { parts: PartView[] } {
  return {
    parts: scheme.parts.map((p) => ({
      key: p.key,
      name: p.name,
      weight: fromCenti(p.weightCenti),
      maxPoints: fromCenti(p.maxPointsCenti),
      passMark: p.passMarkCenti === null ? null : fromCenti(p.passMarkCenti),
      carried: p.carried,
      criteria: p.criteria.map((c) => ({
        key: c.key,
        name: c.name,
        kind: c.kind,
        method: c.method,
        maxPoints: fromCenti(c.maxPointsCenti),
        tolerance: c.toleranceCenti === null ? null : fromCenti(c.toleranceCenti),
      })),
    })),
  };
}

function titlePolicyView(policy: TitlePolicy): TitlePolicyView {
  return {
    rungs: policy.rungs.map((r) =>
      r.kind === 'RANKS'
        ? {
            title: r.title,
            titleName: TITLE_NAMES_ZH[r.title],
            fromRank: r.fromRank,
            toRank: r.toRank,
          }
        : {
            title: r.title,
            titleName: TITLE_NAMES_ZH[r.title],
            percent: fromCenti(r.percentCenti),
            rounding: r.rounding,
          },
    ),
    minTotal: fromCenti(policy.minTotalCenti),
    requireAllPartsPassed: policy.requireAllPartsPassed,
    tieAtBoundary: policy.tieAtBoundary,
  };
}
