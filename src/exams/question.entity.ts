import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';
import type { QuestionType } from './rules/exam.types';

export const QUESTION_STATUSES = ['ACTIVE', 'RETIRED'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/**
 * One version of a trade's bank question (题库). A code keeps every version a paper may hold; the
 * highest is the current one (docs/exams.md "The question bank").
 */
@Entity('questions')
export class Question {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  tradeId: number;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'integer' })
  version: number;

  /** SHA-256 (hex) of the canonical content (questionFingerprint). */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @Column({ type: 'varchar', length: 12 })
  type: QuestionType;

  @Column({ type: 'varchar', length: 2000 })
  stem: string;

  /** JSON: `[{ key, text }]` in key order; `[]` for true/false and blanks. */
  @Column({ type: 'text' })
  options: string;

  /** JSON: a key, sorted keys, a boolean or the accepted blank answers. */
  @Column({ type: 'text' })
  answer: string;

  /** Free text of any length (the file sets no limit). */
  @Column({ type: 'text' })
  area: string;

  @Column({ type: 'integer' })
  difficulty: number;

  @Column({ type: 'text', nullable: true })
  explanation: string | null;

  @Column({ type: 'varchar', length: 8 })
  status: QuestionStatus;

  /** Some sat paper holds this version: a change makes a new version instead. */
  @Column({ type: 'boolean', default: false })
  usedInPaper: boolean;

  @Column(INSTANT_COLUMN)
  createdAt: Date;

  @Column(INSTANT_COLUMN)
  updatedAt: Date;

  @Column({ type: 'integer', nullable: true })
  createdBy: number | null;
}
