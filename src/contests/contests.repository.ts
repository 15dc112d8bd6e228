import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Unit } from '../units/unit.entity';
import { ContestCriterion, ContestPart } from './contest-part.entity';
import { Contest } from './contest.entity';
import { ContestErrors } from './contests.errors';
import type { Scheme } from './rules';

export type ContestChanges = Partial<
  Pick<
    Contest,
    | 'status'
    | 'titlePolicy'
    | 'tieBreak'
    | 'minField'
    | 'allowMultipleEntries'
    | 'selfRegistration'
    | 'drawnAt'
    | 'drawRound'
    | 'scoringStartedAt'
  >
>;

@Injectable()
export class ContestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: number, manager: EntityManager = this.dataSource.manager): Promise<Contest | null> {
    return manager.getRepository(Contest).findOneBy({ id });
  }

  /**
   * PostgreSQL: holds the contest's row for the rest of the transaction, so that the work of one
   * contest that must not interleave (score writes and audit appends, which need the chain's head;
   * asking for a results run; issuing certificates) happens one after another across processes.
   * SQLite transactions are already serialised by UnitOfWork.
   */
  async lock(manager: EntityManager, id: number): Promise<void> {
    if (manager.connection.options.type !== 'postgres') return;
    await manager
      .getRepository(Contest)
      .createQueryBuilder('c')
      .select('c.id')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getRawMany();
  }

  /** The contest, or 404 CONTEST_NOT_FOUND. */
  async get(id: number, manager: EntityManager = this.dataSource.manager): Promise<Contest> {
    const contest = await this.findById(id, manager);
    if (!contest) throw ContestErrors.notFound(id);
    return contest;
  }

  unitExists(manager: EntityManager, id: number): Promise<boolean> {
    return manager.getRepository(Unit).existsBy({ id });
  }

  /** A contest of the trade in the same round with the same host (or none) already exists. */
  existsForTrade(
    manager: EntityManager,
    competitionId: number,
    tradeId: number,
    round: number,
    hostUnitId: number | null,
  ): Promise<boolean> {
    return manager
      .getRepository(Contest)
      .existsBy({ competitionId, tradeId, round, hostUnitId: hostUnitId ?? IsNull() });
  }

  listByCompetition(competitionId: number): Promise<Contest[]> {
    return this.dataSource
      .getRepository(Contest)
      .find({ where: { competitionId }, order: { id: 'ASC' } });
  }

  async insert(
    manager: EntityManager,
    contest: Omit<Contest, 'id' | 'parts'>,
    scheme: Scheme,
  ): Promise<Contest> {
    const repo = manager.getRepository(Contest);
    const saved = await repo.save(repo.create(contest));
    await this.insertScheme(manager, saved.id, scheme);
    return saved;
  }

  /** The scheme as rows → the normalised value the rules work on, in the order it was given. */
  async loadScheme(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Scheme> {
    const parts = await manager
      .getRepository(ContestPart)
      .find({ where: { contestId }, order: { position: 'ASC' } });
    const criteria = await manager
      .getRepository(ContestCriterion)
      .find({ where: { contestId }, order: { position: 'ASC' } });
    return {
      parts: parts.map((p) => ({
        key: p.key,
        name: p.name,
        weightCenti: p.weightCenti,
        maxPointsCenti: p.maxPointsCenti,
        passMarkCenti: p.passMarkCenti,
        carried: p.carried,
        criteria: criteria
          .filter((c) => c.partId === p.id)
          .map((c) => ({
            key: c.key,
            name: c.name,
            kind: c.kind,
            method: c.method,
            maxPointsCenti: c.maxPointsCenti,
            toleranceCenti: c.toleranceCenti,
          })),
      })),
    };
  }

  async replaceScheme(manager: EntityManager, contestId: number, scheme: Scheme): Promise<void> {
    await manager.getRepository(ContestCriterion).delete({ contestId });
    await manager.getRepository(ContestPart).delete({ contestId });
    await this.insertScheme(manager, contestId, scheme);
  }

  /**
   * Applies the changes only if the row still has `version`, and bumps it; false when another
   * writer got there first (the caller answers 409).
   */
  async updateIfVersion(
    manager: EntityManager,
    id: number,
    version: number,
    changes: ContestChanges,
    at: Date,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Contest)
      .set({ ...changes, version: version + 1, updatedAt: at })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  /** The first score makes the draw final; later calls change nothing. */
  async markScoringStarted(manager: EntityManager, id: number, at: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Contest)
      .set({ scoringStartedAt: at })
      .where('id = :id AND scoring_started_at IS NULL', { id })
      .execute();
  }

  private async insertScheme(
    manager: EntityManager,
    contestId: number,
    scheme: Scheme,
  ): Promise<void> {
    let criterionPosition = 0;
    for (const [partPosition, part] of scheme.parts.entries()) {
      const savedPart = await manager.getRepository(ContestPart).save({
        contestId,
        key: part.key,
        name: part.name,
        position: partPosition,
        weightCenti: part.weightCenti,
        maxPointsCenti: part.maxPointsCenti,
        passMarkCenti: part.passMarkCenti,
        carried: part.carried,
      });
      if (part.criteria.length === 0) continue;
      await manager.getRepository(ContestCriterion).insert(
        part.criteria.map((c) => ({
          contestId,
          partId: savedPart.id,
          key: c.key,
          name: c.name,
          position: criterionPosition++,
          kind: c.kind,
          method: c.method,
          maxPointsCenti: c.maxPointsCenti,
          toleranceCenti: c.toleranceCenti,
        })),
      );
    }
  }
}
