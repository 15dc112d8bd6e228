import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';

export const GRANT_CHANGE_KINDS = ['SET', 'REMOVE', 'REPORT'] as const;
export type GrantChangeKind = (typeof GRANT_CHANGE_KINDS)[number];

/** One change of a grant (专项资金), with who and when, and what the grant became. */
@Entity('grant_changes')
export class GrantChange {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  competitionId: number;

  @Column({ type: 'integer' })
  unitId: number;

  @Column({ type: 'varchar', length: 8 })
  kind: GrantChangeKind;

  /** In fen; null for a removal. */
  @Column({ type: 'integer', nullable: true })
  amountFen: number | null;

  @Column({ type: 'integer', nullable: true })
  usedFen: number | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  report: string | null;

  @Column(INSTANT_COLUMN)
  at: Date;

  @Column({ type: 'integer', nullable: true })
  byUserId: number | null;
}
