import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/auth/current-user.decorator';
import { DomainError } from '../common/errors/domain-error';
import { spreadsheetDomainError } from '../common/errors/spreadsheet-error';
import type { Upload } from '../common/http/upload';
import { SpreadsheetFileError } from '../common/spreadsheet/table-errors';
import type { ScoreFileError } from './import/score-file-error';
import { normaliseCellText } from '../workers/rules/text';
import { parseIdNumber } from '../workers/rules/id-number';
import {
  detectScoreFileFormat,
  readScoreFile,
  ScoreFileFormat,
  ScoreFileHeader,
  ScoreFileRow,
} from './import/score-file-reader';
import { FieldEntry, JudgesRepository } from './judges.repository';
import { CriterionInfo, JudgingContext, JudgingScene } from './judging-context';
import { JudgingErrors } from './judging.errors';
import { parseScorePoints } from './rules/score-points';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { AuditService } from './audit.service';
import { ScoresRepository } from './scores.repository';
import { ScoringService } from './scoring.service';

export interface ScoreImportRejection {
  row: number;
  field: 'code' | 'idNumber' | 'name' | 'points';
  column?: string;
  code: string;
  message: string;
}

export interface ScoreImportResult {
  criterionKey: string;
  judgeId: number;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: ScoreImportRejection[];
}

const MAX_SCORE_ROWS = 100_000;
const WRITE_BATCH = 2000;

type Checked =
  | { ok: true; row: number; code: string; points: number }
  | { ok: false; rejection: ScoreImportRejection };

/**
 * Theory-exam results (理论成绩) from a file: one row per contestant, by blind code or ID number,
 * with the score. Rows are checked first and reported the way the roster import reports them; the
 * good ones are then entered through the same score entry as the judges' sheets (assignment,
 * conflicts, audit), on behalf of the criterion's judge.
 */
