/**
 * Versions of a question bank's questions across imports: what an import does with each code.
 * A question that a candidate has sat is never changed in place; a changed one gets a new version
 * and the old version stays for the papers that hold it. See docs/exams.md ("The question bank's
 * rows and versions").
 */
import { createHash } from 'node:crypto';
import type { ParsedQuestion, QuestionContent } from './question-row';

/**
 * The canonical JSON of a question's content: fixed key order, options as [key, text] pairs, the
 * explanation included (null when there is none). The code is not content: it is the key.
 */
export function canonicalQuestionJson(content: QuestionContent): string {
  return JSON.stringify([
    content.type,
    content.stem,
    content.options.map((option) => [option.key, option.text]),
    content.answer,
    content.area,
    content.difficulty,
    content.explanation,
  ]);
}

/** SHA-256 (hex) of the canonical JSON: equal fingerprints, equal questions. */
export function questionFingerprint(content: QuestionContent): string {
  return createHash('sha256').update(canonicalQuestionJson(content), 'utf8').digest('hex');
}

export interface ExistingQuestionVersion {
  code: string;
  version: number;
  fingerprint: string;
  /** Some sat (started) paper holds this version. */
  usedInSatPaper: boolean;
}

export type QuestionImportAction = 'CREATE' | 'UNCHANGED' | 'UPDATE_IN_PLACE' | 'NEW_VERSION';

export interface PlannedQuestion {
  code: string;
  action: QuestionImportAction;
  /** The version the question has after the import (the one written, or the one left as is). */
  version: number;
  fingerprint: string;
  question: ParsedQuestion;
}

export interface QuestionImportPlan {
  /** One per incoming question, in the incoming order. */
  questions: PlannedQuestion[];
  /** What the import route answers; `updated` counts in-place updates and new versions. */
  counts: { created: number; updated: number; unchanged: number };
}

/**
 * What an import does with each incoming question, against the versions already stored (any number
 * per code; the highest is the current one, and only it is compared):
 * - a new code is CREATEd as version 1;
 * - the current version's fingerprint equals the incoming one's: UNCHANGED;
 * - it differs and no sat paper holds the current version: UPDATE_IN_PLACE (same version);
 * - it differs and a sat paper holds it: NEW_VERSION (current + 1; the old version is kept).
 * Codes stored but not in the file are left alone (an import never deletes). Incoming codes must
 * be distinct (checkQuestionRows refuses a repeat); a repeat here is a programming error.
 */
export function planQuestionImport(
  existing: readonly ExistingQuestionVersion[],
  incoming: readonly ParsedQuestion[],
): QuestionImportPlan {
  const current = new Map<string, ExistingQuestionVersion>();
  for (const stored of existing) {
    const held = current.get(stored.code);
    if (held === undefined || stored.version > held.version) current.set(stored.code, stored);
  }
  const seen = new Set<string>();
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const questions = incoming.map((question): PlannedQuestion => {
    if (seen.has(question.code)) {
      throw new Error(`Question code ${question.code} is imported twice`);
    }
    seen.add(question.code);
    const fingerprint = questionFingerprint(question);
    const stored = current.get(question.code);
    const planned = (action: QuestionImportAction, version: number): PlannedQuestion => ({
      code: question.code,
      action,
      version,
      fingerprint,
      question,
    });
    if (stored === undefined) {
      counts.created += 1;
      return planned('CREATE', 1);
    }
    if (stored.fingerprint === fingerprint) {
      counts.unchanged += 1;
      return planned('UNCHANGED', stored.version);
    }
    counts.updated += 1;
    return stored.usedInSatPaper
      ? planned('NEW_VERSION', stored.version + 1)
      : planned('UPDATE_IN_PLACE', stored.version);
  });
  return { questions, counts };
}
