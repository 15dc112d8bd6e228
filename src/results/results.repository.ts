import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { Contest } from '../contests/contest.entity';
import { Registration } from '../registrations/registration.entity';
import { Unit } from '../units/unit.entity';
import { Worker } from '../workers/worker.entity';
import { bulkInsert } from '../database/bulk-insert';
import { positional } from '../database/positional';
import { Objection, ResultRow, ResultRun } from './results.entities';

/** result_rows' columns as the migration names them, in resultRowValues' order. */
export const RESULT_ROW_COLUMNS = [
  'run_id',
  'contest_id',
  'registration_id',
  'position',
  '"rank"',
  'tied',
  'guest',
  'attendance',
  'total_centi',
  'parts',
  'title',
  'title_reason',
  'title_detail',
  'title_detail_zh',
  'time_seconds',
  'name',
  'unit_id',
  'unit_name',
  'blind_code',
];

/**
 * One row's values for a bulk INSERT into RESULT_ROW_COLUMNS; `parts` as the JSON text simple-json
 * stores. Also used by the campaign benchmark to seed published runs (bench/campaign-rows.ts).
 */
export function resultRowValues(r: Omit<ResultRow, 'id'>): unknown[] {
  return [
    r.runId,
    r.contestId,
    r.registrationId,
    r.position,
    r.rank,
    r.tied,
    r.guest,
    r.attendance,
    r.totalCenti,
    JSON.stringify(r.parts),
    r.title,
    r.titleReason,
    r.titleDetail,
    r.titleDetailZh,
    r.timeSeconds,
    r.name,
    r.unitId,
    r.unitName,
    r.blindCode,
  ];
}

/** An approved registration as results need it: identity for the list, flags for the rules. */
export interface Entrant {
  registrationId: number;
  workerId: number;
  name: string;
  unitId: number;
  unitName: string;
  unitPath: string;
  blindCode: string | null;
  guest: boolean;
  attendance: Registration['attendance'];
  timeSeconds: number | null;
  /** A finalist's published feeder total in hundredths, the points of a carried part; else null. */
  carriedTotalCenti: number | null;
}

