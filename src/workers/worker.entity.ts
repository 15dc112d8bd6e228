import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';

export type Gender = 'M' | 'F';

/**
 * A person (职工), identified by the resident ID number. One row per person across competitions
 * and years, so that a second registration in the same competition can be recognised.
 * `idNumber` and `phone` are personal data: never in public responses, masked in staff lists.
 */
@Entity('workers')
export class Worker {
  @PrimaryGeneratedColumn()
  id: number;

  /** GB 11643-1999, 18 characters, check digit X upper-case. */
  @Column({ type: 'varchar', length: 18, unique: true })
  idNumber: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 1 })
  gender: Gender;

  /** From the ID number, `YYYY-MM-DD`. */
  @Column({ type: 'varchar', length: 10 })
  birthDate: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'integer' })
  unitId: number;

  @Column(INSTANT_COLUMN)
  createdAt: Date;

  @Column(INSTANT_COLUMN)
  updatedAt: Date;
}
