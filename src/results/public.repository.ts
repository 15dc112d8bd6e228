import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Contest } from '../contests/contest.entity';
import { Trade } from '../trades/trade.entity';
import { Registration } from '../registrations/registration.entity';
import { Worker } from '../workers/worker.entity';
import { ResultRow } from './results.entities';

/** A published result line with the trade it belongs to. */
export interface PublishedRow {
  row: ResultRow;
  contestId: number;
  tradeCode: string;
  tradeName: string;
  contestStatus: string;
  publicationEndsAt: string | null;
}

/** Queries over published runs only: what the public (and the exports) may see. */
@Injectable()
export class PublicResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private published(competitionId: number): SelectQueryBuilder<ResultRow> {
    return this.dataSource
      .getRepository(ResultRow)
      .createQueryBuilder('row')
      .innerJoin(Contest, 'c', 'c.publishedRunId = row.runId')
      .innerJoin(Trade, 't', 't.id = c.tradeId')
      .where('c.competitionId = :competitionId', { competitionId });
  }

  async rankings(
    competitionId: number,
    filter: { contestId?: number; q?: string },
    page: { offset: number; limit: number },
  ): Promise<{ rows: PublishedRow[]; total: number }> {
    const query = this.published(competitionId);
    if (filter.contestId !== undefined)
      query.andWhere('c.id = :contestId', { contestId: filter.contestId });
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      query.andWhere("(row.name LIKE :like ESCAPE '\\' OR row.unitName LIKE :like ESCAPE '\\')", {
        like,
      });
    }
    const total = await query.getCount();
    const raw = await query
      .addSelect('c.id', 'contest_id')
      .addSelect('t.code', 'trade_code')
      .addSelect('t.name', 'trade_name')
      .addSelect('c.status', 'contest_status')
      .addSelect('c.publicationEndsAt', 'ends_at')
      .orderBy('c.id', 'ASC')
      .addOrderBy('row.position', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getRawAndEntities();
    return { rows: raw.entities.map((row, i) => toPublished(row, raw.raw[i] as RawExtra)), total };
  }

  /** Every published line of the competition (exports; unit tables). */
  async all(competitionId: number): Promise<PublishedRow[]> {
    const raw = await this.published(competitionId)
      .addSelect('c.id', 'contest_id')
      .addSelect('t.code', 'trade_code')
      .addSelect('t.name', 'trade_name')
      .addSelect('c.status', 'contest_status')
      .addSelect('c.publicationEndsAt', 'ends_at')
      .orderBy('c.id', 'ASC')
      .addOrderBy('row.position', 'ASC')
      .getRawAndEntities();
    return raw.entities.map((row, i) => toPublished(row, raw.raw[i] as RawExtra));
  }

  /** A worker's published lines, found by name and ID number (the worker's own look-up). */
  async forWorker(
    competitionId: number | null,
    idNumber: string,
    name: string,
  ): Promise<PublishedRow[]> {
    const query = this.dataSource
      .getRepository(ResultRow)
      .createQueryBuilder('row')
      .innerJoin(Contest, 'c', 'c.publishedRunId = row.runId')
      .innerJoin(Trade, 't', 't.id = c.tradeId')
      .innerJoin(Registration, 'r', 'r.id = row.registrationId')
      .innerJoin(Worker, 'w', 'w.id = r.workerId')
      .where('w.idNumber = :idNumber AND w.name = :name', { idNumber, name });
    if (competitionId !== null)
      query.andWhere('c.competitionId = :competitionId', { competitionId });
    const raw = await query
      .addSelect('c.id', 'contest_id')
      .addSelect('t.code', 'trade_code')
      .addSelect('t.name', 'trade_name')
      .addSelect('c.status', 'contest_status')
      .addSelect('c.publicationEndsAt', 'ends_at')
      .getRawAndEntities();
    return raw.entities.map((row, i) => toPublished(row, raw.raw[i] as RawExtra));
  }
}

interface RawExtra {
  contest_id: number;
  trade_code: string;
  trade_name: string;
  contest_status: string;
  ends_at: string | null;
}

function toPublished(row: ResultRow, extra: RawExtra): PublishedRow {
  return {
    row,
    contestId: Number(extra.contest_id),
    tradeCode: extra.trade_code,
    tradeName: extra.trade_name,
    contestStatus: extra.contest_status,
    publicationEndsAt: extra.ends_at,
  };
}
