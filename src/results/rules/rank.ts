import type { SortOrder, TieBreakKey } from '../../contests/rules/contest-rules.types';
import { compare as compareRational, Rational } from './rational';

/*
 * Standard competition ranking ("1224") within a contest (docs/results.md "Ranking and titles"). The
 * ranking key is the rounded total, higher first, then the contest's tie-break chain; only a full
 * tie on every key shares a rank. The id only fixes the display order of a full tie.
 *
 * Guests (out of competition) are shown in the list but take no rank place from an official
 * contestant: officials are ranked among officials only. A guest's rank says where they would
 * stand, 1 + the officials strictly ahead of them, so it may repeat an official's number.
 */

export interface RankInput {
  id: number;
  /** Rounded total in hundredths, as published. */
  totalCenti: number;
  /** Rounded scaled part scores in hundredths, as published; read by PART keys. */
  partScaledCenti: Record<string, number>;
  /** Exact criterion points; read by CRITERION keys. */
  criterionPoints: Record<string, Rational>;
  /** Time used; null (not recorded) ranks last on a TIME key whatever its order. */
  timeSeconds: number | null;
  guest: boolean;
}

export interface Ranked {
  id: number;
  rank: number;
  /**
   * An official is tied when another official has the same full key: a guest never makes an
   * official "tied", since the guest's presence changes nothing about the official ranking. A guest
   * is tied when anyone else, official or guest, has the same full key (they show the same rank).
   */
  tied: boolean;
  guest: boolean;
  /** 1-based place in the returned list, best first, guests included. */
  position: number;
}

/** Negative when a is better on one key; `order` says which way is better. */
function directed(difference: number, order: SortOrder): number {
  return order === 'DESC' ? -difference : difference;
}

function partScore(input: RankInput, partKey: string): number {
  const value = input.partScaledCenti[partKey];
  if (value === undefined) {
    throw new RangeError(`Contestant ${input.id} has no score for part ${partKey}`);
  }
  return value;
}

function criterionScore(input: RankInput, criterionKey: string): Rational {
  const value = input.criterionPoints[criterionKey];
  if (value === undefined) {
    throw new RangeError(`Contestant ${input.id} has no points for criterion ${criterionKey}`);
  }
  return value;
}

function compareByKey(a: RankInput, b: RankInput, key: TieBreakKey): number {
  switch (key.by) {
    case 'PART':
      return directed(partScore(a, key.partKey) - partScore(b, key.partKey), key.order);
    case 'CRITERION':
      return directed(
        compareRational(criterionScore(a, key.criterionKey), criterionScore(b, key.criterionKey)),
        key.order,
      );
    case 'TIME':
      // A missing time cannot be shown to be better than any recorded one, in either order.
      if (a.timeSeconds === null || b.timeSeconds === null) {
        return (a.timeSeconds === null ? 1 : 0) - (b.timeSeconds === null ? 1 : 0);
      }
      // Sign only: times are compared, never added, so a fractional second is harmless here.
      return directed(Math.sign(a.timeSeconds - b.timeSeconds), key.order);
  }
}

/** Negative when a ranks ahead of b, 0 on a full tie (equal total and every tie-break key). */
export function compareForRanking(
  a: RankInput,
  b: RankInput,
  tieBreak: readonly TieBreakKey[],
): number {
  if (a.totalCenti !== b.totalCenti) return b.totalCenti - a.totalCenti;
  for (const key of tieBreak) {
    const result = compareByKey(a, b, key);
    if (result !== 0) return result;
  }
  return 0;
}

function check(inputs: readonly RankInput[]): void {
  const ids = new Set<number>();
  for (const input of inputs) {
    if (ids.has(input.id)) throw new RangeError(`Contestant ${input.id} is listed twice`);
    ids.add(input.id);
    // A total of 64.2 (points where hundredths were meant) would silently rank below 65.
    const scores = [input.totalCenti, ...Object.values(input.partScaledCenti)];
    if (!scores.every(Number.isSafeInteger)) {
      throw new RangeError(`Contestant ${input.id} has a score that is not whole hundredths`);
    }
    if (
      input.timeSeconds !== null &&
      !(Number.isFinite(input.timeSeconds) && input.timeSeconds >= 0)
    ) {
      throw new RangeError(`Contestant ${input.id} has an invalid time ${input.timeSeconds}`);
    }
  }
}

/** Ranks a contest's present contestants, best first. Absent ones are not passed in. */
export function rankContestants(
  inputs: readonly RankInput[],
  tieBreak: readonly TieBreakKey[],
): Ranked[] {
  check(inputs);
  const ordered = [...inputs].sort((a, b) => compareForRanking(a, b, tieBreak) || a.id - b.id);

  const ranked: Ranked[] = [];
  let officialsAhead = 0;
  // Full ties are contiguous after the sort; each run is ranked as one group.
  for (let start = 0; start < ordered.length;) {
    let end = start + 1;
    while (
      end < ordered.length &&
      compareForRanking(ordered[start], ordered[end], tieBreak) === 0
    ) {
      end += 1;
    }
    const group = ordered.slice(start, end);
    const officials = group.filter((c) => !c.guest).length;
    const rank = officialsAhead + 1;
    group.forEach((c, i) => {
      ranked.push({
        id: c.id,
        rank,
        tied: c.guest ? group.length > 1 : officials > 1,
        guest: c.guest,
        position: start + i + 1,
      });
    });
    officialsAhead += officials;
    start = end;
  }
  return ranked;
}
