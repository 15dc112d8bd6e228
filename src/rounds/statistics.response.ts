import { GrantResponse } from './grants.response';

export class TitleCountView {
  /** The title's key as the results give it (CHAMPION, PACESETTER…). */
  title: string;
  count: number;
}

export class RoundContestsView {
  round: number;
  /** Contests of this round (any stage). */
  contests: number;
  /** Of them, held: results published (公示) or final. */
  held: number;
}

export class HostContestsView {
  /** The host unit (承办单位); null: run by the federation itself. */
  unitId: number | null;
  unit: string | null;
  contests: number;
  held: number;
}

export class ContestFiguresView {
  total: number;
  held: number;
  byRound: RoundContestsView[];
  byUnit: HostContestsView[];
}

export class RoundTitlesView {
  round: number;
  total: number;
  byTitle: TitleCountView[];
}

export class UnitTitlesView {
  /** The entrant's unit as the results were published. */
  unitId: number;
  unit: string;
  total: number;
  byTitle: TitleCountView[];
}

export class TitleFiguresView {
  total: number;
  byRound: RoundTitlesView[];
  byUnit: UnitTitlesView[];
}

export class GrantFiguresView {
  /** Granted, in yuan: "12345.60". */
  total: string;
  /** Reported as used, in yuan. */
  used: string;
  byUnit: GrantResponse[];
}

export class FunnelRoundView {
  round: number;
  contests: number;
  held: number;
  /** Active entries (pending or approved) in the round's contests. */
  entries: number;
  /** Ranked in the round's published results (no guests, absentees or disqualified). */
  ranked: number;
  /** Entries of a later round that came from this round's entries (晋级, once applied). */
  advanced: number;
  /** Titles in the round's published results. */
  titles: number;
}

export class FunnelTradeView {
  tradeId: number;
  tradeName: string;
  rounds: FunnelRoundView[];
}

/** GET /api/competitions/:id/statistics: the campaign's figures, computed from the data. */
export class StatisticsResponse {
  /** Trades with at least one contest. */
  trades: number;
  /** Workers with an active entry in any round, each counted once. */
  participants: number;
  contests: ContestFiguresView;
  titles: TitleFiguresView;
  grants: GrantFiguresView;
  funnel: FunnelTradeView[];
}