@Injectable()
export class ScoreImportService {
  constructor(
    private readonly context: JudgingContext,
    private readonly judges: JudgesRepository,
    private readonly scores: ScoresRepository,
    private readonly scoring: ScoringService,
    private readonly audit: AuditService,
    private readonly contests: ContestsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * Imports the file and records the attempt in the contest's audit log whatever its outcome
   * (who, the file's SHA-256, the counts or the refusal's code), so that repeated probing by
   * upload leaves a trace.
   */
  async import(
    contestId: number,
    file: Upload,
    query: { criterionKey?: string; judgeId?: number },
    principal: Principal,
  ): Promise<ScoreImportResult> {
    const scene = await this.context.load(contestId);
    const attempt = {
      fileSha256: createHash('sha256').update(file.content).digest('hex'),
      bytes: file.content.length,
      format: file.filename.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx',
    };
    try {
      const result = await this.importInto(scene, file, query, principal);
      await this.recordAttempt(scene, principal, result.judgeId, {
        ...attempt,
        outcome: 'IMPORTED',
        criterionKey: result.criterionKey,
        totalRows: result.totalRows,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        rejected: result.rejected.length,
      });
      return result;
    } catch (error) {
      const code = error instanceof DomainError ? error.code : 'INTERNAL';
      await this.recordAttempt(scene, principal, null, { ...attempt, outcome: code });
      throw error;
    }
  }

  private async recordAttempt(
    scene: JudgingScene,
    principal: Principal,
    judgeId: number | null,
    details: Record<string, string | number>,
  ): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, scene.contest.id);
      await this.audit.append(
        manager,
        scene.contest.id,
        [
          {
            actorId: principal.userId,
            action: 'SCORE_FILE_IMPORT',
            registrationId: null,
            criterionKey: typeof details.criterionKey === 'string' ? details.criterionKey : null,
            judgeId,
            oldValue: null,
            newValue: details,
            reason: null,
          },
        ],
        new Date(),
      );
    });
  }

  private async importInto(
    scene: JudgingScene,
    file: Upload,
    query: { criterionKey?: string; judgeId?: number },
    principal: Principal,
  ): Promise<ScoreImportResult> {
    const contestId = scene.contest.id;
    this.context.assertScoringOpen(scene.contest);
    // A judge of another contest learns nothing about this one's criteria or panel.
    if (principal.role !== 'ORGANIZER' && !scene.panel.member(principal.userId)) {
      throw JudgingErrors.notAJudge();
    }
    const criterion = this.criterion(scene, query.criterionKey);
    const judgeId = this.judge(scene, criterion, query.judgeId, principal);
    const format = this.format(file);

    const field = await this.judges.field(contestId);
    const byCode = new Map(field.flatMap((e) => (e.code ? [[e.code, e] as const] : [])));
    // Files by ID number are the exam office's: only organizers' imports may name people.
    const byIdNumber =
      principal.role === 'ORGANIZER'
        ? await this.judges.idNumbersOf(contestId)
        : new Map<string, { code: string | null; name: string }>();
    const confirmed = new Set(
      (await this.scores.byJudge(contestId, judgeId))
        .filter((s) => s.criterionId === criterion.id && s.confirmedAt !== null)
        .map((s) => s.registrationId),
    );
    const rows: Checked[] = [];
    const firstRowOf = new Map<number, number>();
    let totalRows = 0;
    let header: ScoreFileHeader | undefined;
    await this.read(async () => {
      // One pass over the file: the header is checked as it is found, before any row is compared.
      for await (const { rowNumber, cells } of readScoreFile(file.content, format, {
        maxRows: MAX_SCORE_ROWS,
        onHeader: (found) => {
          if (principal.role !== 'ORGANIZER') refusePersonColumns(found);
          header = found;
        },
      })) {
        totalRows++;
        const checked = this.check(
          rowNumber,
          cells,
          header!,
          criterion,
          judgeId,
          scene,
          byCode,
          byIdNumber,
        );
        if (checked.ok) {
          const entry = byCode.get(checked.code)!;
          const first = firstRowOf.get(entry.registrationId);
          if (first !== undefined) {
            rows.push(
              reject(
                rowNumber,
                header!,
                'code',
                'SCORE_FILE_DUPLICATE_ROW',
                `The same contestant is on row ${first}`,
              ),
            );
            continue;
          }
          firstRowOf.set(entry.registrationId, rowNumber);
          if (confirmed.has(entry.registrationId)) {
            rows.push(
              reject(
                rowNumber,
                header!,
                'points',
                'SCORE_CONFIRMED',
                'The score is confirmed; a chief judge corrects it, with a reason',
              ),
            );
            continue;
          }
        }
        rows.push(checked);
      }
    });

    const result: ScoreImportResult = {
      criterionKey: criterion.key,
      judgeId,
      totalRows,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: rows.flatMap((r) => (r.ok ? [] : [r.rejection])),
    };
    const good = rows.filter((r): r is Extract<Checked, { ok: true }> => r.ok);
    for (let i = 0; i < good.length; i += WRITE_BATCH) {
      const saved = await this.scoring.submit(
        contestId,
        {
          entries: good.slice(i, i + WRITE_BATCH).map((r) => ({
            code: r.code,
            criterionKey: criterion.key,
            points: r.points / 100,
            judgeId,
          })),
          reason: `成绩导入 ${file.filename}`.slice(0, 500),
        },
        principal,
        { onBehalf: true },
      );
      for (const s of saved) result[s.outcome]++;
    }
    return result;
  }

  private check(
    row: number,
    cells: ScoreFileRow['cells'],
    header: ScoreFileHeader,
    criterion: CriterionInfo,
    judgeId: number,
    scene: JudgingScene,
    byCode: Map<string, FieldEntry>,
    byIdNumber: Map<string, { code: string | null; name: string }>,
  ): Checked {
    const text = (f: keyof ScoreFileRow['cells']) => normaliseCellText(cells[f]?.text ?? '');
    const code = text('code').toUpperCase();
    const idText = text('idNumber');
    let entry: FieldEntry | undefined;
    if (code) {
      entry = byCode.get(code);
      if (!entry)
        return reject(
          row,
          header,
          'code',
          'SCORE_UNKNOWN_CODE',
          `No contestant has the code "${code}"`,
        );
    }
    if (idText) {
      const parsed = parseIdNumber(idText);
      if (!parsed.ok) return reject(row, header, 'idNumber', parsed.code, parsed.message);
      const registered = byIdNumber.get(parsed.idNumber);
      if (!registered?.code) {
        return reject(
          row,
          header,
          'idNumber',
          'SCORE_UNKNOWN_WORKER',
          'No approved contestant of this contest has this ID number',
        );
      }
      if (entry && entry.code !== registered.code) {
        return reject(
          row,
          header,
          'idNumber',
          'SCORE_FILE_CODE_ID_MISMATCH',
          'The code and the ID number name different contestants',
        );
      }
      const name = text('name');
      if (!code && name && name.replace(/\s/g, '') !== registered.name) {
        return reject(
          row,
          header,
          'name',
          'SCORE_FILE_NAME_MISMATCH',
          'The name does not match the ID number',
        );
      }
      entry = byCode.get(registered.code);
    }
    if (!entry)
      return reject(
        row,
        header,
        'code',
        'SCORE_FILE_CONTESTANT_REQUIRED',
        'Give the code or the ID number',
      );
    if (scene.panel.conflicted(judgeId, entry)) {
      return reject(
        row,
        header,
        'code',
        'SCORE_CONFLICT_OF_INTEREST',
        'The judge may not score this contestant (conflict of interest)',
      );
    }
    const points = parseScorePoints(text('points'), criterion);
    if (!points.ok) return reject(row, header, 'points', points.code, points.message);
    return { ok: true, row, code: entry.code!, points: points.valueCenti };
  }

  /** The named criterion, or the contest's only theory criterion. */
  private criterion(scene: JudgingScene, key: string | undefined): CriterionInfo {
    if (key !== undefined) {
      const criterion = scene.criterionByKey.get(key);
      if (!criterion) throw JudgingErrors.unknownKeys('criterion', [key]);
      return criterion;
    }
    const theory = scene.criteria.filter((c) => c.partKey === 'theory');
    if (theory.length === 1) return theory[0];
    throw new DomainError(
      'INVALID',
      'SCORE_IMPORT_CRITERION_REQUIRED',
      'Name the criterion the file scores (?criterionKey=…)',
    );
  }

  /**
   * Whose scores these are: the caller when they are a judge of the criterion; otherwise the judge
   * named, or the criterion's only judge. Organizers and chief judges enter on a judge's behalf.
   */
  private judge(
    scene: JudgingScene,
    criterion: CriterionInfo,
    judgeId: number | undefined,
    principal: Principal,
  ): number {
    const assigned = scene.panel.members.filter((m) => m.criterionKeys.includes(criterion.key));
    const onBehalf = principal.role === 'ORGANIZER' || scene.panel.member(principal.userId)?.chief;
    if (judgeId === undefined) {
      if (assigned.some((m) => m.userId === principal.userId)) return principal.userId;
      if (onBehalf && assigned.length === 1) return assigned[0].userId;
      throw new DomainError(
        'INVALID',
        'SCORE_IMPORT_JUDGE_REQUIRED',
        `Name the judge whose scores these are (?judgeId=…): ${assigned.length} judge(s) score ${criterion.key}`,
      );
    }
    if (judgeId !== principal.userId && !onBehalf) throw JudgingErrors.notChief();
    if (!assigned.some((m) => m.userId === judgeId)) {
      throw new DomainError(
        'FORBIDDEN',
        'SCORE_NOT_ASSIGNED',
        `User ${judgeId} is not assigned to criterion ${criterion.key}`,
      );
    }
    return judgeId;
  }

  private format(file: Upload): ScoreFileFormat {
    try {
      const format = detectScoreFileFormat(file.filename, file.content.subarray(0, 8));
      if (format) return format;
    } catch (error) {
      if (error instanceof SpreadsheetFileError)
        throw spreadsheetDomainError(error as ScoreFileError);
      throw error;
    }
    throw new DomainError(
      'UNSUPPORTED_MEDIA',
      'SCORE_FILE_FORMAT_UNSUPPORTED',
      `"${file.filename}" is neither an .xlsx workbook nor a .csv file`,
    );
  }

  private async read<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SpreadsheetFileError)
        throw spreadsheetDomainError(error as ScoreFileError);
      throw error;
    }
  }
}

/**
 * A judge's file names contestants by blind code only. A column of ID numbers or names would turn
 * the row checks into an oracle (which code is whose, who is entered, whether a name matches), so
 * such a file is refused whole, before any row is compared with the contest.
 */
function refusePersonColumns(header: ScoreFileHeader): void {
  const columns = (['idNumber', 'name'] as const).filter((f) => header.columns[f] !== undefined);
  if (columns.length === 0) return;
  throw new DomainError(
    'FORBIDDEN',
    'SCORE_FILE_CODES_ONLY',
    'Judges import score files by blind code only; files by ID number or name are imported by the organizers (exam office)',
    { columns: columns.map((f) => header.columns[f]!) },
  );
}

function reject(
  row: number,
  header: ScoreFileHeader,
  field: ScoreImportRejection['field'],
  code: string,
  message: string,
): Extract<Checked, { ok: false }> {
  return { ok: false, rejection: { row, field, column: header.columns[field], code, message } };
}
