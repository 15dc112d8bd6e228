import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
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

  /** The scores of these registrations on these criteria (any judge). */
  async forEntries(
    manager: EntityManager,
    contestId: number,
    registrationIds: number[],
    criterionIds: number[],
  ): Promise<Score[]> {
    if (registrationIds.length === 0 || criterionIds.length === 0) return [];
    const found: Score[] = [];
    for (let i = 0; i < registrationIds.length; i += 500) {
      found.push(
        ...(await manager.getRepository(Score).findBy({
          contestId,
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

  /** Every score of one criterion, lean (the status and confirmation read millions this way). */
  async forCriterion(
    contestId: number,
    criterionId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ScoreRow[]> {
    const rows = await manager
      .createQueryBuilder(Score, 's')
      .select('s.id', 'id')
      .addSelect('s.registrationId', 'registrationId')
      .addSelect('s.criterionId', 'criterionId')
      .addSelect('s.judgeId', 'judgeId')
      .addSelect('s.valueCenti', 'valueCenti')
      .addSelect('s.version', 'version')
      .addSelect('s.enteredBy', 'enteredBy')
      .addSelect('s.confirmedAt', 'confirmedAt')
      .where('s.contestId = :contestId AND s.criterionId = :criterionId', {
        contestId,
        criterionId,
      })
      .getRawMany<Omit<ScoreRow, 'confirmed'> & { confirmedAt: string | null }>();
    return rows.map((r) => ({
      id: Number(r.id),
      registrationId: Number(r.registrationId),
      criterionId: Number(r.criterionId),
      judgeId: Number(r.judgeId),
      valueCenti: Number(r.valueCenti),
      version: Number(r.version),
      enteredBy: Number(r.enteredBy),
      confirmed: r.confirmedAt !== null,
    }));
  }

  async insert(manager: EntityManager, scores: NewScore[]): Promise<void> {
    for (let i = 0; i < scores.length; i += 500) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(Score)
        .values(scores.slice(i, i + 500))
        .updateEntity(false)
        .execute();
    }
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
