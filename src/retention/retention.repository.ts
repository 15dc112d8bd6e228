import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { positional } from '../database/positional';
import { Anonymisation } from './anonymisation.entity';
import type { ContestPublication } from './rules/retention';

/** The reads the retention rule needs, and the record of each anonymisation. */
@Injectable()
export class RetentionRepository {
  /**
   * Every contest with active entries (pending or approved: a contest whose entries were all
   * withdrawn or rejected has no results to wait for), with its competition and when its results
   * were published.
   */
  async publications(manager: EntityManager): Promise<ContestPublication[]> {
    const rows: Array<{ competitionId: number; publishedAt: string | null }> = await manager.query(
      'SELECT c.competition_id AS "competitionId", rr.published_at AS "publishedAt" ' +
        'FROM contests c LEFT JOIN result_runs rr ON rr.id = c.published_run_id ' +
        'WHERE EXISTS (SELECT 1 FROM registrations r WHERE r.contest_id = c.id ' +
        "AND r.status IN ('PENDING', 'APPROVED'))",
    );
    return rows.map((r) => ({
      competitionId: Number(r.competitionId),
      publishedAt: r.publishedAt === null ? null : new Date(r.publishedAt),
    }));
  }

  /** Every worker entered (in any status) in the competition. */
  async workersOf(manager: EntityManager, competitionId: number): Promise<number[]> {
    const rows: Array<{ workerId: number }> = await manager.query(
      ...positional(
        manager.connection,
        'SELECT DISTINCT worker_id AS "workerId" FROM registrations WHERE competition_id = ? ' +
          'ORDER BY worker_id',
        [competitionId],
      ),
    );
    return rows.map((r) => Number(r.workerId));
  }

  /** The competition's workers' entries in other competitions, as (worker, competition) pairs. */
  async elsewhere(
    manager: EntityManager,
    competitionId: number,
  ): Promise<Array<{ workerId: number; competitionId: number }>> {
    const rows: Array<{ workerId: number; competitionId: number }> = await manager.query(
      ...positional(
        manager.connection,
        'SELECT DISTINCT o.worker_id AS "workerId", o.competition_id AS "competitionId" ' +
          'FROM registrations o WHERE o.competition_id <> ? AND o.worker_id IN ' +
          '(SELECT r.worker_id FROM registrations r WHERE r.competition_id = ?)',
        [competitionId, competitionId],
      ),
    );
    return rows.map((r) => ({
      workerId: Number(r.workerId),
      competitionId: Number(r.competitionId),
    }));
  }

  async record(manager: EntityManager, entry: Omit<Anonymisation, 'id'>): Promise<Anonymisation> {
    const repo = manager.getRepository(Anonymisation);
    return repo.save(repo.create(entry));
  }
}
