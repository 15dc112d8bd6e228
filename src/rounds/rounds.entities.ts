import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';
import type { AdvancementChange, AdvancementEntry } from './rules';

/** A contest whose published results send entrants on to a later contest (选拔赛 → 决赛). */
@Entity('contest_feeders')
export class ContestFeeder {
  /** The later round. */
  @PrimaryColumn({ type: 'integer' })
  contestId: number;

  @PrimaryColumn({ type: 'integer' })
  feederContestId: number;
}

/** One kept version of a contest's advancement list (晋级名单); a new one only when it changed. */
@Entity('advancement_versions')
export class AdvancementVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  /** 1, 2, 3… within the contest. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'boolean', default: false })
  provisional: boolean;

  @Column({ type: 'simple-json' })
  entries: AdvancementEntry[];

  /** What moved since the version before (everyone, for the first). */
  @Column({ type: 'simple-json' })
  changes: AdvancementChange[];

  @Column(INSTANT_COLUMN)
  createdAt: Date;

  @Column({ type: 'integer' })
  createdBy: number;
}
