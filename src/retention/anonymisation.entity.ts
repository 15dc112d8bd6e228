import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';

/** One anonymisation of a competition's workers: who, when, on what grounds, how many. */
@Entity('anonymisations')
export class Anonymisation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  competitionId: number;

  @Column({ type: 'integer' })
  actorId: number;

  @Column(INSTANT_COLUMN)
  at: Date;

  /** When the competition's last results were published (the retention period counts from it). */
  @Column(INSTANT_COLUMN)
  publishedAt: Date;

  @Column({ type: 'integer' })
  retentionDays: number;

  @Column({ type: 'integer' })
  workersAnonymised: number;

  /** Workers of the competition left as they were: entered in a competition still within retention. */
  @Column({ type: 'integer' })
  workersKept: number;
}
