import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';
import type { Attendance, RegistrationStatus } from './rules/registration-status';

// Defined with the rules (which import no entity); still importable from here.
export {
  ATTENDANCES,
  REGISTRATION_STATUSES,
  type Attendance,
  type RegistrationStatus,
} from './rules/registration-status';

/** A worker entered in one contest (报名), with the draw's station number and blind code. */
@Entity('registrations')
export class Registration {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  /** Copied from the contest so that "one trade per competition" is one indexed look-up. */
  @Column({ type: 'integer' })
  competitionId: number;

  @Column({ type: 'integer' })
  workerId: number;

  /** The unit the worker represents in this contest (their unit when registered). */
  @Column({ type: 'integer' })
  unitId: number;

  @Column({ type: 'varchar', length: 10 })
  status: RegistrationStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;

  /** A guest: ranked for display, takes no title and no quota. */
  @Column({ type: 'boolean', default: false })
  outOfCompetition: boolean;

  @Column({ type: 'integer', nullable: true })
  stationNo: number | null;

  /** The secret code judges see instead of the name; organizers only. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  blindCode: string | null;

  /** PRESENT, ABSENT (did not come) or DISQUALIFIED: the latter two are listed without a rank. */
  @Column({ type: 'varchar', length: 12, default: 'PRESENT' })
  attendance: Attendance;

  /** Time used, in seconds, for the tie-break (entered by the judges). */
  @Column({ type: 'integer', nullable: true })
  timeSeconds: number | null;

  /** A finalist's registration: the feeder entry it advanced from (晋级来源). */
  @Column({ type: 'integer', nullable: true })
  feederRegistrationId: number | null;

  /** A finalist's feeder total as published, in hundredths: the points of a carried part. */
  @Column({ type: 'integer', nullable: true })
  carriedTotalCenti: number | null;

  /** Entered by the worker from the public page (自主报名); waits for their unit coordinator. */
  @Column({ type: 'boolean', default: false })
  selfRegistered: boolean;

  @Column({ type: 'integer', nullable: true })
  createdBy: number | null;

  @Column({ type: 'integer', nullable: true })
  decidedBy: number | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  decidedAt: Date | null;

  @Column(INSTANT_COLUMN)
  createdAt: Date;

  @Column(INSTANT_COLUMN)
  updatedAt: Date;
}
