import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';

/** `titles`: title certificates; `all`: titles and a participation certificate for every ranked worker. */
export type CertificateScope = 'titles' | 'all';

/**
 * A request to issue a contest's certificates, kept until its job has run (see migration
 * 1764090000008): what the queue puts back when Redis lost the job before it ran.
 */
@Entity('certificate_requests')
export class CertificateRequest {
  @PrimaryColumn({ type: 'integer' })
  contestId: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  scope: CertificateScope;

  /** The published run the request was made for (a newer publication makes a new request). */
  @Column({ type: 'integer' })
  runId: number;

  @Column(INSTANT_COLUMN)
  requestedAt: Date;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  outcome: 'DONE' | 'FAILED' | null;
}
