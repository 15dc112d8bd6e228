import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';
import type { ContestStatus, TieBreakKey, TitlePolicy } from './rules';
import { ContestPart } from './contest-part.entity';

/** One trade within one competition (竞赛项目): owns its scheme, title policy and lifecycle. */
@Entity('contests')
export class Contest {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  competitionId: number;

  @Column({ type: 'integer' })
  tradeId: number;

  @Column({ type: 'varchar', length: 16 })
  status: ContestStatus;

  @Column({ type: 'simple-json' })
  titlePolicy: TitlePolicy;

  @Column({ type: 'simple-json' })
  tieBreak: TieBreakKey[];

  /** Fewer approved entrants than this and no titles are awarded. */
  @Column({ type: 'integer' })
  minField: number;

  /** Whether a worker entered here may also be entered in another trade of the competition. */
  @Column({ type: 'boolean', default: false })
  allowMultipleEntries: boolean;

  /** Bumped on every change; a PATCH may name the version it read (If-Match) to refuse a stale write. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** When the last draw ran; null before the first. */
  @Column({ ...INSTANT_COLUMN, nullable: true })
  drawnAt: Date | null;

  /** 0 before the draw, 1 after it, 2+ after redraws. */
  @Column({ type: 'integer', default: 0 })
  drawRound: number;

  /** Set when the first score is entered; from then on the draw cannot be redone. */
  @Column({ ...INSTANT_COLUMN, nullable: true })
  scoringStartedAt: Date | null;

  /** The run the public sees; null until results are published. */
  @Column({ type: 'integer', nullable: true })
  publishedRunId: number | null;

  /** The end of the objection window (公示期). */
  @Column({ ...INSTANT_COLUMN, nullable: true })
  publicationEndsAt: Date | null;

  /** The contest's place in its trade's funnel (1 = first round); the last round is the final. */
  @Column({ type: 'integer', default: 1 })
  round: number;

  /** The unit that runs the contest (承办单位); null for one the organizers run themselves. */
  @Column({ type: 'integer', nullable: true })
  hostUnitId: number | null;

  /** Whether workers may enter themselves (their coordinator approves). */
  @Column({ type: 'boolean', default: false })
  selfRegistration: boolean;

  /**
   * The rule by which the feeders' entrants advance to this contest; null: none. Opaque here:
   * rounds/ validates and reads it (contests knows nothing of rounds).
   */
  @Column({ type: 'simple-json', nullable: true })
  advancementRule: Record<string, unknown> | null;

  @Column(INSTANT_COLUMN)
  createdAt: Date;

  @Column(INSTANT_COLUMN)
  updatedAt: Date;

  @OneToMany(() => ContestPart, (part) => part.contest)
  parts?: ContestPart[];
}
