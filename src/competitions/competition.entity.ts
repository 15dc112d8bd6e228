import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';

/** One event (大赛), e.g. the 2017 city competition `FX2017`. */
@Entity('competitions')
export class Competition {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'integer' })
  year: number;

  /** Printed on certificates as the issuing body, e.g. 阜新市总工会. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  issuingBody: string | null;

  @Column({ type: 'integer' })
  createdBy: number;

  @Column(INSTANT_COLUMN)
  createdAt: Date;
}
