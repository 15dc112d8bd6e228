import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';

export type Gender = 'M' | 'F';

/**
 * A person (职工), identified by the resident ID number. One row per person across competitions
 * and years, so that a second registration in the same competition can be recognised.
 *
 * The ID number and the phone are personal data and are never stored in clear (docs/security.md,
 * "Personal data at rest"): each is an AES-256-GCM ciphertext, and the ID number is looked up by a
 * keyed hash of it (`idNumberHash`, unique), the staff lists' search by the last 4 characters by a
 * keyed hash of those (`idNumberTail`). A ciphertext has a fresh IV each time, so no query
 * compares ciphertexts: equality always goes through the hashes. WorkersRepository turns rows into
 * WorkerRecords with the clear values; nothing else decrypts a whole worker.
 *
 * After the retention period an organizer may anonymise a worker: the hashes and ciphertexts
 * become NULL and `anonymisedAt` is set; the name stays so that published rankings and
 * certificates remain readable.
 */
@Entity('workers')
export class Worker {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 43, nullable: true })
  idNumberHash: string | null;

  @Column({ type: 'varchar', length: 43, nullable: true })
  idNumberTail: string | null;

  @Column({ type: 'varchar', length: 160, nullable: true })
  idNumberEnc: string | null;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 1 })
  gender: Gender;

  /** From the ID number, `YYYY-MM-DD`; kept in clear for the eligibility rules (age on a date). */
  @Column({ type: 'varchar', length: 10 })
  birthDate: string;

  @Column({ type: 'varchar', length: 160, nullable: true })
  phoneEnc: string | null;

  @Column({ type: 'integer' })
  unitId: number;

  /**
   * Set on a transfer request: what a unit coordinator typed for an ID number that is on record
   * (this id) in a unit outside theirs. Such a row has no `idNumberHash` (look-ups by ID number
   * find the record, not the request) and lives until the organizer decides its registration:
   * approval merges it into the record (RegistrationTransfers).
   */
  @Column({ type: 'integer', nullable: true })
  claimOf: number | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  anonymisedAt: Date | null;

  @Column(INSTANT_COLUMN)
  createdAt: Date;

  @Column(INSTANT_COLUMN)
  updatedAt: Date;
}
