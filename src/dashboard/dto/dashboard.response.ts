import type { ContestStatus } from '../../contests/rules';

/** Registrations of one unit (the unit each worker is entered for), across the competition. */
export class UnitParticipation {
  unitId: number;
  unitCode: string;
  unitName: string;
  /** Pending and approved entries (rejected and withdrawn ones are left out). */
  registrations: number;
  approved: number;
}

/** One contest (trade) of the competition with its entries and judging state. */
export class ContestDashboard {
  contestId: number;
  tradeCode: string;
  tradeName: string;
  status: ContestStatus;
  /** Pending and approved entries. */
  registrations: number;
  approved: number;
  /** Approved entries with a blind code from the draw. */
  drawn: number;
  /** Judges' score rows entered, and how many of them a chief judge has confirmed. */
  scoresEntered: number;
  scoresConfirmed: number;
  /**
   * Totals of the run the distribution is taken from: the published run, else the latest
   * computed one; null while no run has been computed.
   */
  results: {
    runId: number;
    published: boolean;
    /** Ten bins of total points: [0,10), [10,20), … [90,100] (the last includes 100). */
    distribution: number[];
  } | null;
}

export class DashboardResponse {
  competitionId: number;
  byUnit: UnitParticipation[];
  contests: ContestDashboard[];
}
