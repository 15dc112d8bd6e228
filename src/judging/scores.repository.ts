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

  /** One group's scores: one registration on one criterion, every judge's, in entry order. */
  forGroup(registrationId: number, criterionId: number): Promise<Score[]> {
    return this.dataSource
      .getRepository(Score)
      .find({ where: { registrationId, criterionId }, order: { id: 'ASC' } });
  }

  /** One judge's scores in the contest. */
  byJudge(contestId: number, judgeId: number): Promise<Score[]> {
    return this.dataSource.getRepository(Score).findBy({ contestId, judgeId });
  }

  /**
   * Every score of the contest, for status and results (up to a million rows at city scale), as
   * one text value the database packs ("id,registration,criterion,judge,value,version,enteredBy,
   * confirmed;…") rather than as one row object per score: the sqlite3 driver builds each row
   * object property by property on the main thread, which was most of a results run (about 0.3 s
   * per 40,000 scores, against ~20 ms to pack and parse the text).
   */
  async forContest(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ScoreRow[]> {
    const fields = [
      'id',
      'registration_id',
      'criterion_id',
      'judge_id',
      'value_centi',
      'version',
      'entered_by',
      'CASE WHEN confirmed_at IS NULL THEN 0 ELSE 1 END',
    ];
    // In no particular order (sorting them took a quarter of the read): every reader groups them.
    const sql =
      manager.connection.options.type === 'postgres'
        ? `SELECT string_agg(concat_ws(',', ${fields.join(', ')}), ';') AS packed ` +
          'FROM scores WHERE contest_id = ?'
        : `SELECT group_concat(${fields.join(" || ',' || ")}, ';') AS packed ` +
          'FROM scores WHERE contest_id = ?';
    const [row]: Array<{ packed: string | null }> = await manager.query(
      ...positional(manager.connection, sql, [contestId]),
    );
    return unpackScores(row?.packed ?? null);
  }

  /**
   * A quick look at a contest's scores without reading them: how many are unconfirmed (the
   * partial index idx_scores_unconfirmed), and, only when none is, how many (contestant,
   * criterion) groups hold a score, all of them then confirmed (the covering index on contest,
   * criterion and registration). A few milliseconds where reading the scores takes a hundred.
   */
  async confirmationCounts(
    contestId: number,
  ): Promise<{ unconfirmed: number; confirmedGroups: number | null }> {
    const [{ unconfirmed }]: Array<{ unconfirmed: string | number }> = await this.dataSource.query(
      ...positional(
        this.dataSource,
        'SELECT COUNT(*) AS unconfirmed FROM scores WHERE contest_id = ? AND confirmed_at IS NULL',
        [contestId],
      ),
    );
    if (Number(unconfirmed) > 0) return { unconfirmed: Number(unconfirmed), confirmedGroups: null };
    const [{ groups }]: Array<{ groups: string | number }> = await this.dataSource.query(
      ...positional(
        this.dataSource,
        'SELECT COUNT(*) AS groups FROM (SELECT DISTINCT criterion_id, registration_id FROM scores ' +
          'WHERE contest_id = ?) g',
        [contestId],
      ),
    );
    return { unconfirmed: 0, confirmedGroups: Number(groups) };
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
    change: {
      valueCenti: number;
      enteredBy: number;
      confirmedAt?: Date | null;
      confirmedBy?: number | null;
    },
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

  /**
   * Registrations of the contest with an objection the organizer upheld: the only ones a chief
   * judge may correct once scoring has closed. (Objections are results' table; this reads the two
   * columns the two-person rule needs rather than importing results into judging.)
   */
  async upheldObjections(manager: EntityManager, contestId: number): Promise<Set<number>> {
    const rows: Array<{ registrationId: number | string }> = await manager.query(
      ...positional(
        manager.connection,
        'SELECT DISTINCT registration_id AS "registrationId" FROM objections ' +
          "WHERE contest_id = ? AND status = 'UPHELD'",
        [contestId],
      ),
    );
    return new Set(rows.map((r) => Number(r.registrationId)));
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

/** The text forContest packs, back to rows: eight integers per score, commas within, semicolons between. */
export function unpackScores(packed: string | null): ScoreRow[] {
  const rows: ScoreRow[] = [];
  if (!packed) return rows;
  const field = new Array<number>(8);
  let n = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= packed.length; i++) {
    const c = i < packed.length ? packed.charCodeAt(i) : 59; // ';' after the last
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if ((c === 44 || c === 59) && digits > 0 && n < 8) {
      field[n++] = value;
      value = 0;
      digits = 0;
      if (c === 59) {
        if (n !== 8) throw new Error(`A packed score has ${n} fields, not 8`);
        rows.push({
          id: field[0],
          registrationId: field[1],
          criterionId: field[2],
          judgeId: field[3],
          valueCenti: field[4],
          version: field[5],
          enteredBy: field[6],
          confirmed: field[7] === 1,
        });
        n = 0;
      }
    } else {
      throw new Error(`Unexpected character at ${i} of the packed scores`);
    }
  }
  return rows;
}
