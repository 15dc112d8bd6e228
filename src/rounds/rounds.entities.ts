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

export const ADVANCEMENT_RESPONSE_KINDS = ['DECLINE', 'CONFIRM'] as const;
export type AdvancementResponseKind = (typeof ADVANCEMENT_RESPONSE_KINDS)[number];

/** An advancer's answer for one final: a decline (弃权, with the reason) or a confirmation. */
@Entity('advancement_responses')
export class AdvancementResponse {
  @PrimaryGeneratedColumn()
  id: number;

  /** The later round (the final). */
  @Column({ type: 'integer' })
  contestId: number;

  /** The feeder's registration that advanced. */
  @Column({ type: 'integer' })
  registrationId: number;

  @Column({ type: 'varchar', length: 8 })
  kind: AdvancementResponseKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column(INSTANT_COLUMN)
  at: Date;

  @Column({ type: 'integer', nullable: true })
  createdBy: number | null;
}

/** Money the federation grants a unit for its grassroots contests (专项资金), and its use. */
@Entity('grants')
export class Grant {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  competitionId: number;

  @Column({ type: 'integer' })
  unitId: number;

  /** In fen (分): exact, never a float. */
  @Column({ type: 'integer' })
  amountFen: number;

  /** What the unit reports it used, in fen; null until reported. */
  @Column({ type: 'integer', nullable: true })
  usedFen: number | null;

  /** The unit's report of its use. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  report: string | null;

  @Column(INSTANT_COLUMN)
  updatedAt: Date;

  @Column({ type: 'integer', nullable: true })
  updatedBy: number | null;
}
