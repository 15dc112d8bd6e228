import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { AggregationMethod, CriterionKind } from './rules';
import type { Contest } from './contest.entity';

/**
 * A component of the total (theory, practical, defence). Parts and criteria are rows, not JSON,
 * because results are computed in SQL over millions of score rows that join them.
 */
@Entity('contest_parts')
export class ContestPart {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  @ManyToOne('Contest', 'parts', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id' })
  contest?: Contest;

  @Column({ type: 'varchar', length: 32 })
  key: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'integer' })
  position: number;

  /** Hundredths: the weights of a contest's parts sum to 10000 (100.00). */
  @Column({ type: 'integer' })
  weightCenti: number;

  @Column({ type: 'integer' })
  maxPointsCenti: number;

  /** On the part's score scaled to 100; null when the part has no pass mark. */
  @Column({ type: 'integer', nullable: true })
  passMarkCenti: number | null;

  /** Carries the finalist's feeder total in (docs/results.md "Carried score"); it has no criteria. */
  @Column({ type: 'boolean', default: false })
  carried: boolean;

  @OneToMany('ContestCriterion', 'part')
  criteria?: ContestCriterion[];
}

/** A scored item (评分项) of a part; its key is unique within the contest. */
@Entity('contest_criteria')
export class ContestCriterion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  @Column({ type: 'integer' })
  partId: number;

  @ManyToOne('ContestPart', 'criteria', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'part_id' })
  part?: ContestPart;

  @Column({ type: 'varchar', length: 32 })
  key: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  kind: CriterionKind;

  @Column({ type: 'varchar', length: 16 })
  method: AggregationMethod;

  @Column({ type: 'integer' })
  maxPointsCenti: number;

  /** JUDGEMENT: allowed spread of marks ×100 (100 = one mark); MEASUREMENT: points ×100; null: no check. */
  @Column({ type: 'integer', nullable: true })
  toleranceCenti: number | null;
}
