import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../common/auth/principal';
import type { Upload } from '../common/http/upload';
import { SpreadsheetFileError } from '../common/spreadsheet/table-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { TradeErrors } from '../trades/trades.errors';
import { TradesRepository } from '../trades/trades.repository';
import { detectQuestionFileFormat, readQuestionFile } from './import/question-file';
import { Question, type QuestionStatus } from './question.entity';
import { QuestionErrors } from './questions.errors';
import type { QuestionType } from './rules/exam.types';
import {
  checkQuestionRows,
  type ParsedQuestion,
  type QuestionRowInput,
  type RejectedQuestionRow,
} from './rules/question-row';
import { planQuestionImport } from './rules/question-version';

export interface QuestionImportResult {
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedQuestionRow[];
}

export interface QuestionListQuery {
  area?: string;
  type?: QuestionType;
  q?: string;
  status?: QuestionStatus | 'ALL';
  page?: number;
  pageSize?: number;
}

/** A trade's question bank: the import, the list of current versions, retiring (docs/exams.md). */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly trades: TradesRepository,
  ) {}

  async requireTrade(tradeId: number): Promise<void> {
    if (!(await this.trades.findById(tradeId))) throw TradeErrors.notFound(tradeId);
  }

  /**
   * Reads the whole file, checks every row, and in one transaction writes the good rows as
   * planQuestionImport says; the bad rows come back in the report and change nothing.
   */
  async import(tradeId: number, file: Upload, user: Principal): Promise<QuestionImportResult> {
    await this.requireTrade(tradeId);
    const rows = await this.readRows(file);
    const { accepted, rejected } = checkQuestionRows(rows);
    const incoming = accepted.map((row) => row.question);
    const counts = await this.unitOfWork.run(async (manager) => {
      const repo = manager.getRepository(Question);
      const stored = await repo.find({
        where: { tradeId },
        order: { code: 'ASC', version: 'ASC' },
      });
      const byVersion = new Map(stored.map((q) => [`${q.code}\u0000${q.version}`, q]));
      const plan = planQuestionImport(
        stored.map((q) => ({
          code: q.code,
          version: q.version,
          fingerprint: q.fingerprint,
          usedInSatPaper: q.usedInPaper,
        })),
        incoming,
      );
      const now = new Date();
      for (const planned of plan.questions) {
        const content = columnsOf(planned.question, planned.fingerprint);
        if (planned.action === 'UNCHANGED') continue;
        if (planned.action === 'UPDATE_IN_PLACE') {
          const current = byVersion.get(`${planned.code}\u0000${planned.version}`);
          if (!current) throw new Error(`Question ${planned.code} v${planned.version} vanished`);
          await repo.update({ id: current.id }, { ...content, updatedAt: now });
          continue;
        }
        // CREATE or NEW_VERSION: a new row; a new version keeps the old one's status.
        const previous = byVersion.get(`${planned.code}\u0000${planned.version - 1}`);
        await repo.insert({
          tradeId,
          code: planned.code,
          version: planned.version,
          ...content,
          status: previous?.status ?? 'ACTIVE',
          usedInPaper: false,
          createdAt: now,
          updatedAt: now,
          createdBy: user.userId,
        });
      }
      return plan.counts;
    });
    return { ...counts, rejected };
  }

  /** The current (highest) version of each code, filtered and paged; ACTIVE unless asked. */
  async list(
    tradeId: number,
    query: QuestionListQuery,
  ): Promise<{ rows: Question[]; total: number }> {
    await this.requireTrade(tradeId);
    const qb = this.dataSource
      .getRepository(Question)
      .createQueryBuilder('q')
      .where('q.tradeId = :tradeId', { tradeId })
      .andWhere((sub) => {
        const latest = sub
          .subQuery()
          .select('MAX(v.version)')
          .from(Question, 'v')
          .where('v.trade_id = q.trade_id AND v.code = q.code')
          .getQuery();
        return `q.version = ${latest}`;
      });
    const status = query.status ?? 'ACTIVE';
    if (status !== 'ALL') qb.andWhere('q.status = :status', { status });
    if (query.type !== undefined) qb.andWhere('q.type = :type', { type: query.type });
    if (query.area !== undefined) qb.andWhere('q.area = :area', { area: query.area });
    if (query.q !== undefined && query.q.trim() !== '') {
      const like = `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((or) => {
          or.where("q.code LIKE :like ESCAPE '\\'", { like }).orWhere(
            "q.stem LIKE :like ESCAPE '\\'",
            { like },
          );
        }),
      );
    }
    qb.orderBy('q.code', 'ASC');
    if (query.page !== undefined || query.pageSize !== undefined) {
      const size = query.pageSize ?? 100;
      qb.skip(((query.page ?? 1) - 1) * size).take(size);
    }
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  }

  /** Retires a question (every version of its code) or brings it back. */
  async setStatus(id: number, status: QuestionStatus): Promise<Question> {
    return this.unitOfWork.run(async (manager: EntityManager) => {
      const repo = manager.getRepository(Question);
      const question = await repo.findOneBy({ id });
      if (!question) throw QuestionErrors.notFound(id);
      await repo.update(
        { tradeId: question.tradeId, code: question.code },
        { status, updatedAt: new Date() },
      );
      const latest = await repo.findOne({
        where: { tradeId: question.tradeId, code: question.code },
        order: { version: 'DESC' },
      });
      return latest ?? question;
    });
  }

  private async readRows(file: Upload): Promise<QuestionRowInput[]> {
    try {
      const format = detectQuestionFileFormat(file.filename, file.content.subarray(0, 8));
      if (!format) throw QuestionErrors.unsupported(file.filename);
      const rows: QuestionRowInput[] = [];
      for await (const row of readQuestionFile(file.content, format)) {
        rows.push({ rowNumber: row.rowNumber, cells: row.cells });
      }
      return rows;
    } catch (error) {
      if (error instanceof SpreadsheetFileError)
        throw QuestionErrors.fromFile(error as SpreadsheetFileError);
      throw error;
    }
  }
}

/** The stored columns of a question's content. */
function columnsOf(question: ParsedQuestion, fingerprint: string) {
  return {
    fingerprint,
    type: question.type,
    stem: question.stem,
    options: JSON.stringify(question.options),
    answer: JSON.stringify(question.answer),
    area: question.area,
    difficulty: question.difficulty,
    explanation: question.explanation,
  };
}
