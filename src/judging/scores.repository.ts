import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { bulkInsert } from '../database/bulk-insert';
import { positional } from '../database/positional';
import { Score } from './judging.entities';

export type NewScore = Omit<Score, 'id'>;

/** The fields of a score the group rules need, read in bulk. */
export interface ScoreRow {
  id: number;
  registrationId: number;
  criterionId: number;
  judgeId: number;
  valueCenti: number;
  version: number;
  enteredBy: number;
  confirmed: boolean;
}

@Injectable()
export class ScoresRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The scores of these registrations on these criteria (any judge). Registrations belong to one
   * contest, so the contest is not named: with it, SQLite's planner chose the (contest, criterion)
   * index and read every score of the criterion per batch (12 ms at 40,000 contestants); without it,
   * the unique key (registration, criterion, judge) answers from the rows asked for.
   */
  async forEntries(
    manager: EntityManager,
    registrationIds: number[],
    criterionIds: number[],
  ): Promise<Score[]> {
    if (registrationIds.length === 0 || criterionIds.length === 0) return [];
    const found: Score[] = [];
    for (let i = 0; i < registrationIds.length; i += 500) {
      found.push(
        ...(await manager.getRepository(Score).findBy({
          registrationId: In(registrationIds.slice(i, i + 500)),
          criterionId: In(criterionIds),
        })),
      );
    }
    return found;
  }

  /** One judge's scores in the contest. */
  byJudge(contestId: number, judgeId: number): Promise<Score[]> {
    return this.dataSource.getRepository(Score).findBy({ contestId, judgeId });
  }

  /**
   * Every score of the contest in one plain query (no entities, no query builder): status and
   * results read a whole contest, up to a million rows at city scale.
   */
  async forContest(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ScoreRow[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      ...positional(
        manager.connection,
        'SELECT id, registration_id, criterion_id, judge_id, value_centi, version, entered_by, ' +
          'confirmed_at FROM scores WHERE contest_id = ?',
        [contestId],
      ),
    );
    return rows.map((r) => ({
      id: Number(r.id),
      registrationId: Number(r.registration_id),
      criterionId: Number(r.criterion_id),
      judgeId: Number(r.judge_id),
      valueCenti: Number(r.value_centi),
      version: Number(r.version),
      enteredBy: Number(r.entered_by),
      confirmed: r.confirmed_at !== null,
    }));
  }

  /**
   * A quick look at a contest's scores without reading them: how many are unconfirmed, and how
   * many (contestant, criterion) groups hold at least one confirmed score.
   */
  async confirmationCounts(
    contestId: number,
  ): Promise<{ unconfirmed: number; confirmedGroups: number }> {
    const [row]: Array<{ unconfirmed: string | number; groups: string | number }> =
      await this.dataSource.query(
        ...positional(
          this.dataSource,
          'SELECT (SELECT COUNT(*) FROM scores WHERE contest_id = ? AND confirmed_at IS NULL) AS unconfirmed, ' +
            '(SELECT COUNT(*) FROM (SELECT DISTINCT registration_id, criterion_id FROM scores ' +
            'WHERE contest_id = ? AND confirmed_at IS NOT NULL) g) AS groups',
          [contestId, contestId],
        ),
      );
    return { unconfirmed: Number(row.unconfirmed), confirmedGroups: Number(row.groups) };
  }

  async insert(manager: EntityManager, scores: NewScore[]): Promise<void> {
    await bulkInsert(
      manager,
      'scores',
      [
        'contest_id',
        'registration_id',
        'criterion_id',
        'judge_id',
        'value_centi',
        'version',
        'entered_by',
        'confirmed_by',
        'confirmed_at',
        'created_at',
        'updated_at',
      ],
      scores.map((s) => [
        s.contestId,
        s.registrationId,
        s.criterionId,
        s.judgeId,
        s.valueCenti,
        s.version,
        s.enteredBy,
        s.confirmedBy,
        s.confirmedAt?.toISOString() ?? null,
        s.createdAt.toISOString(),
        s.updatedAt.toISOString(),
      ]),
    );
  }

  /** Changes the value if the row still has `version`; false when someone else changed it first. */
  async updateIfVersion(
    manager: EntityManager,
    id: number,
    version: number,
    change: { valueCenti: number; enteredBy: number },
    at: Date,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Score)
      .set({ ...change, version: version + 1, updatedAt: at })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  async confirm(manager: EntityManager, ids: number[], by: number, at: Date): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      await manager
        .getRepository(Score)
        .update({ id: In(ids.slice(i, i + 500)) }, { confirmedBy: by, confirmedAt: at });
    }
  }

  async countByJudge(contestId: number, judgeId: number): Promise<number> {
    return this.dataSource.getRepository(Score).countBy({ contestId, judgeId });
  }
}
