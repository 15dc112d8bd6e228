import type { AdvancementReasonView } from './advancement.response';

export class PathUnitView {
  id: number;
  name: string;
}

/** The published result of one entry, as the rankings show it. */
export class PathResultView {
  rank: number | null;
  /** "88.50"; null when no total was given (absent). */
  total: string | null;
  /** The title's key (CHAMPION, …) or null. */
  title: string | null;
}

/** Where the entry stands on the later round's advancement list (latest version). */
export class PathAdvancementView {
  /** The later round's contest. */
  contestId: number;
  round: number;
  roundName: string;
  status: 'ADVANCED' | 'RESERVE' | 'DECLINED' | 'NOT_ELIGIBLE';
  reserveNo: number | null;
  /** True while a feeder's results are only published, not final. */
  provisional: boolean;
  reason: AdvancementReasonView;
  /** The reason worded from its facts: "海州区初赛第3名，每个赛区前3名晋级". */
  reasonText: string;
  reasonTextEn: string;
  /** The worker's registration in the later round, once advancement created it. */
  entry: { status: string } | null;
}

/** One of the worker's entries: a contest of a competition, at its round. */
export class PathEntryView {
  contestId: number;
  competition: { id: number; name: string };
  trade: string;
  round: number;
  /** 初赛 / 复赛 / 决赛 */
  roundName: string;
  roundNameEn: string;
  hostUnit: PathUnitView | null;
  /** PENDING / APPROVED / REJECTED / WITHDRAWN */
  registrationStatus: string;
  /** The result once published, null before. */
  result: PathResultView | null;
  /** Null when no later round lists this entry. */
  advancement: PathAdvancementView | null;
}

export class WorkerPathResponse {
  entries: PathEntryView[];
}
