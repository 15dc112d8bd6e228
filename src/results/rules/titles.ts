import { formatCenti } from '../../common/points';
import {
  RankRounding,
  Title,
  TITLE_NAMES_ZH,
  TitlePolicy,
  TitleRung,
} from '../../contests/rules/contest-rules.types';
import { ceil, floor, Rational, rational, roundHalfUp } from './rational';

/*
 * Titles from ranks (docs/results.md "Title ladder", "Ties at a boundary", "Eligibility", "Minimum
 * field"). The ladder is rank based: a rung covers official rank numbers, and a contestant who is
 * ineligible keeps their title from everyone else: it is not passed down to the next in line.
 *
 * Tie groups. Officials sharing rank r (competition ranking, so r is the group's first position)
 * form a group of g that occupies positions r..r+g-1; the next official rank is r+g.
 *   INCLUDE_ALL (default): the group gets the rung of its first position, its rank. A tie that
 *     starts inside a rung gets that title even when it spills past the rung's end; the following
 *     ranks are skipped, so a later rung is not shifted. Ties at 3,3 with PACESETTER 2–3: both are
 *     PACESETTER and the next contestant, rank 5, gets EXPERT (4–10).
 *   EXCLUDE_ALL (strict): the group gets the rung of its last position, r+g-1: nobody in it gets a
 *     title that any of the positions it occupies would not earn. A group straddling a rung's end
 *     therefore drops whole to the next rung (two tied at rank 1 with CHAMPION 1–1 and PACESETTER
 *     2–3 are both PACESETTER, as is rank 3), and when its last position is past the whole ladder
 *     it gets no title (TIE_AT_BOUNDARY_EXCLUDED).
 */

export type TitleReason =
  | 'AWARDED'
  | 'GUEST'
  | 'FIELD_TOO_SMALL'
  | 'OUTSIDE_LADDER'
  | 'BELOW_MIN_TOTAL'
  | 'PART_NOT_PASSED'
  | 'TIE_AT_BOUNDARY_EXCLUDED'
  | 'NOT_RANKED';

export interface TitleInput {
  id: number;
  /** Official rank from rankContestants; null: absent or disqualified. A guest's is ignored. */
  rank: number | null;
  guest: boolean;
  totalCenti: number;
  allPartsPassed: boolean;
  /** Keys of the failed parts; empty exactly when allPartsPassed. */
  failedParts: string[];
}

export interface TitleDecision {
  id: number;
  title: Title | null;
  reason: TitleReason;
  detail: string;
  detailZh: string;
}

export interface AwardOptions {
  /** The contest's minimum field (docs/results.md default 3). */
  minField: number;
  /** Approved registrations, as counted for the minimum field. */
  approvedEntrants: number;
  /** Part key → name for the Chinese detail (e.g. practical → 实操); the key is used without it. */
  partNames?: Readonly<Record<string, string>>;
}

/** A rung resolved against the field: the official ranks [from, to] it covers, described. */
interface Band {
  title: Title;
  from: number;
  to: number;
  en: string;
  zh: string;
}

function roundCount(count: Rational, rounding: RankRounding): number {
  const rounded =
    rounding === 'FLOOR' ? floor(count) : rounding === 'CEIL' ? ceil(count) : roundHalfUp(count);
  return Number(rounded);
}

const span = (from: number, to: number): string => (from === to ? `${from}` : `${from}–${to}`);

/**
 * Each rung's rank range for a field of N officials. A PERCENT rung is cumulative: it reaches the
 * rank round(percent × N) and starts after whatever the rungs above covered; it may be empty.
 */
