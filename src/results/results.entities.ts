import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';
import type { Attendance } from '../registrations/rules/registration-status';

export const RUN_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** One computation of a contest's results (成绩计算). Runs are never changed once DONE. */
@Entity('result_runs')
export class ResultRun {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  /** 1, 2, 3… within the contest. */
  @Column({ type: 'integer' })
  runNo: number;

  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @Column({ type: 'varchar', length: 10 })
  status: RunStatus;

  @Column({ type: 'varchar', length: 100, nullable: true })
  jobId: string | null;

  @Column({ type: 'integer' })
  requestedBy: number;

  @Column(INSTANT_COLUMN)
  requestedAt: Date;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  errorCode: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'simple-json', nullable: true })
  summary: RunSummary | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  publishedBy: number | null;
}

export interface RunSummary {
  contestants: number;
  ranked: number;
  guests: number;
  absent: number;
  disqualified: number;
  titles: Record<string, number>;
  ms: number;
}

export interface PartCell {
  key: string;
  name: string;
  /** Scaled to 100, rounded half-up, in hundredths. */
  scaledCenti: number;
  passed: boolean | null;
}

/** One contestant's line of a run, as it is reviewed and published. */
@Entity('result_rows')
export class ResultRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  runId: number;

  @Column({ type: 'integer' })
  contestId: number;

  @Column({ type: 'integer' })
  registrationId: number;

  /** Order in the result list, 1-based (ranked first, then absent and disqualified). */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'integer', nullable: true })
  rank: number | null;

  @Column({ type: 'boolean', default: false })
  tied: boolean;

  @Column({ type: 'boolean', default: false })
  guest: boolean;

  @Column({ type: 'varchar', length: 12 })
  attendance: Attendance;

  @Column({ type: 'integer', nullable: true })
  totalCenti: number | null;

  @Column({ type: 'simple-json' })
  parts: { parts: PartCell[]; criteria: Record<string, string> };

  @Column({ type: 'varchar', length: 12, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 32 })
  titleReason: string;

  @Column({ type: 'varchar', length: 200 })
  titleDetail: string;

  @Column({ type: 'varchar', length: 200 })
  titleDetailZh: string;

  @Column({ type: 'integer', nullable: true })
  timeSeconds: number | null;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'integer' })
  unitId: number;

  @Column({ type: 'varchar', length: 100 })
  unitName: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  blindCode: string | null;
}

export const OBJECTION_STATUSES = ['OPEN', 'UPHELD', 'DISMISSED'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** A contestant's objection (申诉) to published results, and the organizer's decision. */
@Entity('objections')
export class Objection {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  @Column({ type: 'integer' })
  runId: number;

  @Column({ type: 'integer' })
  registrationId: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 10 })
  status: ObjectionStatus;

  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Column({ type: 'integer', nullable: true })
  decidedBy: number | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  decidedAt: Date | null;

  @Column(INSTANT_COLUMN)
  createdAt: Date;
}
