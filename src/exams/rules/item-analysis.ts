/*
 * Item analysis after an exam (docs/exams.md "Item analysis"): per question, how many answered it,
 * the share who got it right (difficulty) and the gap between the top and the bottom 27 %
 * (discrimination). Pure: it reads marked papers, exactly, and rounds only the printed shares.
 */
import {
  add,
  compare,
  div,
  equals,
  mul,
  Rational,
  rational,
  roundHalfUp,
  sub,
  sum,
  ZERO,
} from '../../results/rules/rational';
import type { MarkedPaper } from './marking';

export interface ItemAnalysis {
  readonly questionId: number;
  /** Papers holding the question. */
  readonly papers: number;
  /** Papers holding it with an answer given (WRONG and MALFORMED count; UNANSWERED does not). */
  readonly answered: number;
  /** Papers with full points on it (a PARTIAL half is not right). */
  readonly correct: number;
  /** correct / papers, exact. */
  readonly correctShareExact: Rational;
  /** correctShareExact with 4 decimals, half up: "0.8235". */
  readonly correctShare: string;
  /** Top-group share right minus bottom-group share right, exact; null below 2 papers. */
  readonly discriminationExact: Rational | null;
  /** discriminationExact with 4 decimals, half away from zero: "-0.2500"; null below 2 papers. */
  readonly discrimination: string | null;
}

/** An exact share as a fixed 4-decimal string, rounded half away from zero (−0.00005 → "-0.0001"). */
export function formatShare(r: Rational): string {
  const tenThousandths = roundHalfUp(mul(r, rational(10000n)));
  const magnitude = tenThousandths < 0n ? -tenThousandths : tenThousandths;
  const whole = magnitude / 10000n;
  const fraction = String(magnitude % 10000n).padStart(4, '0');
  return `${tenThousandths < 0n ? '-' : ''}${whole}.${fraction}`;
}

/**
 * The size of each extreme group among n papers: 27 % of n rounded half up (Kelley's 27 %), at
 * least 1; 0 below 2 papers (a top and a bottom need two). Never more than half of n.
 */
export function extremeGroupSize(n: number): number {
  if (n < 2) return 0;
  return Math.max(1, Math.floor((27 * n + 50) / 100));
}

/**
 * The weight of each paper in the group of the `size` best (or worst) totals. Papers are taken by
 * total; where the group's edge falls inside a tie, every tied paper counts for the same fraction
 * (the places left / the papers tied), so the groups never depend on the order papers arrive in.
 */
export function groupWeights(
  totals: readonly Rational[],
  size: number,
  from: 'TOP' | 'BOTTOM',
): Rational[] {
  const weights: Rational[] = totals.map(() => ZERO);
  const order = totals
    .map((t, i) => ({ t, i }))
    .sort((a, b) => (from === 'TOP' ? compare(b.t, a.t) : compare(a.t, b.t)));
  let left = size;
  let at = 0;
  while (left > 0 && at < order.length) {
    let end = at;
    while (end < order.length && equals(order[end].t, order[at].t)) end++;
    const tied = end - at;
    const share = tied <= left ? rational(1n) : rational(BigInt(left), BigInt(tied));
    for (let k = at; k < end; k++) weights[order[k].i] = share;
    left -= Math.min(tied, left);
    at = end;
  }
  return weights;
}

/** The weighted share right within one group: Σ weight of papers right / Σ weight. */
function groupShare(weights: readonly Rational[], right: readonly boolean[]): Rational {
  const all = sum(weights);
  const hit = weights.reduce((s, w, i) => (right[i] ? add(s, w) : s), ZERO);
  return div(hit, all);
}

/**
 * Every question that appears on at least one paper, by questionId. Pass only the submitted papers
 * that count (a voided paper is left out by the caller). Each candidate has their own draw, so
 * every figure of a question is over the papers holding it, and its 27 % groups are taken among
 * those papers by their exact totals.
 */
export function analyseItems(papers: readonly MarkedPaper[]): ItemAnalysis[] {
  const holders = new Map<number, { total: Rational; answered: boolean; right: boolean }[]>();
  for (const paper of papers) {
    for (const item of paper.items) {
      const list = holders.get(item.questionId) ?? [];
      list.push({
        total: paper.total,
        answered: item.outcome !== 'UNANSWERED',
        right: item.outcome === 'CORRECT',
      });
      holders.set(item.questionId, list);
    }
  }
  return [...holders.entries()]
    .sort(([a], [b]) => a - b)
    .map(([questionId, list]) => {
      const n = list.length;
      const correct = list.filter((h) => h.right).length;
      const correctShareExact = rational(BigInt(correct), BigInt(n));
      const size = extremeGroupSize(n);
      let discriminationExact: Rational | null = null;
      if (size > 0) {
        const totals = list.map((h) => h.total);
        const right = list.map((h) => h.right);
        discriminationExact = sub(
          groupShare(groupWeights(totals, size, 'TOP'), right),
          groupShare(groupWeights(totals, size, 'BOTTOM'), right),
        );
      }
      return {
        questionId,
        papers: n,
        answered: list.filter((h) => h.answered).length,
        correct,
        correctShareExact,
        correctShare: formatShare(correctShareExact),
        discriminationExact,
        discrimination: discriminationExact === null ? null : formatShare(discriminationExact),
      };
    });
}
