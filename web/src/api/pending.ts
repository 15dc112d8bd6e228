import type { components } from './schema';
import type { Contest, Run, TieBreakKey, Title } from './types';

/*
 * Fields docs/openapi.json describes only loosely (issue 16: an object without its properties, a
 * string where the values are an enum). Each accessor reads one as what the server sends, and goes
 * once the document says it itself.
 */

// TODO(issue 16): generated once the route is described (ContestResponse.tieBreak: bare objects)
/** A contest's tie-break chain as read: the same keys a PATCH sends. */
export const tieBreakOf = (contest: Contest): TieBreakKey[] =>
  contest.tieBreak as unknown as TieBreakKey[];

// TODO(issue 16): generated once the route is described (RunResponse.summary: a bare object)
/** A finished run's counts. */
export interface RunSummary {
  contestants: number;
  ranked: number;
  guests: number;
  absent: number;
  disqualified: number;
  titles: Partial<Record<Title, number>>;
}
export const summaryOf = (run: Run): RunSummary | null =>
  run.summary as unknown as RunSummary | null;

// TODO(issue 16): generated once the route is described (ScoreEntryDto.points: a bare object)
/** A score as PUT …/scores takes it: the decimal text as typed ("85.5"). */
export const pointsOf = (points: string): components['schemas']['ScoreEntryDto']['points'] =>
  points as unknown as components['schemas']['ScoreEntryDto']['points'];
