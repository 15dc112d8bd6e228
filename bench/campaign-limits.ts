import type { DataSource } from 'typeorm';
import { positional } from '../src/database/positional';
import { timed } from './api';
import type { Campaign } from './campaign-setup';

/**
 * The limit for advancement: the same selection written as one SQL query — each preliminary's
 * published rows that may advance (no guest, present, ranked), ranked by the official rank with
 * RANK() so that a full tie at the cut goes along (INCLUDE_ALL), the best n of every feeder of
 * every final — inserted as the finals' registrations in the same statement, in a transaction
 * that is rolled back. Milliseconds, and the feeder registrations it selected per final.
 */
export async function referenceAdvancement(
  dataSource: DataSource,
  campaign: Campaign,
  n: number,
): Promise<{ ms: number; selected: Map<number, Set<number>> }> {
  const finals = campaign.finals.map((f) => f.contestId).join(',');
  const now = new Date().toISOString();
  const sql = `INSERT INTO registrations (contest_id, competition_id, worker_id, unit_id, status,
        out_of_competition, attendance, feeder_registration_id, carried_total_centi,
        self_registered, created_at, updated_at)
      SELECT f.contest_id, final.competition_id, r.worker_id, ranked.unit_id, 'APPROVED',
        FALSE, 'PRESENT', ranked.registration_id, ranked.total_centi, FALSE, ?, ?
      FROM (SELECT rr.contest_id, rr.registration_id, rr.unit_id, rr.total_centi,
              RANK() OVER (PARTITION BY rr.contest_id ORDER BY rr."rank") AS place
            FROM contest_feeders cf
            JOIN contests c ON c.id = cf.feeder_contest_id
            JOIN result_rows rr ON rr.run_id = c.published_run_id
            WHERE cf.contest_id IN (${finals})
              AND NOT rr.guest AND rr.attendance = 'PRESENT' AND rr."rank" IS NOT NULL) ranked
      JOIN contest_feeders f ON f.feeder_contest_id = ranked.contest_id
      JOIN contests final ON final.id = f.contest_id
      JOIN registrations r ON r.id = ranked.registration_id
      WHERE ranked.place <= ?`;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const { ms } = await timed(() => runner.query(...positional(dataSource, sql, [now, now, n])));
    const rows = await runner.manager.query<Array<{ contest_id: number; feeder: number }>>(
      `SELECT contest_id, feeder_registration_id AS feeder FROM registrations WHERE contest_id IN (${finals})`,
    );
    await runner.rollbackTransaction();
    const selected = new Map<number, Set<number>>();
    for (const r of rows) {
      const final = Number(r.contest_id);
      selected.set(final, (selected.get(final) ?? new Set()).add(Number(r.feeder)));
    }
    return { ms, selected };
  } finally {
    await runner.release();
  }
}

/**
 * The limit for the statistics: the same figures as plain SQL, one aggregate query each — trades,
 * participants (distinct workers with an active entry), contests by trade, round and host (held or
 * not), active entries per contest, ranked rows and titles by contest, unit and title in the
 * published runs, finalists per feeder contest — sent at once (PostgreSQL runs them on several
 * connections of the pool; SQLite one after the other). Milliseconds.
 */
export async function referenceStatisticsMs(
  dataSource: DataSource,
  competitionId: number,
): Promise<number> {
  const held = "c.status IN ('PUBLISHED', 'FINAL') AND c.published_run_id IS NOT NULL";
  const active = "('PENDING', 'APPROVED')";
  const queries = [
    'SELECT COUNT(DISTINCT trade_id) AS n FROM contests WHERE competition_id = ?',
    `SELECT COUNT(DISTINCT worker_id) AS n FROM registrations
      WHERE competition_id = ? AND status IN ${active}`,
    `SELECT c.trade_id, t.name, c.round, c.host_unit_id, u.name AS host, COUNT(*) AS n,
        SUM(CASE WHEN ${held} THEN 1 ELSE 0 END) AS held
      FROM contests c JOIN trades t ON t.id = c.trade_id LEFT JOIN units u ON u.id = c.host_unit_id
      WHERE c.competition_id = ? GROUP BY c.trade_id, t.name, c.round, c.host_unit_id, u.name`,
    `SELECT contest_id, COUNT(*) AS n FROM registrations
      WHERE competition_id = ? AND status IN ${active} GROUP BY contest_id`,
    `SELECT rr.contest_id, rr.unit_id, u.name, rr.title, COUNT(*) AS n,
        SUM(CASE WHEN rr."rank" IS NOT NULL THEN 1 ELSE 0 END) AS ranked
      FROM contests c JOIN result_rows rr ON rr.run_id = c.published_run_id
      JOIN units u ON u.id = rr.unit_id
      WHERE c.competition_id = ? AND ${held} GROUP BY rr.contest_id, rr.unit_id, u.name, rr.title`,
    `SELECT f.contest_id, COUNT(*) AS n FROM registrations r
      JOIN registrations f ON f.id = r.feeder_registration_id
      WHERE r.competition_id = ? AND r.status IN ${active} GROUP BY f.contest_id`,
  ];
  const { ms } = await timed(() =>
    Promise.all(
      queries.map((sql) => dataSource.query(...positional(dataSource, sql, [competitionId]))),
    ),
  );
  return ms;
}
