import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '../config/environment';
import type { Contest } from '../contests/contest.entity';
import { UnitOfWork } from '../database/unit-of-work';
import type { PendingJob } from '../jobs/job-handler';
import { JobQueue } from '../jobs/job-queue.service';
import { UnitDirectory } from '../units/unit-directory';
import { UnitsRepository } from '../units/units.repository';
import { UsersRepository } from '../users/users.repository';
import type { Principal } from '../common/auth/current-user.decorator';
import { DomainError } from '../common/errors/domain-error';
import { Actor, Enrolment, EntryInput } from './enrolment';
import { checkRosterRows } from './roster-checker';
import {
  detectRosterFormat,
  RosterFileError,
  RosterFormat,
  RosterHeader,
  unpackedRosterSize,
  verifyRosterSizes,
} from './import/roster-reader';
import { RejectedRow, RosterImport } from './roster-import.entity';
import { ImportCounts, RosterImportsRepository } from './roster-imports.repository';
import { RosterImportErrors } from './roster-import.errors';
import { RegistrationsService, stageOf } from './registrations.service';
import { RegistrationErrors } from './registrations.errors';
import { checkRegistrationOpen } from './rules/registration-decisions';

/** Rows written per transaction: large enough to be fast, small enough not to hold the database. */
export const IMPORT_BATCH_ROWS = 1000;

/** The Bull id of a stored upload's job. */
export const importJobKey = (importId: number): string => `import-roster-${importId}`;

export type ImportAnswer =
  { kind: 'done'; counts: ImportCounts } | { kind: 'queued'; importId: number; jobId: string };

export type ProgressListener = (percent: number) => Promise<void> | void;

/**
 * Roster import (名册导入): a unit's spreadsheet in, registrations out. The file is read once:
 * every row is checked before anything is written, so a file that turns out malformed half-way
 * changes nothing; then the good rows are written in batches, each in its own transaction,
 * through the same Enrolment as the form. Importing the same file twice finds everything
 * unchanged the second time.
 */
@Injectable()
export class RosterImportService {
  private readonly logger = new Logger('RosterImport');

  constructor(
    private readonly registrations: RegistrationsService,
    private readonly imports: RosterImportsRepository,
    private readonly units: UnitsRepository,
    private readonly users: UsersRepository,
    private readonly enrolment: Enrolment,
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: JobQueue,
    private readonly env: Environment,
  ) {}

  /**
   * Small files are imported while the caller waits; large ones are stored and queued, unparsed
   * (the job reads them, once). "Small" is what the file unpacks to, by the zip directory, not its
   * upload size: a zip bomb is refused here, before any of it is inflated, and one whose parts
   * lie about their size before it is queued.
   */
  async upload(
    contestId: number,
    principal: Principal,
    file: { filename: string; content: Buffer },
  ): Promise<ImportAnswer> {
    const contest = await this.openContest(contestId);
    const actor = await this.registrations.actor(principal, contest);
    const format = this.format(file);
    const unpacked = this.fileErrors(() => unpackedRosterSize(file.content, format));
    const inline = unpacked <= this.env.ROSTER_INLINE_MAX_BYTES || !this.jobs.isAvailable();
    if (inline) {
      return { kind: 'done', counts: await this.run(contest, actor, file.content, format) };
    }
    // Read in a job, a part lying about its size would only fail there: refuse it now.
    await this.fileErrorsAsync(() => verifyRosterSizes(file.content, format));
    const record = await this.unitOfWork.run((manager) =>
      this.imports.insert(
        manager,
        {
          contestId,
          uploadedBy: principal.userId,
          filename: file.filename.slice(0, 255),
          format,
          createdAt: new Date(),
        },
        file.content,
      ),
    );
    let jobId: string;
    try {
      jobId = await this.jobs.enqueue(
        'import-roster',
        { importId: record.id },
        importJobKey(record.id),
      );
    } catch (error) {
      // Redis went away since the check above: import now rather than leave the upload waiting.
      if (!(error instanceof DomainError && error.kind === 'UNAVAILABLE')) throw error;
      return { kind: 'done', counts: await this.runStored(record.id, () => undefined) };
    }
    await this.unitOfWork.run((manager) => this.imports.update(manager, record.id, { jobId }));
    return { kind: 'queued', importId: record.id, jobId };
  }

  async status(contestId: number, importId: number, principal: Principal): Promise<RosterImport> {
    const record = await this.imports.findById(importId);
    const mayRead =
      record?.contestId === contestId &&
      (principal.role === 'ORGANIZER' || record.uploadedBy === principal.userId);
    if (!record || !mayRead) throw RosterImportErrors.notFound(importId);
    return record;
  }

  /** Whether the caller may follow the import job (GET /api/jobs/:jobId): they uploaded it. */
  mayFollowJob(jobId: string, principal: Principal): Promise<boolean> {
    return this.imports.uploadedJob(jobId, principal.userId);
  }

  /** The jobs of the queued imports not finished, for the queue to put back if Redis lost them. */
  async pendingJobs(): Promise<PendingJob<'import-roster'>[]> {
    return (await this.imports.unfinished()).map(({ id }) => ({
      payload: { importId: id },
      key: importJobKey(id),
    }));
  }

