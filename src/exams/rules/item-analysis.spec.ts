import { fromCenti, rational } from '../../results/rules/rational';
import { analyseItems, extremeGroupSize, formatShare, groupWeights } from './item-analysis';
import type { MarkedItem, MarkedPaper, MarkOutcome } from './marking';

/** A marked paper with just what the analysis reads: the exact total and each item's outcome. */
function paper(totalCenti: number, outcomes: Record<number, MarkOutcome>): MarkedPaper {
  const items: MarkedItem[] = Object.entries(outcomes).map(([id, outcome]) => ({
    questionId: Number(id),
    pointsCenti: 100,
    outcome,
    earned: fromCenti(outcome === 'CORRECT' ? 100 : 0),
  }));
  return { items, total: fromCenti(totalCenti), scoreCenti: totalCenti, maxCenti: 10000 };
}

describe('extremeGroupSize: 27 % of n, half up, at least 1, none below 2 papers', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 1], // 0.54 → 1
    [5, 1], // 1.35 → 1
    [6, 2], // 1.62 → 2
    [7, 2], // 1.89 → 2
    [8, 2], // 2.16 → 2
    [10, 3], // 2.70 → 3
    [17, 5], // 4.59 → 5
    [50, 14], // 13.5 → 14 (half up)
    [100, 27],
  ])('n = %i → %i', (n, size) => {
    expect(extremeGroupSize(n)).toBe(size);
  });
});

describe('formatShare: 4 decimals, half away from zero', () => {
  it.each([
    [rational(14n, 17n), '0.8235'], // 0.823529…
    [rational(5n, 8n), '0.6250'],
    [rational(1n, 32n), '0.0313'], // 0.03125 → up
    [rational(-1n, 32n), '-0.0313'],
    [rational(-1n, 4n), '-0.2500'],
    [rational(1n), '1.0000'],
    [rational(0n), '0.0000'],
  ])('%o → %s', (r, text) => {
    expect(formatShare(r)).toBe(text);
  });
});

describe('groupWeights: a tie across the edge shares the places left', () => {
  it('top 2 of 95, 90, 90, 80: 95 whole, each 90 a half', () => {
    const totals = [9500, 9000, 9000, 8000].map(fromCenti);
    expect(groupWeights(totals, 2, 'TOP')).toEqual([
      rational(1n),
      rational(1n, 2n),
      rational(1n, 2n),
      rational(0n),
    ]);
  });
  it('all tied: every paper a quarter of one place, top and bottom alike', () => {
    const totals = [7000, 7000, 7000, 7000].map(fromCenti);
    expect(groupWeights(totals, 1, 'BOTTOM')).toEqual(totals.map(() => rational(1n, 4n)));
  });
});

describe('analyseItems on a worked table', () => {
  /*
   * Eight submitted papers, by total:     P1 95  P2 90  P3 90  P4 80  P5 70  P6 60  P7 50  P8 40
   * Question 1 (on all eight)              ✓      ✓      ✗      ✓      ✓      ✗      ✓      ✗
   * Question 2 (not on P8)                 ✗      –      ✓      ✗      ✗      ✓      ½      (none)
   *   ✓ CORRECT, ✗ WRONG, – UNANSWERED, ½ PARTIAL (not right in the analysis)
   *
   * Question 1: n = 8, group size round(0.27 × 8 = 2.16) = 2.
   *   Top 2: P1 (95, weight 1), then P2 and P3 tie at 90 for the one place left: 1/2 each.
   *     right: P1 1 + P2 1/2 = 3/2 of 2 → 3/4.
   *   Bottom 2: P8 (40) and P7 (50), weight 1 each. right: P7 → 1/2.
   *   discrimination 3/4 − 1/2 = 1/4 → "0.2500"; correct 5 of 8 → "0.6250"; answered 8.
   * Question 2: n = 7 (P1–P7), group size round(0.27 × 7 = 1.89) = 2.
   *   Top 2: P1 1, P2 1/2, P3 1/2. right: P3 1/2 of 2 → 1/4.
   *   Bottom 2: P7 (50) and P6 (60). right: P6 → 1/2 (P7's half credit is not right).
   *   discrimination 1/4 − 1/2 = −1/4 → "-0.2500"; correct 2 of 7 = 0.285714… → "0.2857";
   *   answered 6 (P2 left it blank).
   */
  const papers = [
    paper(9500, { 1: 'CORRECT', 2: 'WRONG' }),
    paper(9000, { 1: 'CORRECT', 2: 'UNANSWERED' }),
    paper(9000, { 1: 'WRONG', 2: 'CORRECT' }),
    paper(8000, { 1: 'CORRECT', 2: 'WRONG' }),
    paper(7000, { 1: 'CORRECT', 2: 'MALFORMED' }),
    paper(6000, { 1: 'WRONG', 2: 'CORRECT' }),
    paper(5000, { 1: 'CORRECT', 2: 'PARTIAL' }),
    paper(4000, { 1: 'WRONG' }),
  ];

  it('gives the hand-worked figures', () => {
    const rows = analyseItems(papers).map((r) => ({
      questionId: r.questionId,
      papers: r.papers,
      answered: r.answered,
      correct: r.correct,
      correctShare: r.correctShare,
      discrimination: r.discrimination,
    }));
    expect(rows).toEqual([
      {
        questionId: 1,
        papers: 8,
        answered: 8,
        correct: 5,
        correctShare: '0.6250',
        discrimination: '0.2500',
      },
      {
        questionId: 2,
        papers: 7,
        answered: 6,
        correct: 2,
        correctShare: '0.2857',
        discrimination: '-0.2500',
      },
    ]);
  });

  it('does not depend on the order the papers come in', () => {
    expect(analyseItems([...papers].reverse())).toEqual(analyseItems(papers));
  });

  it('a question on one paper only has a share but no discrimination', () => {
    const [row] = analyseItems([paper(8000, { 7: 'CORRECT' })]);
    expect(row).toMatchObject({ papers: 1, correctShare: '1.0000', discrimination: null });
  });

  it('17 papers, 14 right → "0.8235"', () => {
    const many = Array.from({ length: 17 }, (_, i) =>
      paper(10000 - i * 100, { 3: i < 14 ? 'CORRECT' : 'WRONG' }),
    );
    const [row] = analyseItems(many);
    // Group size 5: the top five are all right, the bottom five (12–16) hold 2 right (12, 13).
    expect(row).toMatchObject({ correctShare: '0.8235', discrimination: '0.6000' });
  });
});
