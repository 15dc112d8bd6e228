/*
 * Marking a drawn paper (docs/exams.md "Marking"): exact, automatic and total: every answer gets a
 * mark, a malformed one is simply wrong, and nothing here throws for what a device sent.
 *
 * Points are integer hundredths; a mark is a Rational number of hundredths because half of an odd
 * number of hundredths (PARTIAL_HALF on 0.75 points) is not a whole hundredth. The paper total is
 * the exact sum, rounded once, half up, to whole hundredths: that rounded total IS the exam's score
 * and goes to the theory criterion as it is (no scaling).
 */
import {
  add,
  fromCenti,
  mul,
  Rational,
  rational,
  sum,
  toCentiHalfUp,
  ZERO,
} from '../../results/rules/rational';
import { blankMatches, normaliseBlankAnswer } from './answers';
import type { AnswerKey, MarkableQuestion, MultipleRule } from './exam.types';
import { DEFAULT_MULTIPLE_RULE } from './exam.types';

/**
 * CORRECT: full points; PARTIAL: half (PARTIAL_HALF only); WRONG: a readable wrong answer;
 * UNANSWERED: nothing given (absent, null, blank text, no option); MALFORMED: the wrong type for the
 * question (text for true/false, an array for a single choice, a number…). Only CORRECT counts as
 * right in the item analysis.
 */
export type MarkOutcome = 'CORRECT' | 'PARTIAL' | 'WRONG' | 'UNANSWERED' | 'MALFORMED';

export interface Mark {
  readonly outcome: MarkOutcome;
  /** Hundredths of a point, exact: 0, the question's points, or half of them. */
  readonly earned: Rational;
}

const HALF = rational(1n, 2n);

function mark(outcome: MarkOutcome, earned: Rational = ZERO): Mark {
  return { outcome, earned };
}

function isUnanswered(given: unknown): boolean {
  if (given === undefined || given === null) return true;
  // Blank text (spaces, ideographic spaces) is no answer for any type.
  if (typeof given === 'string') return normaliseBlankAnswer(given) === '';
  return Array.isArray(given) && given.length === 0;
}

/**
 * One answer against its key. `given` is what the device sent, with option keys already mapped
 * back to the bank's original keys (the draw's contract). Option keys are compared exactly.
 */
export function markAnswer(
  question: MarkableQuestion,
  given: unknown,
  rule: MultipleRule = DEFAULT_MULTIPLE_RULE,
): Mark {
  const full = fromCenti(question.pointsCenti);
  if (isUnanswered(given)) return mark('UNANSWERED');
  const key: AnswerKey = question.key;
  switch (key.type) {
    case 'SINGLE':
      if (typeof given !== 'string') return mark('MALFORMED');
      return given === key.correct ? mark('CORRECT', full) : mark('WRONG');
    case 'TRUE_FALSE':
      if (typeof given !== 'boolean') return mark('MALFORMED');
      return given === key.correct ? mark('CORRECT', full) : mark('WRONG');
    case 'BLANK':
      if (typeof given !== 'string') return mark('MALFORMED');
      return blankMatches(given, key.accepted) ? mark('CORRECT', full) : mark('WRONG');
    case 'MULTIPLE':
      return markMultiple(key.correct, given, full, rule);
  }
}

function markMultiple(
  correct: readonly string[],
  given: unknown,
  full: Rational,
  rule: MultipleRule,
): Mark {
  if (!Array.isArray(given) || !given.every((k): k is string => typeof k === 'string')) {
    return mark('MALFORMED');
  }
  // A key chosen twice is chosen once; a key that is no option of the question is a wrong choice.
  const chosen = new Set<string>(given);
  const right = new Set(correct);
  const hits = [...chosen].filter((k) => right.has(k)).length;
  const misses = chosen.size - hits;
  if (misses === 0 && hits === right.size) return mark('CORRECT', full);
  if (rule === 'PARTIAL_HALF' && misses === 0 && hits > 0) {
    return mark('PARTIAL', mul(full, HALF));
  }
  return mark('WRONG');
}

export interface MarkedItem extends Mark {
  readonly questionId: number;
  readonly pointsCenti: number;
}

export interface MarkedPaper {
  readonly items: readonly MarkedItem[];
  /** The exact sum of the marks, in hundredths. */
  readonly total: Rational;
  /** The score: total rounded once, half up, to whole hundredths (88.845 → 88.85). */
  readonly scoreCenti: number;
  /** The most the paper could give (the sum of its points), in hundredths. */
  readonly maxCenti: number;
}

/**
 * A whole paper: every question of the draw, in the draw's order, with the answer saved for it
 * (`answers` by questionId; a question with no saved answer is UNANSWERED; answers for questions
 * not on the paper are ignored).
 */
export function markPaper(
  questions: readonly MarkableQuestion[],
  answers: ReadonlyMap<number, unknown>,
  rule: MultipleRule = DEFAULT_MULTIPLE_RULE,
): MarkedPaper {
  const items = questions.map((q) => ({
    questionId: q.questionId,
    pointsCenti: q.pointsCenti,
    ...markAnswer(q, answers.get(q.questionId), rule),
  }));
  const total = sum(items.map((i) => i.earned));
  const max = questions.reduce((s, q) => add(s, fromCenti(q.pointsCenti)), ZERO);
  return { items, total, scoreCenti: toCentiHalfUp(total), maxCenti: toCentiHalfUp(max) };
}
