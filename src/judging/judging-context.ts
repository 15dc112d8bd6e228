import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/auth/current-user.decorator';
import { ContestCriterion, ContestPart } from '../contests/contest-part.entity';
import type { Contest } from '../contests/contest.entity';
import { ContestsRepository } from '../contests/contests.repository';
import type { AggregationMethod, CriterionKind } from '../contests/rules';
import { JudgesRepository } from './judges.repository';
import { JudgingErrors } from './judging.errors';
import { Panel } from './panel';
import { checkScoringOpen } from './rules/score-entry';

export interface CriterionInfo {
  id: number;
  key: string;
  name: string;
  partKey: string;
  kind: CriterionKind;
  method: AggregationMethod;
  maxPointsCenti: number;
  toleranceCenti: number | null;
}

export interface JudgingScene {
  contest: Contest;
  /** In scheme order. */
  criteria: CriterionInfo[];
  criterionByKey: Map<string, CriterionInfo>;
  panel: Panel;
}

/** Loads what every judging use case starts from: the contest, its criteria and its panel. */
@Injectable()
export class JudgingContext {
  private readonly criteriaCache = new Map<string, CriterionInfo[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly contests: ContestsRepository,
    private readonly judges: JudgesRepository,
  ) {}

  async load(
    contestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<JudgingScene> {
    const contest = await this.contests.get(contestId, manager);
    const criteria = await this.criteria(contest, manager);
    const panel = new Panel(
      await this.judges.panel(contestId, manager),
      await this.judges.declaredConflicts(contestId, manager),
    );
    return { contest, criteria, criterionByKey: new Map(criteria.map((c) => [c.key, c])), panel };
  }

  /**
   * The contest's criteria. A scheme changes only in DRAFT, and every change moves the contest's
   * version, so the criteria read at one version are kept: score entry reads them every batch.
   */
  private async criteria(contest: Contest, manager: EntityManager): Promise<CriterionInfo[]> {
    const key = `${contest.id}:${contest.version}`;
    const cached = this.criteriaCache.get(key);
    if (cached) return cached;
    const parts = await manager.getRepository(ContestPart).findBy({ contestId: contest.id });
    const partKey = new Map(parts.map((p) => [p.id, p.key]));
    const rows = await manager
      .getRepository(ContestCriterion)
      .find({ where: { contestId: contest.id }, order: { position: 'ASC' } });
    const criteria = rows.map((c) => ({
      id: c.id,
      key: c.key,
      name: c.name,
      partKey: partKey.get(c.partId) ?? '',
      kind: c.kind,
      method: c.method,
      maxPointsCenti: c.maxPointsCenti,
      toleranceCenti: c.toleranceCenti,
    }));
    if (contest.status !== 'DRAFT') {
      if (this.criteriaCache.size > 500) this.criteriaCache.clear();
      this.criteriaCache.set(key, criteria);
    }
    return criteria;
  }

  /** Organizers, and the chief judges of this contest. */
  assertOrganizerOrChief(scene: JudgingScene, principal: Principal): void {
    if (principal.role === 'ORGANIZER') return;
    if (!scene.panel.member(principal.userId)?.chief) throw JudgingErrors.notOrganizerOrChief();
  }

  /** Scores are entered by blind code, so only after the draw and while the contest is SCORING. */
  assertScoringOpen(contest: Contest): void {
    const refusal = checkScoringOpen({ status: contest.status, drawn: contest.drawnAt !== null });
    if (refusal) throw JudgingErrors.refused(refusal);
  }
}
