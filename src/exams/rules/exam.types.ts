/*
 * Plain types shared by the exams' pure rules (docs/exams.md). No framework, no entity: the
 * services map their rows onto these.
 */

/** The four kinds of question in a bank (docs/exams.md): 单选, 多选, 判断, 填空. */
export type QuestionType = 'SINGLE' | 'MULTIPLE' | 'TRUE_FALSE' | 'BLANK';

/** How a multiple-choice question is marked (docs/exams.md "Marking"); ALL_OR_NOTHING by default. */
export type MultipleRule = 'ALL_OR_NOTHING' | 'PARTIAL_HALF';

export const DEFAULT_MULTIPLE_RULE: MultipleRule = 'ALL_OR_NOTHING';

/**
 * An answer as the candidate's device sent it: an option key (SINGLE), option keys (MULTIPLE),
 * true/false (TRUE_FALSE) or text (BLANK). Option keys are the ORIGINAL keys of the bank: the
 * draw's shuffled display keys are mapped back before marking. Anything else that arrives
 * (a number, an object, null) is held as `unknown` by the marker and marked wrong, never refused.
 */
export type GivenAnswer = string | readonly string[] | boolean;

/** The key of a question as the marker needs it (never sent to the candidate's device). */
export type AnswerKey =
  | { readonly type: 'SINGLE'; readonly correct: string }
  | { readonly type: 'MULTIPLE'; readonly correct: readonly string[] }
  | { readonly type: 'TRUE_FALSE'; readonly correct: boolean }
  /** One blank per question; any of the accepted answers is right (docs/exams.md "Marking"). */
  | { readonly type: 'BLANK'; readonly accepted: readonly string[] };

/** A question on a drawn paper, as marking sees it: its points are integer hundredths. */
export interface MarkableQuestion {
  readonly questionId: number;
  readonly pointsCenti: number;
  readonly key: AnswerKey;
}