  /** The job's work: imports a stored upload. Safe to run again (a retry re-applies nothing). */
  async runStored(importId: number, onProgress: ProgressListener): Promise<ImportCounts> {
    const record = await this.imports.findById(importId);
    if (!record) throw RosterImportErrors.notFound(importId);
    if (record.status === 'DONE') return countsOf(record);
    const content = await this.imports.content(importId);
    if (!content) throw RosterImportErrors.contentGone(importId);
    await this.unitOfWork.run((m) => this.imports.update(m, importId, { status: 'RUNNING' }));
    try {
      const uploader = await this.users.findById(record.uploadedBy);
      if (!uploader?.active) throw RosterImportErrors.uploaderGone();
      const contest = await this.openContest(record.contestId);
      const actor = await this.registrations.actor(
        {
          userId: uploader.id,
          username: uploader.username,
          role: uploader.role,
          unitId: uploader.unitId,
        },
        contest,
      );
      const counts = await this.run(contest, actor, content, record.format, async (p) => {
        await onProgress(p);
        await this.unitOfWork.run((m) => this.imports.update(m, importId, { progress: p }));
      });
      await this.unitOfWork.run((m) => this.imports.finish(m, importId, { counts }, new Date()));
      return counts;
    } catch (error) {
      if (isFinal(error)) {
        const { code, message } = error;
        await this.unitOfWork.run((m) =>
          this.imports.finish(m, importId, { errorCode: code, errorMessage: message }, new Date()),
        );
      }
      throw error;
    }
  }

  /** Marks an import failed after its last attempt crashed (the job gives up). */
  async giveUp(importId: number, reason: string): Promise<void> {
    await this.unitOfWork.run((m) =>
      this.imports.finish(
        m,
        importId,
        { errorCode: 'ROSTER_IMPORT_CRASHED', errorMessage: reason },
        new Date(),
      ),
    );
  }

  private async openContest(contestId: number): Promise<Contest> {
    const contest = await this.registrations.contest(contestId);
    const closed = checkRegistrationOpen(stageOf(contest));
    if (closed) throw RegistrationErrors.rule(closed);
    return contest;
  }

  private format(file: { filename: string; content: Buffer }): RosterFormat {
    try {
      const format = detectRosterFormat(file.filename, file.content.subarray(0, 8));
      if (!format) throw RosterImportErrors.unsupported(file.filename);
      return format;
    } catch (error) {
      throw error instanceof RosterFileError ? RosterImportErrors.fromFile(error) : error;
    }
  }

  /** Runs a file check, its RosterFileErrors as API errors. */
  private fileErrors<T>(check: () => T): T {
    try {
      return check();
    } catch (error) {
      throw error instanceof RosterFileError ? RosterImportErrors.fromFile(error) : error;
    }
  }

  private async fileErrorsAsync(check: () => Promise<void>): Promise<void> {
    try {
      await check();
    } catch (error) {
      throw error instanceof RosterFileError ? RosterImportErrors.fromFile(error) : error;
    }
  }

  /** A coordinator's rows default to their own unit; an organizer's must each name one. */
  private requireUnitColumn(header: RosterHeader, actor: Actor): void {
    if (!actor.scope && !header.columns.unit && !header.columns.unitCode) {
      throw RosterImportErrors.unitColumnRequired();
    }
  }

  private async run(
    contest: Contest,
    actor: Actor,
    content: Buffer,
    format: RosterFormat,
    onProgress: ProgressListener = () => undefined,
  ): Promise<ImportCounts> {
    const started = Date.now();
    const units = new UnitDirectory(await this.units.list());
    const rejected: RejectedRow[] = [];
    // The checked rows are kept rather than read again for writing: at most ROSTER_MAX_ROWS small
    // objects (~10 MB for 50,000), against a second inflate and parse of the whole file.
    const accepted: EntryInput[] = [];
    const seen: { header?: RosterHeader } = {};
    let totalRows = 0;
    try {
      const rows = checkRosterRows(content, format, units, actor, {
        maxRows: this.env.ROSTER_MAX_ROWS,
        onHeader: (header) => {
          this.requireUnitColumn(header, actor);
          seen.header = header;
        },
      });
      for await (const row of rows) {
        totalRows++;
        if (row.ok) accepted.push(row.input);
        else rejected.push(...row.rejected);
      }
    } catch (error) {
      throw error instanceof RosterFileError ? RosterImportErrors.fromFile(error) : error;
    }
    const columns = seen.header?.columns ?? {};
    await onProgress(10);

    const counts: ImportCounts = { totalRows, created: 0, updated: 0, unchanged: 0, rejected };
    for (let done = 0; done < accepted.length;) {
      const batch = accepted.slice(done, done + IMPORT_BATCH_ROWS);
      const outcomes = await this.unitOfWork.run((manager) =>
        this.enrolment.apply(manager, contest, batch, actor, units, new Date()),
      );
      for (const outcome of outcomes) {
        if (outcome.kind === 'rejected') {
          rejected.push({
            row: outcome.rowNumber,
            field: outcome.field,
            column: columns[outcome.field],
            code: outcome.code,
            message: outcome.message,
            messageZh: outcome.messageZh,
          });
        } else if (outcome.kind === 'created') counts.created++;
        else if (outcome.kind === 'unchanged') counts.unchanged++;
        else counts.updated++;
      }
      done += batch.length;
      await onProgress(10 + Math.floor((90 * done) / accepted.length));
    }
    rejected.sort((a, b) => a.row - b.row);
    this.logger.log(
      `contest ${contest.id}: ${totalRows} rows in ${Date.now() - started} ms — ` +
        `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ` +
        `${rejected.length} rejected`,
    );
    return counts;
  }
}

function countsOf(record: RosterImport): ImportCounts {
  return {
    totalRows: record.totalRows ?? 0,
    created: record.createdCount ?? 0,
    updated: record.updatedCount ?? 0,
    unchanged: record.unchangedCount ?? 0,
    rejected: record.rejected ?? [],
  };
}

/** Errors that another attempt cannot fix: the file, the contest's state, the uploader. */
function isFinal(error: unknown): error is DomainError {
  return error instanceof DomainError && error.kind !== 'UNAVAILABLE';
}
