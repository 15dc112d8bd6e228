import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '../config/environment';
import type { Contest } from '../contests/contest.entity';
import { UnitOfWork } from '../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue.service';
import { UnitDirectory } from '../units/unit-directory';
import { UnitsRepository } from '../units/units.repository';
import { UsersRepository } from '../users/users.repository';
import type { Principal } from '../common/auth/current-user.decorator';
import { DomainError } from '../common/errors/domain-error';
import { Actor, Enrolment, EntryInput } from './enrolment';
import {
  detectRosterFormat,
  readRoster,
  readRosterHeader,
  RosterFileError,
  RosterFormat,
  RosterHeader,
} from './import/roster-reader';
import { RejectedRow, RosterImport } from './roster-import.entity';
import { ImportCounts, RosterImportsRepository } from './roster-imports.repository';
import { RosterImportErrors } from './roster-import.errors';
import { RegistrationsService, stageOf } from './registrations.service';
import { RegistrationErrors } from './registrations.errors';
import { checkRegistrationOpen } from './rules/registration-decisions';
import { validateRosterRow, type RosterCells } from './rules/roster-row';

/** Rows written per transaction: large enough to be fast, small enough not to hold the database. */
export const IMPORT_BATCH_ROWS = 1000;

export type ImportAnswer =
  { kind: 'done'; counts: ImportCounts } | { kind: 'queued'; importId: number; jobId: string };

type CheckedRow =
  | { rowNumber: number; ok: true; input: EntryInput }
  | { rowNumber: number; ok: false; rejected: RejectedRow[] };

export type ProgressListener = (percent: number) => Promise<void> | void;

