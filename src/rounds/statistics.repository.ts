import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { positional } from '../database/positional';

/** Entries that count as taking part (as on the dashboard): rejected and withdrawn ones do not. */
const ACTIVE = `('PENDING', 'APPROVED')`;
/** Contests whose results are public: their published run is what the figures read. */
const HELD = `c.status IN ('PUBLISHED', 'FINAL') AND c.published_run_id IS NOT NULL`;

/**
 * The statistics' queries, each with one parameter (the competition's id); exported so the scale
 * spec can read their plans (EXPLAIN) as well as time them.
 */
export const STATISTICS_SQL = {
  contests: `SELECT c.id AS contest_id, c.trade_id, t.name AS trade_name, c.round, c.host_unit_id,
              u.name AS host_unit, CASE WHEN ${HELD} THEN 1 ELSE 0 END AS held
         FROM contests c
         JOIN trades t ON t.id = c.trade_id
         LEFT JOIN units u ON u.id = c.host_unit_id
        WHERE c.competition_id = ?
        ORDER BY t.code, c.round, c.id`,
  participants: `SELECT COUNT(DISTINCT worker_id) AS n FROM registrations
        WHERE competition_id = ? AND status IN ${ACTIVE}`,
  entries: `SELECT contest_id, COUNT(*) AS n FROM registrations
        WHERE competition_id = ? AND status IN ${ACTIVE}
        GROUP BY contest_id`,
  advanced: `SELECT f.contest_id, COUNT(*) AS n
         FROM registrations r
         JOIN registrations f ON f.id = r.feeder_registration_id
        WHERE r.competition_id = ? AND r.status IN ${ACTIVE} AND r.feeder_registration_id IS NOT NULL
        GROUP BY f.contest_id`,
  published: `SELECT rr.contest_id, rr.unit_id, u.name AS unit, rr.title, COUNT(*) AS n,
              SUM(CASE WHEN rr.rank IS NOT NULL THEN 1 ELSE 0 END) AS ranked
         FROM contests c
         JOIN result_rows rr ON rr.run_id = c.published_run_id
         JOIN units u ON u.id = rr.unit_id
        WHERE c.competition_id = ? AND ${HELD}
        GROUP BY rr.contest_id, rr.unit_id, u.name, rr.title`,
};

export interface ContestFacts {
  contestId: number;
  tradeId: number;
  tradeName: string;
  round: number;
  hostUnitId: number | null;
  hostUnit: string | null;
  held: boolean;
}

export interface PublishedCounts {
  contestId: number;
  unitId: number;
  unit: string;
  title: string | null;
  rows: number;
  ranked: number;
}

const n = (v: unknown): number => Number(v ?? 0);
const text = (v: unknown): string | null =>
  v == null ? null : typeof v === 'string' ? v : JSON.stringify(v);

/**
 * The competition's statistics, each figure grouped and counted by the database (a handful of
 * aggregate queries whatever the size: docs/statistics.md "How the figures are computed").
 */
@Injectable()
export class StatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    const [text, values] = positional(this.dataSource, sql, params);
    return this.dataSource.query<T[]>(text, values);
  }

  async competitionExists(id: number): Promise<boolean> {
    const rows = await this.query<{ id: number }>('SELECT id FROM competitions WHERE id = ?', [id]);
    return rows.length > 0;
  }

  async contests(competitionId: number): Promise<ContestFacts[]> {
    const rows = await this.query<Record<string, unknown>>(STATISTICS_SQL.contests, [
      competitionId,
    ]);
    return rows.map((r) => ({
      contestId: n(r.contest_id),
      tradeId: n(r.trade_id),
      tradeName: text(r.trade_name) ?? '',
      round: n(r.round),
      hostUnitId: r.host_unit_id == null ? null : n(r.host_unit_id),
      hostUnit: text(r.host_unit),
      held: n(r.held) === 1,
    }));
  }

  /** Workers with an active entry in any contest of the competition, each counted once. */
  async participants(competitionId: number): Promise<number> {
    const [row] = await this.query<{ n: unknown }>(STATISTICS_SQL.participants, [competitionId]);
    return n(row?.n);
  }

  /** Active entries per contest. */
  async entries(competitionId: number): Promise<Map<number, number>> {
    const rows = await this.query<{ contest_id: unknown; n: unknown }>(STATISTICS_SQL.entries, [
      competitionId,
    ]);
    return new Map(rows.map((r) => [n(r.contest_id), n(r.n)]));
  }

  /**
   * Finalists' entries (active) per feeder contest they came from: a later round's registration
   * names the feeder entry it advanced from.
   */
  async advanced(competitionId: number): Promise<Map<number, number>> {
    const rows = await this.query<{ contest_id: unknown; n: unknown }>(STATISTICS_SQL.advanced, [
      competitionId,
    ]);
    return new Map(rows.map((r) => [n(r.contest_id), n(r.n)]));
  }

  /** The published runs' rows, counted per contest, the entrant's unit (as published) and title. */
  async published(competitionId: number): Promise<PublishedCounts[]> {
    const rows = await this.query<Record<string, unknown>>(STATISTICS_SQL.published, [
      competitionId,
    ]);
    return rows.map((r) => ({
      contestId: n(r.contest_id),
      unitId: n(r.unit_id),
      unit: text(r.unit) ?? '',
      title: text(r.title),
      rows: n(r.n),
      ranked: n(r.ranked),
    }));
  }
}
