import { ApiProperty } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from '../../common/errors/error-codes';
import type { RejectedRow, RosterImport, RosterImportStatus } from '../roster-import.entity';
import type { ImportCounts } from '../roster-imports.repository';

/** A refused roster row: where it is, what is wrong, a stable code and the reason. */
export class RejectedRowResponse implements RejectedRow {
  /** Its row number in the spreadsheet (or line of the .csv). */
  row: number;
  /** name, idNumber, gender, phone, unit or unitCode. */
  field: string;
  /** The column's header as written in the file (e.g. 身份证号), when the file has it. */
  column?: string;
  code: string;
  message: string;
  messageZh: string;
}

/** What an import did (200 for a small file, or a queued import's result once DONE). */
export class ImportResultResponse implements ImportCounts {
  /** Data rows read (blank rows are not counted). */
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Every refused row: its number in the spreadsheet, the field, a stable code and the reason. */
  rejected: RejectedRowResponse[];
}

/** 202 for a large file: the import runs as a job. */
export class QueuedImportResponse {
  importId: number;
  /** Follow it at GET /api/jobs/:jobId or GET …/registrations/imports/:importId. */
  jobId: string;
  @ApiProperty({ enum: ['QUEUED'] })
  status: 'QUEUED';
}

/** Why a queued import failed. */
export class ImportFailureResponse {
  /** A stable code, e.g. ROSTER_IMPORT_CRASHED. */
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode' })
  code: ErrorCode;
  message: string;
}

/** GET …/registrations/imports/:importId. */
export class ImportStatusResponse {
  importId: number;
  status: RosterImportStatus;
  /** 0–100. */
  progress: number;
  jobId: string | null;
  filename: string;
  /** Once DONE; null before, and when it failed. */
  result: ImportResultResponse | null;
  /** Once FAILED; null otherwise. */
  error: ImportFailureResponse | null;

  static of(record: RosterImport): ImportStatusResponse {
    return Object.assign(new ImportStatusResponse(), {
      importId: record.id,
      status: record.status,
      progress: record.progress,
      jobId: record.jobId,
      filename: record.filename,
      result:
        record.status === 'DONE'
          ? {
              totalRows: record.totalRows ?? 0,
              created: record.createdCount ?? 0,
              updated: record.updatedCount ?? 0,
              unchanged: record.unchangedCount ?? 0,
              rejected: record.rejected ?? [],
            }
          : null,
      error:
        record.errorCode !== null
          ? { code: record.errorCode, message: record.errorMessage ?? '' }
          : null,
    });
  }
}
