import type { Title, TitlePolicy, TitleRung } from '../../contests/rules/contest-rules.types';
import { awardTitles, AwardOptions, TitleDecision, TitleInput } from './titles';

/* Shared builders for the titles specs: fields of contestants and a compact view of decisions. */

export const DEFAULT_RUNGS: TitleRung[] = [
  { title: 'CHAMPION', kind: 'RANKS', fromRank: 1, toRank: 1 },
  { title: 'PACESETTER', kind: 'RANKS', fromRank: 2, toRank: 3 },
  { title: 'EXPERT', kind: 'RANKS', fromRank: 4, toRank: 10 },
  { title: 'EXCELLENT', kind: 'RANKS', fromRank: 11, toRank: 15 },
];

/** The docs/results.md default policy, with overrides. */
export const policy = (over: Partial<TitlePolicy> = {}): TitlePolicy => ({
  rungs: DEFAULT_RUNGS,
  minTotalCenti: 6000,
  requireAllPartsPassed: true,
  tieAtBoundary: 'INCLUDE_ALL',
  ...over,
});

/** An eligible official at a rank (total 90.00, all parts passed). */
export const official = (id: number, rank: number | null, over: Partial<TitleInput> = {}) => ({
  id,
  rank,
  guest: false,
  totalCenti: 9000,
  allPartsPassed: true,
  failedParts: [],
  ...over,
});

export const guest = (id: number, rank: number | null): TitleInput => ({
  ...official(id, rank),
  guest: true,
});

/** Officials in tie groups of the given sizes, ranked 1224: [2, 1] → ranks 1, 1, 3. */
export function tieGroups(sizes: readonly number[]): TitleInput[] {
  const field: TitleInput[] = [];
  for (const size of sizes) {
    const rank = field.length + 1;
    for (let i = 0; i < size; i += 1) field.push(official(field.length + 1, rank));
  }
  return field;
}

/** Officials with distinct ranks 1..n. */
export const distinct = (n: number): TitleInput[] => tieGroups(Array.from({ length: n }, () => 1));

export function award(
  inputs: readonly TitleInput[],
  titlePolicy: TitlePolicy = policy(),
  options: Partial<AwardOptions> = {},
): TitleDecision[] {
  return awardTitles(inputs, titlePolicy, {
    minField: 3,
    approvedEntrants: inputs.length,
    ...options,
  });
}

const LETTER: Record<Title, string> = {
  CHAMPION: 'C',
  PACESETTER: 'P',
  EXPERT: 'E',
  EXCELLENT: 'X',
};

/**
 * One letter per contestant, a space between tie groups: C P E X for the titles, '-' outside the
 * ladder, '!' excluded by the strict tie policy, '?' any other reason. [2, 1] → "CC P".
 */
export function ladderOf(sizes: readonly number[], titlePolicy: TitlePolicy): string {
  const decisions = award(tieGroups(sizes), titlePolicy);
  const letters = decisions.map((d) =>
    d.title !== null
      ? LETTER[d.title]
      : d.reason === 'OUTSIDE_LADDER'
        ? '-'
        : d.reason === 'TIE_AT_BOUNDARY_EXCLUDED'
          ? '!'
          : '?',
  );
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes) {
    groups.push(letters.slice(at, at + size).join(''));
    at += size;
  }
  return groups.join(' ');
}

/** How many contestants got each title, in ladder order. */
export function counts(decisions: readonly TitleDecision[]): Record<Title, number> {
  const result: Record<Title, number> = { CHAMPION: 0, PACESETTER: 0, EXPERT: 0, EXCELLENT: 0 };
  for (const d of decisions) if (d.title !== null) result[d.title] += 1;
  return result;
}
