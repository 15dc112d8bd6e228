import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';

export type CertificateKind = 'TITLE' | 'PARTICIPATION';
export type CertificateStatus = 'ISSUED' | 'REVOKED';

/** One certificate: what it says is frozen when issued; a correction revokes it and issues anew. */
@Entity('certificates')
export class Certificate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  competitionId: number;

  @Column({ type: 'integer' })
  contestId: number;

  @Column({ type: 'integer' })
  registrationId: number;

  @Column({ type: 'integer' })
  runId: number;

  @Column({ type: 'varchar', length: 14 })
  kind: CertificateKind;

  @Column({ type: 'varchar', length: 12, nullable: true })
  title: string | null;

  /** 1, 2, 3… within the contest, never reused: the serial's last part. */
  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 48 })
  serial: string;

  /** Random, for the public verification page; not derivable from the serial. */
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'varchar', length: 8 })
  status: CertificateStatus;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  unitName: string;

  @Column({ type: 'varchar', length: 50 })
  tradeName: string;

  @Column({ type: 'varchar', length: 100 })
  competitionName: string;

  @Column({ type: 'varchar', length: 100 })
  issuingBody: string;

  /** YYYY-MM-DD, as printed. */
  @Column({ type: 'varchar', length: 10 })
  issuedOn: string;

  @Column({ type: 'integer', nullable: true })
  replacedBy: number | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  revokeReason: string | null;

  @Column(INSTANT_COLUMN)
  createdAt: Date;
}