function resolveBands(rungs: readonly TitleRung[], fieldSize: number): Band[] {
  const bands: Band[] = [];
  let covered = 0;
  for (const rung of rungs) {
    const zhTitle = TITLE_NAMES_ZH[rung.title];
    if (rung.kind === 'RANKS') {
      const ranks = span(rung.fromRank, rung.toRank);
      bands.push({
        title: rung.title,
        from: rung.fromRank,
        to: rung.toRank,
        en: `${rung.title} (rank${rung.fromRank === rung.toRank ? '' : 's'} ${ranks})`,
        zh: `${zhTitle}（第${ranks}名）`,
      });
      covered = Math.max(covered, rung.toRank);
      continue;
    }
    // percent% of N = percentCenti × N / 10000, rounded to a whole rank by the rung's rule.
    const cutoff = roundCount(
      rational(BigInt(rung.percentCenti) * BigInt(fieldSize), 10_000n),
      rung.rounding,
    );
    const from = covered + 1;
    const pct = formatCenti(rung.percentCenti);
    const ranks = cutoff >= from ? `ranks ${span(from, cutoff)}` : 'no ranks';
    bands.push({
      title: rung.title,
      from,
      to: cutoff,
      en: `${rung.title} (top ${pct}% of ${fieldSize} ranked, ${rung.rounding}: ${ranks})`,
      zh: `${zhTitle}（前${pct}%，${fieldSize}人中${cutoff >= from ? `第${span(from, cutoff)}名` : '无名次'}）`,
    });
    covered = Math.max(covered, cutoff);
  }
  return bands;
}

const bandAt = (bands: readonly Band[], position: number): Band | undefined =>
  bands.find((b) => b.from <= position && position <= b.to);

function checkInputs(inputs: readonly TitleInput[], options: AwardOptions): void {
  for (const [name, value] of Object.entries({
    minField: options.minField,
    approvedEntrants: options.approvedEntrants,
  })) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`${name} must be a whole number of 0 or more, got ${value}`);
    }
  }
  const ids = new Set<number>();
  for (const input of inputs) {
    if (ids.has(input.id)) throw new RangeError(`Contestant ${input.id} is listed twice`);
    ids.add(input.id);
    if (input.allPartsPassed !== (input.failedParts.length === 0)) {
      throw new RangeError(`Contestant ${input.id}: allPartsPassed disagrees with failedParts`);
    }
  }
  // Official ranks must be a standard competition ranking (1224): each is its position or repeats
  // the one before. Anything else would make the rank-based ladder award the wrong people.
  const ranks = inputs
    .filter((i) => !i.guest && i.rank !== null)
    .map((i) => i.rank as number)
    .sort((a, b) => a - b);
  ranks.forEach((rank, i) => {
    if (!Number.isSafeInteger(rank) || (rank !== i + 1 && rank !== ranks[i - 1])) {
      throw new RangeError(`Official ranks ${ranks.join(', ')} are not a competition ranking`);
    }
  });
}

interface Context {
  policy: TitlePolicy;
  bands: Band[];
  groupSize: Map<number, number>;
  partNames: Readonly<Record<string, string>>;
}

