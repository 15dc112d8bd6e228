import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';

export const CONFLICT_POLICIES = ['EXCLUDE', 'REFUSE'] as const;
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number];

/** A judge (裁判) or chief judge (裁判长) of one contest, and the criteria they score. */
@Entity('contest_judges')
export class ContestJudge {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'boolean', default: false })
  chief: boolean;

  @Column({ type: 'simple-json' })
  criterionKeys: string[];

  /** EXCLUDE: kept off the workers of their own units; REFUSE: such an assignment was refused. */
  @Column({ type: 'varchar', length: 10 })
  onConflict: ConflictPolicy;

  @Column({ type: 'integer' })
  createdBy: number;

  @Column(INSTANT_COLUMN)
  createdAt: Date;
}

/** A conflict of interest a judge declared (or an organizer recorded) beyond the unit rule. */
@Entity('judge_conflicts')
export class JudgeConflict {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  @Column({ type: 'integer' })
  judgeId: number;

  @Column({ type: 'integer' })
  workerId: number;

  @Column({ type: 'integer' })
  declaredBy: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column(INSTANT_COLUMN)
  createdAt: Date;
}

/** One judge's points for one registration on one criterion (hundredths). */
@Entity('scores')
export class Score {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  @Column({ type: 'integer' })
  registrationId: number;

  @Column({ type: 'integer' })
  criterionId: number;

  @Column({ type: 'integer' })
  judgeId: number;

  @Column({ type: 'integer' })
  valueCenti: number;

  /** Bumped on every change: a write naming an older version is refused (409), never lost. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** The judge, or the chief judge who corrected it, or whoever imported it. */
  @Column({ type: 'integer' })
  enteredBy: number;

  @Column({ type: 'integer', nullable: true })
  confirmedBy: number | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  confirmedAt: Date | null;

  @Column(INSTANT_COLUMN)
  createdAt: Date;

  @Column(INSTANT_COLUMN)
  updatedAt: Date;
}

/** One line of a contest's append-only, hash-chained audit log. */
@Entity('audit_log')
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  @Column({ type: 'integer' })
  seq: number;

  /** Kept as the exact ISO text that was hashed. */
  @Column({ type: 'varchar', length: 24 })
  at: string;

  @Column({ type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 24 })
  action: string;

  @Column({ type: 'integer', nullable: true })
  registrationId: number | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  criterionKey: string | null;

  @Column({ type: 'integer', nullable: true })
  judgeId: number | null;

  /** JSON text, exactly as hashed. */
  @Column({ type: 'text', nullable: true })
  oldValue: string | null;

  @Column({ type: 'text', nullable: true })
  newValue: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}

/** Where a contest's audit log ends: what the log must still reach when it is verified. */
@Entity('audit_heads')
export class AuditHead {
  @PrimaryColumn({ type: 'integer' })
  contestId: number;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
