import type { TieAtBoundary, TieBreakKey } from '../../contests/rules/contest-rules.types';
import { compareForRanking, type RankInput } from '../../results/rules/rank';
import type { FeederResults, FeederRow } from './advancement.types';

/*
 * A line is a queue for places: its candidates best first, cut after its number of places. The
 * order inside one feeder is the feeder's official rank, which its own tie-break chain already
 * decided. Across feeders the order is the published total, then the tie-break keys every feeder
 * shares (see sharedTieBreak), compared by the results' own ranking comparison.
 */

export interface Candidate {
  feederContestId: number;
  row: FeederRow;
  ranking: RankInput;
}

/** Negative when a goes first; 0 on a full tie, which shares a place. */
export type Compare = (a: Candidate, b: Candidate) => number;

export function candidateOf(feeder: FeederResults, row: FeederRow): Candidate {
  return {
    feederContestId: feeder.contestId,
    row,
    ranking: {
      id: row.registrationId,
      totalCenti: row.totalCenti ?? 0,
      partScaledCenti: row.partScaledCenti ?? {},
      criterionPoints: row.criterionPoints ?? {},
      timeSeconds: row.timeSeconds ?? null,
      guest: row.guest,
    },
  };
}

/** Within one feeder: its official rank; equal ranks are a full tie on the feeder's chain. */
export const byFeederRank: Compare = (a, b) => (a.row.rank ?? 0) - (b.row.rank ?? 0);

const sameKey = (a: TieBreakKey, b: TieBreakKey): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The longest run of tie-break keys, from the first, that every feeder's chain has in the same
 * place. Comparing two feeders on a key only one of them uses would be meaningless, and a key
 * used for some pairs of feeders but not others would make the order depend on who is compared
 * with whom; so ties across feeders are broken only by the keys all of them share.
 */
export function sharedTieBreak(feeders: readonly FeederResults[]): TieBreakKey[] {
  if (feeders.length === 0) return [];
  const [first, ...others] = feeders.map((feeder) => feeder.tieBreak);
  const shared: TieBreakKey[] = [];
  for (const [i, key] of first.entries()) {
    if (!others.every((chain) => chain[i] !== undefined && sameKey(chain[i], key))) break;
    shared.push(key);
  }
  return shared;
}

export function acrossFeeders(chain: readonly TieBreakKey[]): Compare {
  return (a, b) => compareForRanking(a.ranking, b.ranking, chain);
}

/** Best first; the registration id only fixes the order inside a full tie, for a stable output. */
export function order(candidates: readonly Candidate[], compare: Compare): Candidate[] {
  return [...candidates].sort(
    (a, b) => compare(a, b) || a.row.registrationId - b.row.registrationId,
  );
}

/** Runs of full ties in an ordered line. */
export function tieGroups(ordered: readonly Candidate[], compare: Compare): Candidate[][] {
  const groups: Candidate[][] = [];
  for (const candidate of ordered) {
    const last = groups.at(-1);
    if (last && compare(last[0], candidate) === 0) last.push(candidate);
    else groups.push([candidate]);
  }
  return groups;
}

export interface Placed {
  candidate: Candidate;
  /** 1 + those ahead in the line; a full tie shares it. */
  place: number;
  /** The group this candidate is in reaches past the last place. */
  tiedAtCut: boolean;
  /** Size of that group. */
  tied: number;
}

export interface LineCut {
  advanced: Placed[];
  /** A full tie across the last place under EXCLUDE_ALL: nobody of it advances. */
  excluded: Placed[];
  /** Not advanced (the excluded included), best first. */
  rest: Candidate[];
}

/**
 * Fills `places` from the top of an ordered line. A group of full ties that would cross the last
 * place goes in whole (INCLUDE_ALL, so the line may end over its places) or stays out whole
 * (EXCLUDE_ALL, so places stay empty); no one below the group ever takes its places.
 */
export function cutLine(
  ordered: readonly Candidate[],
  compare: Compare,
  places: number,
  tiesAtCut: TieAtBoundary,
): LineCut {
  const cut: LineCut = { advanced: [], excluded: [], rest: [] };
  let ahead = 0;
  let open = true;
  for (const group of tieGroups(ordered, compare)) {
    const place = ahead + 1;
    const crosses = ahead < places && ahead + group.length > places;
    const placed = group.map((candidate) => ({
      candidate,
      place,
      tiedAtCut: crosses,
      tied: group.length,
    }));
    if (open && ahead + group.length <= places) {
      cut.advanced.push(...placed);
    } else if (open && crosses && tiesAtCut === 'INCLUDE_ALL') {
      cut.advanced.push(...placed);
      open = false;
    } else {
      if (open && crosses) cut.excluded.push(...placed);
      cut.rest.push(...group);
      open = false;
    }
    ahead += group.length;
  }
  return cut;
}

/** Reserve numbers in a line's queue, competition style: a full tie shares its number. */
export function reserveNumbers(queue: readonly Candidate[], compare: Compare): Map<number, number> {
  const numbers = new Map<number, number>();
  let ahead = 0;
  for (const group of tieGroups(queue, compare)) {
    for (const candidate of group) numbers.set(candidate.row.registrationId, ahead + 1);
    ahead += group.length;
  }
  return numbers;
}
