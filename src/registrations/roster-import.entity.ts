import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';

export const ROSTER_IMPORT_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type RosterImportStatus = (typeof ROSTER_IMPORT_STATUSES)[number];

/** One rejected spreadsheet row, as the import answer lists it. */
export interface RejectedRow {
  row: number;
  /** name, idNumber, gender, phone, unit or unitCode. */
  field: string;
  /** The column's header as written in the file (e.g. 身份证号), when the file has it. */
  column?: string;
  code: string;
  message: string;
  messageZh: string;
}

/**
 * A roster uploaded for import as a job. The file's bytes live in the `content` column (not
 * mapped here: only the repository reads and clears them) until the import finishes.
 */
@Entity('roster_imports')
export class RosterImport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  @Column({ type: 'integer' })
  uploadedBy: number;

  @Column({ type: 'varchar', length: 255 })
  filename: string;

  @Column({ type: 'varchar', length: 4 })
  format: 'xlsx' | 'csv';

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 10 })
  status: RosterImportStatus;

  @Column({ type: 'varchar', length: 100, nullable: true })
  jobId: string | null;

  /** 0–100. */
  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Column({ type: 'integer', nullable: true })
  totalRows: number | null;

  @Column({ type: 'integer', nullable: true })
  createdCount: number | null;

  @Column({ type: 'integer', nullable: true })
  updatedCount: number | null;

  @Column({ type: 'integer', nullable: true })
  unchangedCount: number | null;

  @Column({ type: 'integer', nullable: true })
  rejectedCount: number | null;

  @Column({ type: 'simple-json', nullable: true })
  rejected: RejectedRow[] | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  errorCode: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  errorMessage: string | null;

  @Column(INSTANT_COLUMN)
  createdAt: Date;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  finishedAt: Date | null;
}