/**
 * Roster import (名册导入): a unit's spreadsheet in, registrations out. Every row is checked before
 * anything is written (first pass), so a file that turns out malformed half-way changes nothing;
 * then the good rows are written in batches, each in its own transaction, through the same
 * Enrolment as the form. Importing the same file twice finds everything unchanged the second time.
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

  /** Small files are imported while the caller waits; large ones are stored and queued. */
  async upload(
    contestId: number,
    principal: Principal,
    file: { filename: string; content: Buffer },
  ): Promise<ImportAnswer> {
    const contest = await this.openContest(contestId);
    const actor = await this.registrations.actor(principal);
    const format = this.format(file);
    const header = await this.header(file.content, format, actor);
    const inline =
      file.content.length <= this.env.ROSTER_INLINE_MAX_BYTES || !this.jobs.isAvailable();
    if (inline) {
      return { kind: 'done', counts: await this.run(contest, actor, file.content, format, header) };
    }
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
    const jobId = await this.jobs.enqueue(
      'import-roster',
      { importId: record.id },
      `import-roster-${record.id}`,
    );
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
      const actor = await this.registrations.actor({
        userId: uploader.id,
        username: uploader.username,
        role: uploader.role,
        unitId: uploader.unitId,
      });
      const contest = await this.openContest(record.contestId);
      const header = await this.header(content, record.format, actor);
      const counts = await this.run(contest, actor, content, record.format, header, async (p) => {
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

  private async header(content: Buffer, format: RosterFormat, actor: Actor): Promise<RosterHeader> {
    let header: RosterHeader;
    try {
      header = await readRosterHeader(content, format);
    } catch (error) {
      throw error instanceof RosterFileError ? RosterImportErrors.fromFile(error) : error;
    }
    // A coordinator's rows default to their own unit; an organizer's must each name one.
    if (!actor.scope && !header.columns.unit && !header.columns.unitCode) {
      throw RosterImportErrors.unitColumnRequired();
    }
    return header;
  }

  private async run(
    contest: Contest,
    actor: Actor,
    content: Buffer,
    format: RosterFormat,
    header: RosterHeader,
    onProgress: ProgressListener = () => undefined,
  ): Promise<ImportCounts> {
    const started = Date.now();
    const units = new UnitDirectory(await this.units.list());
    const rejected: RejectedRow[] = [];
    let totalRows = 0;
    try {
      for await (const row of this.check(content, format, header, units, actor)) {
        totalRows++;
        if (!row.ok) rejected.push(...row.rejected);
      }
    } catch (error) {
      throw error instanceof RosterFileError ? RosterImportErrors.fromFile(error) : error;
    }
    await onProgress(10);

    const counts: ImportCounts = { totalRows, created: 0, updated: 0, unchanged: 0, rejected };
    let batch: EntryInput[] = [];
    let done = 0;
    const flush = async (): Promise<void> => {
      const outcomes = await this.unitOfWork.run((manager) =>
        this.enrolment.apply(manager, contest, batch, actor, units, new Date()),
      );
      for (const outcome of outcomes) {
        if (outcome.kind === 'rejected') {
          rejected.push({
            row: outcome.rowNumber,
            field: outcome.field,
            column: header.columns[outcome.field],
            code: outcome.code,
            message: outcome.message,
            messageZh: outcome.messageZh,
          });
        } else if (outcome.kind === 'created') counts.created++;
        else if (outcome.kind === 'unchanged') counts.unchanged++;
        else counts.updated++;
      }
      done += batch.length;
      batch = [];
      await onProgress(10 + Math.floor((90 * done) / Math.max(1, totalRows - rejected.length)));
    };
    for await (const row of this.check(content, format, header, units, actor)) {
      if (!row.ok) continue;
      batch.push(row.input);
      if (batch.length >= IMPORT_BATCH_ROWS) await flush();
    }
    if (batch.length > 0) await flush();
    rejected.sort((a, b) => a.row - b.row);
    this.logger.log(
      `contest ${contest.id}: ${totalRows} rows in ${Date.now() - started} ms — ` +
        `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ` +
        `${rejected.length} rejected`,
    );
    return counts;
  }

  /** Each data row, checked: cells, unit, the coordinator's scope, and repeats inside the file. */
  private async *check(
    content: Buffer,
    format: RosterFormat,
    header: RosterHeader,
    units: UnitDirectory,
    actor: Actor,
  ): AsyncGenerator<CheckedRow> {
    const firstRowOf = new Map<string, number>();
    for await (const { rowNumber, cells } of readRoster(content, format, {
      maxRows: this.env.ROSTER_MAX_ROWS,
    })) {
      const issues: Array<Omit<RejectedRow, 'row' | 'column'>> = [];
      const result = validateRosterRow(cells);
      if (!result.ok) issues.push(...result.issues);
      const unit = resolveUnit(cells, units, actor);
      if (!unit.ok) issues.push(unit.issue);
      if (result.ok) {
        const first = firstRowOf.get(result.entry.idNumber);
        if (first === undefined) firstRowOf.set(result.entry.idNumber, rowNumber);
        else {
          issues.push({
            field: 'idNumber',
            code: 'ROSTER_DUPLICATE_ROW',
            message: `The same ID number is on row ${first}; each worker is listed once`,
            messageZh: `与第${first}行的身份证号重复，每名职工只填写一行`,
          });
        }
      }
      if (issues.length > 0 || !result.ok || !unit.ok) {
        yield {
          rowNumber,
          ok: false,
          rejected: issues.map((issue) => ({
            row: rowNumber,
            ...issue,
            column: header.columns[issue.field as keyof RosterHeader['columns']],
          })),
        };
      } else {
        yield { rowNumber, ok: true, input: { rowNumber, entry: result.entry, unitId: unit.id } };
      }
    }
  }
}

type UnitResolution =
  { ok: true; id: number } | { ok: false; issue: Omit<RejectedRow, 'row' | 'column'> };

function resolveUnit(cells: RosterCells, units: UnitDirectory, actor: Actor): UnitResolution {
  const lookup = units.resolve({
    code: cells.unitCode?.text ?? null,
    name: cells.unit?.text ?? null,
  });
  if (lookup === null) {
    if (actor.scope) return { ok: true, id: actor.scope.id };
    return {
      ok: false,
      issue: {
        field: 'unit',
        code: 'UNIT_REQUIRED',
        message: 'The unit is empty; give its name or code',
        messageZh: '单位为空，请填写单位名称或单位代码',
      },
    };
  }
  if (!lookup.ok) return { ok: false, issue: lookup };
  if (actor.scope && !units.inScope(lookup.unit.id, actor.scope)) {
    return {
      ok: false,
      issue: {
        field: lookup.unit.code && cells.unitCode?.text ? 'unitCode' : 'unit',
        code: 'UNIT_OUT_OF_SCOPE',
        message: `"${lookup.unit.name}" is not your unit or a unit below it`,
        messageZh: `“${lookup.unit.name}”不是本单位或下级单位`,
      },
    };
  }
  return { ok: true, id: lookup.unit.id };
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
