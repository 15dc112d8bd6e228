import fc from 'fast-check';
import { add, compare, equals, fromCenti, rational, sum } from '../../results/rules/rational';
import { normaliseBlankAnswer } from './answers';
import type { AnswerKey, MarkableQuestion, MultipleRule } from './exam.types';
import { analyseItems } from './item-analysis';
import { markAnswer, markPaper } from './marking';

/*
 * Properties over random questions, answers of any shape (right, wrong, malformed, absent) and
 * either multiple-choice rule: a mark never throws, is never negative, never exceeds the
 * question's points and is 0, the points or their exact half; a paper's total is the sum.
 */

const KEYS = ['A', 'B', 'C', 'D', 'E'];
const keys = fc.subarray(KEYS, { minLength: 1 });

const answerKey: fc.Arbitrary<AnswerKey> = fc.oneof(
  fc.constantFrom(...KEYS).map((correct): AnswerKey => ({ type: 'SINGLE', correct })),
  keys.map((correct): AnswerKey => ({ type: 'MULTIPLE', correct })),
  fc.boolean().map((correct): AnswerKey => ({ type: 'TRUE_FALSE', correct })),
  fc
    .array(fc.constantFrom('abc', 'ＡＢＣ', ' a b ', '答案', ''), { maxLength: 3 })
    .map((accepted): AnswerKey => ({ type: 'BLANK', accepted })),
);

const given: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...KEYS, 'abc', 'ＡＢＣ', '　答案　', '', ' '),
  fc.array(fc.constantFrom(...KEYS)),
  fc.boolean(),
  fc.constantFrom(undefined, null, 0, 1.5, {}, [1, 'A'], NaN),
  fc.string(),
);

const rule = fc.constantFrom<MultipleRule>('ALL_OR_NOTHING', 'PARTIAL_HALF');

const question = (id: number): fc.Arbitrary<MarkableQuestion> =>
  fc.record({
    questionId: fc.constant(id),
    pointsCenti: fc.integer({ min: 0, max: 10000 }),
    key: answerKey,
  });

const paperArb = fc
  .integer({ min: 0, max: 12 })
  .chain((n) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: n }, (_, i) => question(i + 1))),
      fc.array(given, { minLength: n, maxLength: n }),
    ),
  );

describe('marking properties', () => {
  it('a mark is 0, the points or their half: never negative, never above the points', () => {
    fc.assert(
      fc.property(question(1), given, rule, (q, g, r) => {
        const m = markAnswer(q, g, r);
        const full = fromCenti(q.pointsCenti);
        expect(compare(m.earned, rational(0n))).toBeGreaterThanOrEqual(0);
        expect(compare(m.earned, full)).toBeLessThanOrEqual(0);
        const allowed = [rational(0n), full, rational(BigInt(q.pointsCenti), 2n)];
        expect(allowed.some((a) => equals(a, m.earned))).toBe(true);
        if (m.outcome === 'PARTIAL') expect(r).toBe('PARTIAL_HALF');
      }),
    );
  });

  it('a paper total is the exact sum of its marks, and its score is within 0..max', () => {
    fc.assert(
      fc.property(paperArb, rule, ([questions, answers], r) => {
        const map = new Map<number, unknown>(questions.map((q, i) => [q.questionId, answers[i]]));
        const marked = markPaper(questions, map, r);
        const one = questions.map((q) => markAnswer(q, map.get(q.questionId), r).earned);
        expect(equals(marked.total, sum(one))).toBe(true);
        expect(marked.scoreCenti).toBeGreaterThanOrEqual(0);
        expect(marked.scoreCenti).toBeLessThanOrEqual(marked.maxCenti);
        expect(marked.maxCenti).toBe(questions.reduce((s, q) => s + q.pointsCenti, 0));
        // Exact: adding the items again gives the same Rational.
        expect(
          equals(marked.items.map((i) => i.earned).reduce(add, rational(0n)), marked.total),
        ).toBe(true);
      }),
    );
  });

  it('normalising a blank is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normaliseBlankAnswer(s);
        expect(normaliseBlankAnswer(once)).toBe(once);
      }),
    );
  });

  it('item analysis: shares within 0..1, discrimination within −1..1', () => {
    fc.assert(
      fc.property(fc.array(paperArb, { maxLength: 15 }), rule, (sheets, r) => {
        const papers = sheets.map(([questions, answers]) =>
          markPaper(
            questions,
            new Map<number, unknown>(questions.map((q, i) => [q.questionId, answers[i]])),
            r,
          ),
        );
        for (const row of analyseItems(papers)) {
          expect(row.answered).toBeLessThanOrEqual(row.papers);
          expect(row.correct).toBeLessThanOrEqual(row.answered);
          expect(compare(row.correctShareExact, rational(0n))).toBeGreaterThanOrEqual(0);
          expect(compare(row.correctShareExact, rational(1n))).toBeLessThanOrEqual(0);
          if (row.discriminationExact !== null) {
            expect(compare(row.discriminationExact, rational(-1n))).toBeGreaterThanOrEqual(0);
            expect(compare(row.discriminationExact, rational(1n))).toBeLessThanOrEqual(0);
          }
        }
      }),
    );
  });
});
