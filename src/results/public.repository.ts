import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { PersonalDataCipher } from '../common/personal-data/personal-data-cipher';
import { Competition } from '../competitions/competition.entity';
import { Contest } from '../contests/contest.entity';
import type { ContestStatus } from '../contests/rules';
import { Trade } from '../trades/trade.entity';
import { Unit } from '../units/unit.entity';
import { Registration } from '../registrations/registration.entity';
import { Worker } from '../workers/worker.entity';
import { ResultRow, ResultRun } from './results.entities';

/** A published result line with the trade it belongs to. */
export interface PublishedRow {
  row: ResultRow;
  contestId: number;
  tradeCode: string;
  tradeName: string;
  contestStatus: ContestStatus;
  publicationEndsAt: string | null;
}

/** A competition as the public sees it, with how many of its contests are published. */
export interface PublicCompetitionSummary {
  id: number;
  code: string;
  name: string;
  year: number;
  contests: number;
  publishedContests: number;
}

/** A contest as the public sees it: its trade, stage, publication window and field size. */
export interface PublicContestSummary {
  id: number;
  tradeCode: string;
  trade: string;
  tradeEn: string | null;
  status: ContestStatus;
  published: boolean;
  /** When results were first published: the start of the window (ISO), null before. */
  publishedAt: string | null;
  /** The end of the window (ISO), null before publication. */
  publicationEndsAt: string | null;
  /** Approved registrations: the field, never who is in it. */
  contestants: number;
  /** The contest's place in its trade's funnel: 1 = first round; a later round has a 晋级名单. */
  round: number;
  /** The unit hosting a preliminary (海州区总工会), null when the competition's organiser holds it. */
  hostUnitName: string | null;
}

/** Queries over published runs only: what the public (and the exports) may see. */
@Injectable()
export class PublicResultsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  private published(competitionId: number): SelectQueryBuilder<ResultRow> {
    return this.dataSource
      .getRepository(ResultRow)
      .createQueryBuilder('row')
      .innerJoin(Contest, 'c', 'c.publishedRunId = row.runId')
      .innerJoin(Trade, 't', 't.id = c.tradeId')
      .where('c.competitionId = :competitionId', { competitionId });
  }

  /** Whether the competition exists, and the contest (if named) is one of its contests. */
  async exists(competitionId: number, contestId?: number): Promise<boolean> {
    if (contestId !== undefined) {
      return this.dataSource.getRepository(Contest).existsBy({ id: contestId, competitionId });
    }
    return this.dataSource.getRepository(Competition).existsBy({ id: competitionId });
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
      .where('w.idNumberHash = :hash AND w.name = :name', {
        hash: this.cipher.hash('id_number', idNumber),
        name,
      });
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

  /** Every competition, newest first, with its contests counted (no private data at all). */
  async competitions(): Promise<PublicCompetitionSummary[]> {
    const raw = await this.dataSource
      .getRepository(Competition)
      .createQueryBuilder('comp')
      .leftJoin(Contest, 'c', 'c.competitionId = comp.id')
      .select('comp.id', 'id')
      .addSelect('comp.code', 'code')
      .addSelect('comp.name', 'name')
      .addSelect('comp.year', 'year')
      .addSelect('COUNT(c.id)', 'contests')
      .addSelect('COUNT(c.publishedRunId)', 'published')
      .groupBy('comp.id')
      .addGroupBy('comp.code')
      .addGroupBy('comp.name')
      .addGroupBy('comp.year')
      .orderBy('comp.year', 'DESC')
      .addOrderBy('comp.id', 'DESC')
      .getRawMany<{
        id: number;
        code: string;
        name: string;
        year: number;
        contests: number | string;
        published: number | string;
      }>();
    // COUNT comes back as a string from PostgreSQL.
    return raw.map((r) => ({
      id: Number(r.id),
      code: r.code,
      name: r.name,
      year: Number(r.year),
      contests: Number(r.contests),
      publishedContests: Number(r.published),
    }));
  }

  /** One competition's contests, or null if there is no such competition. */
  async competition(competitionId: number): Promise<
    | (Pick<Competition, 'id' | 'code' | 'name' | 'year' | 'issuingBody'> & {
        contests: PublicContestSummary[];
      })
    | null
  > {
    const competition = await this.dataSource
      .getRepository(Competition)
      .findOneBy({ id: competitionId });
    if (!competition) return null;
    const raw = await this.dataSource
      .getRepository(Contest)
      .createQueryBuilder('c')
      .innerJoin(Trade, 't', 't.id = c.tradeId')
      .leftJoin(Unit, 'hu', 'hu.id = c.hostUnitId')
      .select('c.id', 'id')
      .addSelect('t.code', 'trade_code')
      .addSelect('t.name', 'trade_name')
      .addSelect('t.nameEn', 'trade_en')
      .addSelect('c.status', 'status')
      .addSelect('c.round', 'round')
      .addSelect('hu.name', 'host_unit_name')
      .addSelect('c.publishedRunId', 'run_id')
      .addSelect('c.publicationEndsAt', 'ends_at')
      // The window opens with the first publication; a corrected run keeps the same window.
      .addSelect(
        (sub) =>
          sub
            .select('MIN(run.publishedAt)')
            .from(ResultRun, 'run')
            .where('run.contestId = c.id AND run.publishedAt IS NOT NULL'),
        'first_published',
      )
      .addSelect(
        (sub) =>
          sub
            .select('COUNT(*)')
            .from(Registration, 'r')
            .where("r.contestId = c.id AND r.status = 'APPROVED'"),
        'contestants',
      )
      .where('c.competitionId = :competitionId', { competitionId })
      .orderBy('c.id', 'ASC')
      .getRawMany<{
        id: number;
        trade_code: string;
        trade_name: string;
        trade_en: string | null;
        status: ContestStatus;
        round: number | string;
        host_unit_name: string | null;
        run_id: number | null;
        ends_at: string | null;
        first_published: string | null;
        contestants: number | string;
      }>();
    const { id, code, name, year, issuingBody } = competition;
    return {
      id,
      code,
      name,
      year,
      issuingBody,
      contests: raw.map((r) => {
        const published = r.run_id !== null;
        return {
          id: Number(r.id),
          tradeCode: r.trade_code,
          trade: r.trade_name,
          tradeEn: r.trade_en,
          status: r.status,
          published,
          // Only a published contest has a window to show.
          publishedAt: published ? r.first_published : null,
          publicationEndsAt: published ? r.ends_at : null,
          contestants: Number(r.contestants),
          round: Number(r.round),
          hostUnitName: r.host_unit_name ?? null,
        };
      }),
    };
  }
}

interface RawExtra {
  contest_id: number;
  trade_code: string;
  trade_name: string;
  contest_status: ContestStatus;
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