@Injectable()
export class ResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findRun(id: number, manager: EntityManager = this.dataSource.manager): Promise<ResultRun | null> {
    return manager.getRepository(ResultRun).findOneBy({ id });
  }

  runs(contestId: number): Promise<ResultRun[]> {
    return this.dataSource
      .getRepository(ResultRun)
      .find({ where: { contestId }, order: { runNo: 'DESC' } });
  }

  /**
   * Marks a run RUNNING unless it is DONE already (a second execution of its job, e.g. after
   * Redis lost the job and it was queued again, must not undo the first one's result).
   */
  async markRunning(manager: EntityManager, id: number): Promise<boolean> {
    const result = await manager
      .getRepository(ResultRun)
      .update({ id, status: Not('DONE') }, { status: 'RUNNING' });
    return (result.affected ?? 0) > 0;
  }

  /** Runs still to be computed (or being computed), of every contest. */
  unfinishedRuns(): Promise<ResultRun[]> {
    return this.dataSource
      .getRepository(ResultRun)
      .find({ where: { status: In(['QUEUED', 'RUNNING']) }, order: { id: 'ASC' } });
  }

  /** A run of this contest computed (or being computed) from exactly this state. */
  findByFingerprint(
    manager: EntityManager,
    contestId: number,
    fingerprint: string,
  ): Promise<ResultRun | null> {
    return manager.getRepository(ResultRun).findOne({
      where: { contestId, fingerprint, status: In(['QUEUED', 'RUNNING', 'DONE']) },
      order: { runNo: 'DESC' },
    });
  }

  async insertRun(
    manager: EntityManager,
    run: Pick<ResultRun, 'contestId' | 'fingerprint' | 'requestedBy' | 'requestedAt'>,
  ): Promise<ResultRun> {
    const last = await manager
      .getRepository(ResultRun)
      .findOne({ where: { contestId: run.contestId }, order: { runNo: 'DESC' } });
    const repo = manager.getRepository(ResultRun);
    return repo.save(repo.create({ ...run, runNo: (last?.runNo ?? 0) + 1, status: 'QUEUED' }));
  }

  async updateRun(manager: EntityManager, id: number, changes: Partial<ResultRun>): Promise<void> {
    await manager.getRepository(ResultRun).update({ id }, changes);
  }

  async deleteRun(manager: EntityManager, id: number): Promise<void> {
    await manager.getRepository(ResultRun).delete({ id });
  }

  async insertRows(manager: EntityManager, rows: Omit<ResultRow, 'id'>[]): Promise<void> {
    await bulkInsert(manager, 'result_rows', RESULT_ROW_COLUMNS, rows.map(resultRowValues));
  }

  rows(runId: number, page?: { offset: number; limit: number }): Promise<ResultRow[]> {
    return this.dataSource.getRepository(ResultRow).find({
      where: { runId },
      order: { position: 'ASC' },
      ...(page ? { skip: page.offset, take: page.limit } : {}),
    });
  }

  /** The approved registrations of the contest, with names and units, in registration order. */
  async entrants(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Entrant[]> {
    const rows = await manager
      .createQueryBuilder(Registration, 'r')
      .innerJoin(Worker, 'w', 'w.id = r.workerId')
      .innerJoin(Unit, 'u', 'u.id = r.unitId')
      .select('r.id', 'registrationId')
      .addSelect('r.workerId', 'workerId')
      .addSelect('w.name', 'name')
      .addSelect('u.id', 'unitId')
      .addSelect('u.name', 'unitName')
      .addSelect('u.path', 'unitPath')
      .addSelect('r.blindCode', 'blindCode')
      .addSelect('r.outOfCompetition', 'guest')
      .addSelect('r.attendance', 'attendance')
      .addSelect('r.timeSeconds', 'timeSeconds')
      .addSelect('r.carriedTotalCenti', 'carriedTotalCenti')
      .where("r.contestId = :contestId AND r.status = 'APPROVED'", { contestId })
      .orderBy('r.id')
      .getRawMany<Entrant & { guest: boolean | number }>();
    return rows.map((r) => ({
      ...r,
      registrationId: Number(r.registrationId),
      workerId: Number(r.workerId),
      unitId: Number(r.unitId),
      guest: Boolean(r.guest),
      timeSeconds: r.timeSeconds === null ? null : Number(r.timeSeconds),
      carriedTotalCenti: r.carriedTotalCenti === null ? null : Number(r.carriedTotalCenti),
    }));
  }

  /** Approved, present, drawn contestants: the ones that need every score. */
  presentCount(contestId: number): Promise<number> {
    return this.dataSource.getRepository(Registration).count({
      where: { contestId, status: 'APPROVED', attendance: 'PRESENT', blindCode: Not(IsNull()) },
    });
  }

  /**
   * What a run is computed from, as one hash: the audit head (every score, time and attendance
   * change moves it) and the registrations' flags and carried totals. The scheme and title rules
   * change only in DRAFT, so the contest's own version (which a status change moves) is left out.
   */
  async fingerprint(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    // The last entry of the contest's log that can bear on results: closing scoring and recording
    // a score-file attempt are logged but change nothing a result depends on (the scores a file
    // brings have entries of their own), so a run computed just before them stays current.
    // (The same seq and hash as the log's head otherwise.)
    const [head] = await manager.query<Array<{ seq: number | string; hash: string }>>(
      ...positional(
        manager.connection,
        'SELECT seq, hash FROM audit_log WHERE contest_id = ? ' +
          "AND action NOT IN ('SCORING_CLOSED', 'SCORE_FILE_IMPORT') " +
          'ORDER BY seq DESC LIMIT 1',
        [contestId],
      ),
    );
    // Plain rows, not entities: this runs for every run computed and every publication.
    const registrations: Array<{
      id: number;
      status: string;
      outOfCompetition: boolean | number;
      attendance: string;
      unitId: number;
      timeSeconds: number | null;
      carriedTotalCenti: number | string | null;
    }> = await manager.query(
      ...positional(
        manager.connection,
        'SELECT id, status, out_of_competition AS "outOfCompetition", attendance, ' +
          'unit_id AS "unitId", time_seconds AS "timeSeconds", ' +
          'carried_total_centi AS "carriedTotalCenti" FROM registrations ' +
          'WHERE contest_id = ? ORDER BY id',
        [contestId],
      ),
    );
    const hash = createHash('sha256');
    hash.update(JSON.stringify({ contestId, head: head ? [Number(head.seq), head.hash] : null }));
    for (const r of registrations) {
      hash.update(
        `|${r.id},${r.status},${r.outOfCompetition ? 1 : 0},${r.attendance},${r.unitId},${r.timeSeconds ?? ''}`,
      );
      // Only where there is one, so the runs of contests without carried totals keep their hash.
      if (r.carriedTotalCenti !== null) hash.update(`,c${Number(r.carriedTotalCenti)}`);
    }
    return hash.digest('hex');
  }

  async setPublished(
    manager: EntityManager,
    contestId: number,
    runId: number,
    endsAt: Date,
  ): Promise<void> {
    await manager
      .getRepository(Contest)
      .update({ id: contestId }, { publishedRunId: runId, publicationEndsAt: endsAt });
  }

  /**
   * PUBLISHED → FINAL for every contest whose window has closed with no objection open; one
   * statement, so any number of processes may run it at once. Returns the contests moved.
   */
  async finalizeDue(now: Date): Promise<number[]> {
    const due: Array<{ id: number }> = await this.dataSource.query(
      ...positional(
        this.dataSource,
        "SELECT c.id FROM contests c WHERE c.status = 'PUBLISHED' AND c.publication_ends_at <= ? " +
          "AND NOT EXISTS (SELECT 1 FROM objections o WHERE o.contest_id = c.id AND o.status = 'OPEN')",
        [now.toISOString()],
      ),
    );
    const ids = due.map((d) => Number(d.id));
    for (const id of ids) {
      await this.dataSource.query(
        ...positional(
          this.dataSource,
          "UPDATE contests SET status = 'FINAL', version = version + 1, updated_at = ? " +
            "WHERE id = ? AND status = 'PUBLISHED' AND publication_ends_at <= ? " +
            "AND NOT EXISTS (SELECT 1 FROM objections o WHERE o.contest_id = contests.id AND o.status = 'OPEN')",
          [now.toISOString(), id, now.toISOString()],
        ),
      );
    }
    return ids;
  }

  objections(contestId: number): Promise<Objection[]> {
    return this.dataSource
      .getRepository(Objection)
      .find({ where: { contestId }, order: { id: 'ASC' } });
  }

  async openObjections(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    return manager.getRepository(Objection).countBy({ contestId, status: 'OPEN' });
  }
}
