import type { Contest, Scheme, TieBreakKey, TitlePolicy } from '../../api/types';

/*
 * A new contest's scheme copied from another contest of the competition (评分方案来源,
 * docs/advancement.md "The pages"): a preliminary's scheme reused by the final, or one
 * district's preliminary reused by the next. The copy is the editor's to change before creating.
 */

/** What the new-contest page's editors start from after a copy, and what had to be left out. */
export interface CopiedScheme {
  scheme: Scheme;
  titlePolicy: TitlePolicy;
  tieBreak: TieBreakKey[];
  /** The names of the carried parts left out (a round-1 contest cannot carry a score). */
  dropped: string[];
}

/** The contest's scheme, title ladder and tie-break chain as the editors hold them. */
export function copyFromContest(
  contest: Pick<Contest, 'scheme' | 'titlePolicy' | 'tieBreak'>,
  round: number,
): CopiedScheme {
  const scheme: Scheme = {
    parts: contest.scheme.parts.map(({ key, name, weight, passMark, carried, criteria }) => ({
      key,
      name,
      weight,
      passMark,
      carried,
      criteria: criteria.map((c) => ({ ...c })),
    })),
  };
  const { rungs, minTotal, requireAllPartsPassed, tieAtBoundary } = contest.titlePolicy;
  const titlePolicy: TitlePolicy = {
    rungs: rungs.map(({ title, fromRank, toRank, percent, rounding }) => ({
      title,
      fromRank,
      toRank,
      percent,
      rounding,
    })),
    minTotal,
    requireAllPartsPassed,
    tieAtBoundary,
  };
  const tieBreak = contest.tieBreak.map((k) => ({ ...k }));
  const copied = { scheme, titlePolicy, tieBreak, dropped: [] };
  return round === 1 ? dropCarried(copied) : copied;
}

/**
 * Leaves out the carried parts (a round-1 contest has no feeder total to carry) and the tie-break
 * keys naming them. The other parts keep their weights: they no longer sum to 100, which the
 * editor shows and the user corrects.
 */
export function dropCarried(copied: CopiedScheme): CopiedScheme {
  const carried = copied.scheme.parts.filter((p) => p.carried);
  if (carried.length === 0) return copied;
  const gone = new Set(carried.map((p) => p.key));
  return {
    ...copied,
    scheme: { parts: copied.scheme.parts.filter((p) => !p.carried) },
    tieBreak: copied.tieBreak.filter((k) => !(k.by === 'PART' && gone.has(k.partKey ?? ''))),
    dropped: [...copied.dropped, ...carried.map((p) => p.name || p.key)],
  };
}

/** The contests whose scheme a new contest of `tradeId` may start from: the same trade's, by round. */
export function schemeSources<C extends Pick<Contest, 'id' | 'round' | 'trade'>>(
  contests: C[],
  tradeId: number | undefined,
): C[] {
  if (tradeId === undefined) return [];
  return contests
    .filter((c) => c.trade.id === tradeId)
    .sort((a, b) => a.round - b.round || a.id - b.id);
}

/**
 * Whether a contest of this trade, round and host may still be created: one per trade, round and
 * host unit (the server's CONTEST_TRADE_TAKEN decides; this only keeps the choice short).
 */
export function tradeTaken(
  contests: Array<Pick<Contest, 'round' | 'hostUnitId' | 'trade'>>,
  tradeId: number,
  round: number,
  hostUnitId: number | undefined,
): boolean {
  return contests.some(
    (c) => c.trade.id === tradeId && c.round === round && c.hostUnitId === (hostUnitId ?? null),
  );
}