function decideRanked(input: TitleInput, rank: number, ctx: Context) {
  const size = ctx.groupSize.get(rank) ?? 1;
  const last = rank + size - 1;
  const tied = size > 1;
  const en = `rank ${rank}${tied ? ' (tied)' : ''}`;
  const zh = `${tied ? '并列' : ''}第${rank}名`;
  const byRank = bandAt(ctx.bands, rank);
  const strict = ctx.policy.tieAtBoundary === 'EXCLUDE_ALL';
  const band = strict ? bandAt(ctx.bands, last) : byRank;
  const where = `tied at rank ${rank} over positions ${rank}–${last}, which straddle the end of`;
  const whereZh = `并列第${rank}名（占第${rank}–${last}位），跨越`;

  if (band === undefined) {
    if (byRank === undefined) {
      return {
        title: null,
        reason: 'OUTSIDE_LADDER' as const,
        detail: `${en}, outside the title ladder`,
        detailZh: `${zh}，不在称号名次范围内`,
      };
    }
    return {
      title: null,
      reason: 'TIE_AT_BOUNDARY_EXCLUDED' as const,
      detail: `${where} ${byRank.en}: the strict tie policy awards no title`,
      detailZh: `${whereZh}${byRank.zh}的名次界限，按严格并列规则不授予称号`,
    };
  }

  const belowMin = input.totalCenti < ctx.policy.minTotalCenti;
  const partsFailed = ctx.policy.requireAllPartsPassed && !input.allPartsPassed;
  if (belowMin || partsFailed) {
    const keys = input.failedParts;
    const partsEn = `part${keys.length > 1 ? 's' : ''} ${keys.join(', ')} not passed`;
    const partsZh = `${keys.map((k) => ctx.partNames[k] ?? k).join('、')}部分未及格`;
    const min = formatCenti(ctx.policy.minTotalCenti);
    const total = formatCenti(input.totalCenti);
    const reasonsEn = [
      belowMin ? `total ${total} is below the minimum ${min}` : '',
      partsFailed ? partsEn : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const reasonsZh = [belowMin ? `总分${total}低于最低分${min}` : '', partsFailed ? partsZh : '']
      .filter(Boolean)
      .join('，且');
    return {
      title: null,
      reason: belowMin ? ('BELOW_MIN_TOTAL' as const) : ('PART_NOT_PASSED' as const),
      detail: `${en}, but ${reasonsEn}`,
      detailZh: `${zh}，但${reasonsZh}`,
    };
  }

  if (band !== byRank) {
    return {
      title: band.title,
      reason: 'AWARDED' as const,
      detail: `${where} ${byRank?.en ?? 'the ladder'}: the strict tie policy gives ${band.en}`,
      detailZh: `${whereZh}${byRank?.zh ?? '称号'}的名次界限，按严格并列规则授予${band.zh}`,
    };
  }
  return {
    title: band.title,
    reason: 'AWARDED' as const,
    detail: `${en}: ${band.en}`,
    detailZh: `${zh}：${band.zh}`,
  };
}

/**
 * Decides every contestant's title, in input order. Precedence of reasons: FIELD_TOO_SMALL (for
 * everyone, contest-wide), then GUEST, NOT_RANKED, the rung (OUTSIDE_LADDER,
 * TIE_AT_BOUNDARY_EXCLUDED), then eligibility: BELOW_MIN_TOTAL before PART_NOT_PASSED, though the
 * detail names every failed condition. The field N for percentages is the official ranked count.
 */
export function awardTitles(
  inputs: readonly TitleInput[],
  policy: TitlePolicy,
  options: AwardOptions,
): TitleDecision[] {
  checkInputs(inputs, options);
  const { minField, approvedEntrants } = options;
  if (approvedEntrants < minField) {
    return inputs.map((input) => ({
      id: input.id,
      title: null,
      reason: 'FIELD_TOO_SMALL',
      detail: `${approvedEntrants} approved entrant${approvedEntrants === 1 ? '' : 's'}, fewer than the minimum field of ${minField}: no titles are awarded in this contest`,
      detailZh: `核准参赛${approvedEntrants}人，少于最低参赛人数${minField}人，本项目不授予称号`,
    }));
  }

  const groupSize = new Map<number, number>();
  for (const input of inputs) {
    if (!input.guest && input.rank !== null) {
      groupSize.set(input.rank, (groupSize.get(input.rank) ?? 0) + 1);
    }
  }
  const fieldSize = [...groupSize.values()].reduce((a, b) => a + b, 0);
  const ctx: Context = {
    policy,
    bands: resolveBands(policy.rungs, fieldSize),
    groupSize,
    partNames: options.partNames ?? {},
  };

  return inputs.map((input): TitleDecision => {
    if (input.guest) {
      return {
        id: input.id,
        title: null,
        reason: 'GUEST',
        detail: 'out of competition (guest): ranked for display only, no title',
        detailZh: '不参与评奖的特邀选手，仅展示名次，不授予称号',
      };
    }
    if (input.rank === null) {
      return {
        id: input.id,
        title: null,
        reason: 'NOT_RANKED',
        detail: 'not ranked (absent or disqualified): no title',
        detailZh: '无名次（缺考或取消资格），不授予称号',
      };
    }
    return { id: input.id, ...decideRanked(input, input.rank, ctx) };
  });
}
