import { createHmac } from 'node:crypto';
import {
  assignQuestions,
  checkBlueprintAgainstBank,
  type BankQuestion,
  type BlueprintRow,
  type ExamRuleIssue,
} from './blueprint';
import type { QuestionType } from './exam.types';

/*
 * The draw of a candidate's paper (抽题): reproducible from the exam's seed and the candidate's key,
 * whatever order the bank arrives in. docs/exams.md "Blueprints and the draw".
 */

/**
 * A stream of 32-bit values: HMAC-SHA256 keyed by the exam's seed over the candidate's key and a
 * block counter; each block gives eight values. No Math.random anywhere in the draw.
 */
export class SeededStream {
  private block = 0;
  private buffer = Buffer.alloc(0);
  private offset = 0;

  constructor(
    private readonly seed: string,
    private readonly candidateKey: string,
  ) {}

  nextUint32(): number {
    if (this.offset + 4 > this.buffer.length) {
      const counter = Buffer.alloc(4);
      counter.writeUInt32BE(this.block);
      this.block += 1;
      this.buffer = createHmac('sha256', this.seed)
        .update(Buffer.from(this.candidateKey, 'utf8'))
        .update(Buffer.from([0]))
        .update(counter)
        .digest();
      this.offset = 0;
    }
    const value = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  /** Uniform in [0, n): values at or above the largest multiple of n are thrown back (no modulo bias). */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`below(${n})`);
    const limit = Math.floor(2 ** 32 / n) * n;
    for (;;) {
      const value = this.nextUint32();
      if (value < limit) return value % n;
    }
  }

  /** Fisher–Yates: a new array, every order equally likely. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = this.below(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

export interface ExamForDraw {
  /** The exam's secret seed, fixed when the exam is made. */
  seed: string;
  /** A checked blueprint (validateBlueprint). */
  blueprint: readonly BlueprintRow[];
}

/**
 * The contract between the draw, the device and marking: `optionOrder[i]` is the ORIGINAL key of
 * the option shown as display key i (A, B, C…). The device sees only display keys; answers are
 * mapped back through optionOrder before marking, which works on original keys. TRUE_FALSE and
 * BLANK questions have no options to shuffle: `optionOrder` is empty.
 */
export interface PaperQuestion {
  questionId: number;
  version: number;
  type: QuestionType;
  /** Points for this question, integer hundredths. */
  points: number;
  optionOrder: string[];
  /** The blueprint row this question fills. */
  row: number;
}

export interface Paper {
  questions: PaperQuestion[];
  /** Σ points, integer hundredths: always the blueprint's total. */
  totalCenti: number;
}

export type DrawResult = { ok: true; paper: Paper } | { ok: false; issues: ExamRuleIssue[] };

const TYPE_ORDER: readonly QuestionType[] = ['SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'BLANK'];

/** Display keys A, B, C… for an option list of this length. */
export function displayKeys(length: number): string[] {
  return Array.from({ length }, (_, i) => String.fromCharCode(65 + i));
}

/** The original key behind a display key, or null for a key not on the paper. */
export function toOriginalKey(question: PaperQuestion, displayKey: string): string | null {
  const index = displayKeys(question.optionOrder.length).indexOf(displayKey);
  return index === -1 ? null : question.optionOrder[index];
}

/** The display key showing an original key, or null. */
export function toDisplayKey(question: PaperQuestion, originalKey: string): string | null {
  const index = question.optionOrder.indexOf(originalKey);
  return index === -1 ? null : displayKeys(question.optionOrder.length)[index];
}

/**
 * Draws the candidate's paper. The bank is sorted by id, then shuffled by the candidate's stream;
 * the rows are filled by the same assignment as the bank check (a question eligible for two rows
 * goes to one), taking free questions in the shuffled order. The paper keeps the types together
 * (单选, 多选, 判断, 填空) and shuffles the questions within each type; options of SINGLE and
 * MULTIPLE questions are shuffled. Refused with BLUEPRINT_SHORT issues when the bank cannot fill it.
 */
export function drawPaper(
  exam: ExamForDraw,
  candidateKey: string,
  bank: readonly BankQuestion[],
): DrawResult {
  const check = checkBlueprintAgainstBank(exam.blueprint, bank);
  if (!check.ok) return { ok: false, issues: check.issues };
  const stream = new SeededStream(exam.seed, candidateKey);
  const sorted = [...bank].sort((a, b) => a.id - b.id);
  const order = stream.shuffle(sorted);
  const { byRow } = assignQuestions(exam.blueprint, order);
  const chosen: PaperQuestion[] = [];
  byRow.forEach((positions, row) => {
    for (const position of positions) {
      const q = order[position];
      chosen.push({
        questionId: q.id,
        version: q.version,
        type: q.type,
        points: exam.blueprint[row].pointsCenti,
        optionOrder: [],
        row,
      });
    }
  });
  // Canonical order before shuffling, so the paper depends on the stream alone.
  chosen.sort((a, b) => a.questionId - b.questionId);
  const byId = new Map(order.map((q) => [q.id, q]));
  const questions: PaperQuestion[] = [];
  for (const type of TYPE_ORDER) {
    for (const question of stream.shuffle(chosen.filter((c) => c.type === type))) {
      const source = byId.get(question.questionId) as BankQuestion;
      const shuffles = type === 'SINGLE' || type === 'MULTIPLE';
      const keys = source.optionKeys ?? [];
      questions.push({ ...question, optionOrder: shuffles ? stream.shuffle(keys) : [] });
    }
  }
  const totalCenti = questions.reduce((sum, q) => sum + q.points, 0);
  return { ok: true, paper: { questions, totalCenti } };
}
